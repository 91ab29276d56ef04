import { CombinedGraphQLErrors, gql, type ErrorLike, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSetSearchParams } from '../app/router.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import type { SearchPageQueryQuery, SearchPageQueryQueryVariables } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';
import { AnswerCard, AnswerCard_answer } from './answer-card.tsx';
import { SearchCombobox } from './search-combobox.tsx';
import { SearchFacets, SearchFacets_facets } from './search-facets.tsx';
import { SearchHit, SearchHit_hit } from './search-hit.tsx';
import { SearchStart } from './search-start.tsx';
import { searchRefusal } from './search-refusal.ts';
import { useFacetCounts } from './use-facet-counts.ts';
import {
  activeFilterCount,
  MAX_HITS,
  readSearchState,
  searchVariables,
  toggleFacet,
  type FacetGroup,
} from './search-state.ts';
import './search.css';

export const SearchPageQuery: TypedDocumentNode<SearchPageQueryQuery, SearchPageQueryQueryVariables> = gql`
  query SearchPageQuery(
    $query: String!
    $kinds: [EntityKind!]
    $province: String
    $city: String
    $industry: [String!]
    $era: [String!]
    $level: [String!]
    $keywords: [String!]
    $literal: [String!]
    $first: Int
  ) {
    search(
      query: $query
      kinds: $kinds
      province: $province
      city: $city
      industry: $industry
      era: $era
      level: $level
      keywords: $keywords
      literal: $literal
      first: $first
    ) {
      totalHits
      processingTimeMs
      matchedBy
      mode
      understood {
        word
        field
        values
      }
      hasNextPage
      answer {
        ...AnswerCard_answer
      }
      hits {
        ...SearchHit_hit
      }
      facets {
        ...SearchFacets_facets
      }
    }
  }
  ${AnswerCard_answer}
  ${SearchHit_hit}
  ${SearchFacets_facets}
`;

const TYPING_DELAY_MS = 200;

function isSearchUnavailable(error: ErrorLike): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'SEARCH_UNAVAILABLE');
}

