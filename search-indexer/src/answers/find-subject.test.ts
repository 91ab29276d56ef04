import { describe, expect, it } from 'vitest';
import { isMisspelling } from './find-subject.ts';

describe('isMisspelling', () => {
  it('accepts a name written with other characters of the same sounds', () => {
    expect(isMisspelling('荣德声', '荣德生')).toBe(true);
    expect(isMisspelling('储炎清', '储炎庆')).toBe(true);
  });

  it('accepts one wrong character in a name of four or more', () => {
    expect(isMisspelling('大生沙厂', '大生纱厂')).toBe(true);
    expect(isMisspelling('张骞', '张謇')).toBe(false);
  });

  it('refuses the name itself, another length, and sounds alike written mostly otherwise', () => {
    expect(isMisspelling('荣德生', '荣德生')).toBe(false);
    expect(isMisspelling('荣德', '荣德生')).toBe(false);
    // jing dian: 景点 is not a misspelling of 经典.
    expect(isMisspelling('景点', '经典')).toBe(false);
  });
});
