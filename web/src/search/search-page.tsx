import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { SearchPageQueryQuery, SearchPageQueryQueryVariables } from '../graphql/generated.ts';
import { SearchHit, SearchHit_hit } from './search-hit.tsx';

export const SearchPageQuery: TypedDocumentNode<SearchPageQueryQuery, SearchPageQueryQueryVariables> = gql`
  query SearchPageQuery($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      totalHits
      processingTimeMs
      hits {
        ...SearchHit_hit
      }
    }
  }
  ${SearchHit_hit}
`;

function readQueryFromUrl(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/** The URL carries the query, so a result list can be shared and reloaded. */
export function SearchPage() {
  const [input, setInput] = useState(readQueryFromUrl);
  const [query, setQuery] = useState(readQueryFromUrl);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(input.trim()), 200);
    return () => clearTimeout(timer);
  }, [input]);

  useEffect(() => {
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  }, [query]);

  const { data, error, loading } = useQuery(SearchPageQuery, {
    variables: { query, first: 20 },
    skip: query === '',
  });

  return (
    <div className="view">
      <h1>工业文化知识图谱</h1>
      <p className="subtitle">江苏 · 安徽 工业遗产、工业博物馆、工匠与政策任务</p>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-input" className="visually-hidden">
          搜索
        </label>
        <input
          id="search-input"
          type="search"
          value={input}
          placeholder="搜索：工业遗产、工业博物馆、江苏大工匠…"
          autoComplete="off"
          onChange={(e) => setInput(e.target.value)}
        />
      </form>
      <section aria-live="polite" className="results">
        {error ? (
          <p role="alert" className="error">
            搜索暂不可用：{error.message}
          </p>
        ) : null}
        {loading ? <p className="status">正在搜索…</p> : null}
        {data && !loading ? (
          <>
            <p className="status" data-testid="result-count">
              共 {data.search.totalHits} 条结果（{data.search.processingTimeMs} 毫秒）
            </p>
            {data.search.hits.length === 0 ? <p className="empty">没有找到与“{query}”相关的结果。</p> : null}
            <ol className="hits">
              {data.search.hits.map((hit) => (
                <SearchHit key={hit.entity.id} hit={hit} />
              ))}
            </ol>
          </>
        ) : null}
      </section>
    </div>
  );
}