/** Every part of a search (words, filters, how many pages) lives in the URL, so it can be shared and reloaded. */
export function SearchPage() {
  const t = useT();
  const { search } = useLocation();
  const setParams = useSetSearchParams();
  const state = readSearchState(search);
  const [input, setInput] = useState(state.q);
  const written = useRef(state.q);

  useDocumentTitle(state.q ? t(`搜索：${state.q}`, `Search: ${state.q}`) : null);

  // Typing writes the words into the URL once the reader pauses, replacing the history entry.
  useEffect(() => {
    const q = input.trim();
    if (q === written.current) return;
    const timer = setTimeout(() => {
      written.current = q;
      setParams({ q, page: null, literal: null });
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input, setParams]);

  // Back, forward or an example link change the words from outside the box.
  useEffect(() => {
    if (state.q === written.current) return;
    written.current = state.q;
    setInput(state.q);
  }, [state.q]);

  const filters = activeFilterCount(state);
  // Filters alone browse (every museum of 无锡市); with neither words nor filters the start page shows.
  const searching = state.q !== '' || filters > 0;
  const { data, dataState, previousData, error, loading } = useQuery(SearchPageQuery, {
    variables: searchVariables(state),
    skip: !searching,
  });
  // While more pages or other filters load, the earlier hits stay in place instead of flashing away.
  const shown = dataState === 'complete' ? data : loading ? previousData : undefined;
  const result = searching ? shown?.search : undefined;
  const facets = useFacetCounts(state, result?.facets);

  const onToggle = (group: FacetGroup, value: string) => setParams(toggleFacet(state, group, value));

  return (
    <div className="view search-page">
      <h1>{t('工业文化知识图谱', 'Industrial Culture Graph')}</h1>
      <p className="subtitle">
        {t(
          '江苏 · 安徽 工业遗产、工业博物馆、工匠与政策任务',
          'Industrial heritage, museums, craftspeople and policy tasks of Jiangsu and Anhui',
        )}
      </p>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <SearchCombobox value={input} onChange={setInput} />
      </form>
      <div className={result ? 'search-layout' : undefined}>
        {result ? (
          <aside aria-label={t('筛选', 'Filters')}>
            {facets ? <SearchFacets facets={facets} state={state} onToggle={onToggle} /> : null}
            {filters > 0 ? (
              <button
                type="button"
                className="clear-filters"
                onClick={() =>
                  setParams({
                    kinds: null,
                    province: null,
                    city: null,
                    industry: null,
                    era: null,
                    level: null,
                    keywords: null,
                    page: null,
                  })
                }
              >
                {t(`清除筛选（${filters}）`, `Clear filters (${filters})`)}
              </button>
            ) : null}
          </aside>
        ) : null}
        <section aria-busy={loading} aria-label={t('搜索结果', 'Results')} className="results">
          {/* Always present, so a screen reader hears each new count without rereading every hit. */}
          <p className="visually-hidden" role="status" aria-live="polite">
            {result && !loading && !error ? t(`共 ${result.totalHits} 条结果`, `${result.totalHits} results`) : ''}
          </p>
          {searching ? null : <SearchStart />}
          {error && searching ? <SearchError error={error} /> : null}
          {loading && !result ? <p className="status">{t('正在搜索…', 'Searching…')}</p> : null}
          {result && !error ? (
            <>
              <p className="status" data-testid="result-count">
                {t(
                  `共 ${result.totalHits} 条结果（${result.processingTimeMs} 毫秒）`,
                  `${result.totalHits} results (${result.processingTimeMs} ms)`,
                )}
                {result.matchedBy === 'PINYIN' ? (
                  <span className="matched-by">{t('按拼音匹配', 'Matched by pinyin')}</span>
                ) : null}
                {result.matchedBy === 'SOME' && result.totalHits > 0 ? (
                  <span className="matched-by">{t('部分词匹配', 'Matched some of the words')}</span>
                ) : null}
              </p>
              {result.understood.length > 0 ? (
                <UnderstoodChips
                  understood={result.understood}
                  onRemove={(word) => setParams({ literal: [...state.literal, word], page: null })}
                />
              ) : null}
              {result.answer ? <AnswerCard answer={result.answer} /> : null}
              {result.hits.length === 0 ? <NoResults query={state.q} filters={filters} /> : null}
              <ol className="hits">
                {result.hits.map((hit) => (
                  <SearchHit key={hit.entity.id} hit={hit} />
                ))}
              </ol>
              {result.hasNextPage && result.hits.length < MAX_HITS ? (
                <button
                  type="button"
                  className="load-more"
                  disabled={loading}
                  onClick={() => setParams({ page: String(state.page + 1) })}
                >
                  {loading ? t('正在加载…', 'Loading…') : t('加载更多', 'Load more')}
                </button>
              ) : null}
              {result.hasNextPage && result.hits.length >= MAX_HITS ? (
                <p className="status">
                  {t(
                    '只显示前 100 条；加上筛选或更多词可以缩小范围。',
                    'Showing the first 100; filter or add words to narrow.',
                  )}
                </p>
              ) : null}
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}

type Understood = NonNullable<SearchPageQueryQuery['search']>['understood'][number];

/**
 * The words of the question read as filters, each a chip: 南通 → 南通市 ×. Removing one searches again with that
 * word as a plain word (the URL keeps it in `literal`), so the reading is always the reader's to undo.
 */
function UnderstoodChips({
  understood,
  onRemove,
}: {
  understood: readonly Understood[];
  onRemove: (word: string) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const label = (word: Understood) =>
    word.field === 'KIND' ? word.values.map((kind) => kindLabel(kind, lang)).join(' / ') : word.values.join(' / ');
  return (
    <ul className="understood" aria-label={t('已理解为筛选', 'Read as filters')}>
      {understood.map((word) => (
        <li key={word.word} className="chip" data-field={word.field}>
          <span>{label(word)}</span>
          <button
            type="button"
            aria-label={t(`不把“${word.word}”当作筛选`, `Do not read “${word.word}” as a filter`)}
            onClick={() => onRemove(word.word)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

function NoResults({ query, filters }: { query: string; filters: number }) {
  const t = useT();
  return (
    <div className="empty">
      <p>
        <strong>
          {query
            ? t(`没有找到与“${query}”相关的结果。`, `Nothing found for “${query}”.`)
            : t('没有符合这些筛选条件的条目。', 'Nothing matches these filters.')}
        </strong>
      </p>
      <ul>
        <li>
          {t(
            '试试更少或更短的词，例如只搜地名或企业名。',
            'Try fewer or shorter words, such as just a place or a company.',
          )}
        </li>
        <li>{t('也可以输入拼音或首字母，例如 jinling 或 jl。', 'Pinyin or initials work too, e.g. jinling or jl.')}</li>
        {filters > 0 ? <li>{t('去掉一些筛选条件。', 'Remove some filters.')}</li> : null}
      </ul>
    </div>
  );
}

function SearchError({ error }: { error: ErrorLike }) {
  const t = useT();
  if (isSearchUnavailable(error))
    return (
      <div role="alert" className="error search-unavailable">
        <p>
          <strong>{t('搜索服务暂时不可用。', 'Search is unavailable for the moment.')}</strong>{' '}
          {t('请稍后再试。', 'Please try again shortly.')}
        </p>
        <p>
          {t('图谱、地图、时间线和政策页面仍可使用：', 'The graph, map, timeline and policy views still work: ')}
          <Link to="/explore">{t('图谱', 'Graph')}</Link>
          {' · '}
          <Link to="/map">{t('地图', 'Map')}</Link>
          {' · '}
          <Link to="/timeline">{t('时间线', 'Timeline')}</Link>
          {' · '}
          <Link to="/policy">{t('政策', 'Policy')}</Link>
        </p>
      </div>
    );
  const refusal = CombinedGraphQLErrors.is(error) ? searchRefusal(error.errors) : undefined;
  return (
    <p role="alert" className="error">
      {refusal
        ? t(refusal.zh, refusal.en)
        : t('无法连接服务器，请检查网络后重试。', 'Cannot reach the server; check the connection and try again.')}
    </p>
  );
}
