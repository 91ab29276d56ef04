import { describe, expect, it } from 'vitest';
import { readQuestion, type Span } from './read-question.ts';

const named = (question: string, ...names: string[]): Span[] =>
  names.map((name) => ({ start: question.indexOf(name), end: question.indexOf(name) + name.length }));

const read = (question: string, ...names: string[]) => readQuestion(question, named(question, ...names));
const phrases = (question: string, ...names: string[]) => read(question, ...names)?.steps.map((step) => step.phrase);

describe('readQuestion', () => {
  it('reads the relationship asked, outside the names the question writes', () => {
    expect(read('谁创办了大生纱厂', '大生纱厂')?.steps).toEqual([
      expect.objectContaining({ phrase: '创办', types: ['FOUNDED', 'CO_FOUNDED'], doer: 'from', start: 1, end: 3 }),
    ]);
    // 博物馆 is part of the name, not a word of the question.
    expect(phrases('南通纺织博物馆展示什么', '南通纺织博物馆')).toEqual(['展示']);
  });

  it('matches the longest phrase first: 创办人 is a noun, not the verb 创办', () => {
    expect(read('永利铔厂的创办人是谁', '永利铔厂')?.steps[0]).toMatchObject({ phrase: '创办人', asks: 'other' });
  });

  it('reads two relationships in a row, and no more', () => {
    expect(phrases('荣德生的兄弟创办了什么', '荣德生')).toEqual(['兄弟', '创办']);
    expect(read('荣德生的兄弟的儿子创办了什么', '荣德生')).toBeUndefined();
  });

  it('takes 在哪 before a verb as where the verb happens, and alone as the question', () => {
    expect(phrases('乔桂清平时在哪个馆里现场演示手工酿醋', '乔桂清')).toEqual(['现场演示']);
    expect(phrases('徽墨的保护单位都在哪些城市', '徽墨')).toEqual(['保护单位', '在哪']);
  });

  it('says what the answer is when a question word names its kind, and only then', () => {
    expect(read('刘国钧创办了哪些企业', '刘国钧')?.answerKinds).toEqual(['Enterprise']);
    // 工厂 is what 安庆内军械所 merged into, on the way; the answer is a person.
    expect(read('安庆内军械所并入的工厂是谁创办的', '安庆内军械所')?.answerKinds).toBeUndefined();
  });

  it('reads a name someone bore before as a question about it, alone', () => {
    expect(read('保兴面粉厂后来改名叫什么', '保兴面粉厂')?.steps[0]).toMatchObject({ types: 'FORMER_NAME' });
    expect(read('保兴面粉厂改名叫什么以后创办了什么', '保兴面粉厂')).toBeUndefined();
  });

  it('reads nothing in a search that asks no relationship', () => {
    expect(read('南通纺织', '南通')).toBeUndefined();
  });
});
