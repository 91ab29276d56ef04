import { describe, expect, it } from 'vitest';
import { answersTo, nameKey } from './likely-duplicates.ts';

describe('nameKey: a name as two curators would both mean it', () => {
  it('folds traditional characters, spaces, invisible marks, full-width letters and case', () => {
    const key = nameKey('张謇');
    for (const variant of ['張謇', '张 謇', '张\u200b謇', '\u2060张謇 ']) expect(nameKey(variant)).toBe(key);
    expect(nameKey('ＤＡＳＨＥＮＧ')).toBe(nameKey('Dasheng'));
  });

  it('keeps different names apart', () => {
    expect(nameKey('张謇')).not.toBe(nameKey('张骞'));
    expect(nameKey('大生纱厂')).not.toBe(nameKey('大生一厂'));
  });
});

describe('answersTo', () => {
  const mill = { name: '大生纱厂', aliases: ['大生一厂'] };

  it('matches the name or any alias, and nothing blank', () => {
    expect(answersTo(mill, '大生纱厂')).toBe(true);
    expect(answersTo(mill, ' 大生一厂')).toBe(true);
    expect(answersTo(mill, '大生')).toBe(false);
    expect(answersTo(mill, '\u200b')).toBe(false);
  });
});
