import { describe, expect, it } from 'vitest';
import { isLatinQuery, latinKey, pinyinForms, pinyinSpans } from './pinyin.ts';

describe('pinyinForms', () => {
  it('gives the spaced, joined and initial-letter pinyin of a Chinese name', () => {
    expect(pinyinForms('金陵机器局')).toEqual({
      spaced: 'jin ling ji qi ju',
      joined: 'jinlingjiqiju',
      initials: 'jljqj',
    });
  });

  it('reads polyphonic characters in context', () => {
    expect(pinyinForms('南京长江大桥').joined).toBe('nanjingchangjiangdaqiao');
    expect(pinyinForms('重庆').joined).toBe('chongqing');
  });

  it('keeps Latin words and numbers whole, in initials too', () => {
    expect(pinyinForms('晨光1865')).toEqual({ spaced: 'chen guang 1865', joined: 'chenguang1865', initials: 'cg1865' });
    expect(pinyinForms('UNESCO世界遗产').initials).toBe('unescosjyc');
  });

  it('writes ü as v, the way it is typed', () => {
    expect(pinyinForms('绿色').joined).toBe('lvse');
  });

  it('gives 景点 and 经典 the same pinyin: why pinyin is never a replacement for the characters', () => {
    expect(pinyinForms('景点').joined).toBe(pinyinForms('经典').joined);
  });
});

describe('pinyinSpans', () => {
  it('finds the characters read as a word typed in full pinyin or in initials', () => {
    expect(pinyinSpans('大生纱厂旧址', 'dasheng')).toEqual([{ start: 0, end: 2 }]);
    expect(pinyinSpans('大生纱厂旧址', 'sc')).toEqual([{ start: 2, end: 4 }]);
    expect(pinyinSpans('晨光1865', '1865')).toEqual([{ start: 2, end: 6 }]);
    expect(pinyinSpans('大生纱厂旧址', 'jinling')).toEqual([]);
  });
});

describe('isLatinQuery and latinKey', () => {
  it('recognise queries typed in Latin letters, with spaces and apostrophes', () => {
    expect(isLatinQuery("xi'an")).toBe(true);
    expect(isLatinQuery('jin ling')).toBe(true);
    expect(isLatinQuery('JL')).toBe(true);
    expect(isLatinQuery('1865')).toBe(false);
    expect(isLatinQuery('金陵')).toBe(false);
    expect(isLatinQuery('金陵jl')).toBe(false);
    expect(isLatinQuery('ｊｌ')).toBe(true);
  });

  it('reduce Latin text to lower-case letters and digits', () => {
    expect(latinKey("Xi'an  Jin-Ling")).toBe('xianjinling');
    expect(latinKey('Ｊｉｎｌｉｎｇ')).toBe('jinling');
  });
});
