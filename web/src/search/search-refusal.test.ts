import { describe, expect, it } from 'vitest';
import { searchRefusal } from './search-refusal.ts';

const badInput = (extensions: Record<string, unknown>, message = 'query must be at most 200 characters') => [
  { message, extensions: { code: 'BAD_USER_INPUT', ...extensions } },
];

describe('searchRefusal', () => {
  it('tells a reader whose query is too long how long it may be, in Chinese', () => {
    expect(searchRefusal(badInput({ argument: 'query', reason: 'TOO_LONG', maxLength: 200 }))).toEqual({
      zh: '搜索词太长：最多 200 个字，请删减后再搜。',
      en: 'The search is too long: at most 200 characters.',
    });
  });

  it('names the filter that was refused, and why', () => {
    expect(searchRefusal(badInput({ argument: 'province', reason: 'EMPTY' })).zh).toBe(
      '筛选条件“省份”不能为空，请修改或清除筛选。',
    );
    expect(searchRefusal(badInput({ argument: 'keywords', reason: 'TOO_LONG', maxLength: 50 })).zh).toBe(
      '筛选条件“关键词”最多 50 个字，请修改或清除筛选。',
    );
    expect(searchRefusal(badInput({ argument: 'era' })).zh).toBe('筛选条件“年代”无法识别，请修改或清除筛选。');
  });

  it('never shows the API’s own message', () => {
    const messages = [
      badInput({ argument: 'query', reason: 'EMPTY' }, 'query must not be empty'),
      badInput({ argument: 'after' }, 'after is not a cursor this API issued'),
      badInput({ argument: 'somethingNew' }, 'somethingNew must be shorter'),
      [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }],
      [{ message: 'Query cost 12000 exceeds 10000', extensions: { code: 'LIMIT_EXCEEDED' } }],
      [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      [{ message: 'Unexpected error.' }],
      [],
    ];
    for (const errors of messages) {
      const wording = searchRefusal(errors);
      expect(wording.zh).toMatch(/^[^A-Za-z]+$/);
      for (const { message } of errors) expect(wording.en).not.toContain(message);
    }
  });
});
