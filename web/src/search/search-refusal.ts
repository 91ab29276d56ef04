/** A GraphQL error as the API sends it: a code, and for bad input the argument, a reason and its limit. */
export interface SearchApiError {
  message: string;
  extensions?: Readonly<Record<string, unknown>>;
}

/** A sentence in both languages, for `t(zh, en)`. */
export interface Wording {
  zh: string;
  en: string;
}

/** The API's words stay in the API: the reader is told, in their language, what to change. */
const FILTER_NAMES: Readonly<Record<string, Wording>> = {
  kinds: { zh: '类型', en: 'kind' },
  province: { zh: '省份', en: 'province' },
  city: { zh: '城市', en: 'city' },
  keywords: { zh: '关键词', en: 'keyword' },
  industry: { zh: '行业', en: 'industry' },
  era: { zh: '年代', en: 'period' },
  level: { zh: '级别', en: 'level' },
  literal: { zh: '不作筛选的词', en: 'words taken literally' },
};

/** The first error of a refused search, worded for the reader (never the API's English message). */
export function searchRefusal(errors: readonly SearchApiError[]): Wording {
  const error = errors[0];
  const extensions = error?.extensions ?? {};
  switch (extensions['code']) {
    case 'BAD_USER_INPUT':
      return badInput(extensions);
    case 'RATE_LIMITED':
      return { zh: '搜索太频繁，请稍候再试。', en: 'Too many searches at once; please wait a moment and try again.' };
    case 'LIMIT_EXCEEDED':
      return { zh: '这次搜索的请求过大，请减少筛选后重试。', en: 'This search asks too much; remove some filters.' };
    default:
      return { zh: '搜索出错，请稍后再试。', en: 'The search failed; please try again later.' };
  }
}

function badInput(extensions: Readonly<Record<string, unknown>>): Wording {
  const argument = typeof extensions['argument'] === 'string' ? extensions['argument'] : '';
  const reason = extensions['reason'];
  const maxLength = typeof extensions['maxLength'] === 'number' ? extensions['maxLength'] : undefined;
  if (argument === 'query') {
    if (reason === 'TOO_LONG') {
      return {
        zh: `搜索词太长：最多 ${maxLength ?? 200} 个字，请删减后再搜。`,
        en: `The search is too long: at most ${maxLength ?? 200} characters.`,
      };
    }
    return { zh: '请输入要搜索的词。', en: 'Type the words to search for.' };
  }
  const filter = FILTER_NAMES[argument];
  if (filter) {
    const what =
      reason === 'TOO_LONG' && maxLength !== undefined
        ? { zh: `最多 ${maxLength} 个字`, en: `at most ${maxLength} characters` }
        : reason === 'EMPTY'
          ? { zh: '不能为空', en: 'must not be empty' }
          : { zh: '无法识别', en: 'is not recognised' };
    return {
      zh: `筛选条件“${filter.zh}”${what.zh}，请修改或清除筛选。`,
      en: `The ${filter.en} filter ${reason === 'TOO_LONG' ? 'allows ' : ''}${what.en}; change or clear the filters.`,
    };
  }
  if (argument === 'first' || argument === 'after') {
    return { zh: '页码无效，请重新搜索。', en: 'That page does not exist; search again.' };
  }
  return { zh: '搜索条件无效，请修改后重试。', en: 'The search could not be read; change it and try again.' };
}
