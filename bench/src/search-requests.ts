import { DEFAULT_SEMANTIC_RATIO, SEMANTIC_EMBEDDER, type Segmenter } from '@icg/search-indexer';
import type { JsonEndpoint } from './latency.ts';

/** The web app's search query: what a portal page costs through the API. */
export const GRAPHQL_SEARCH = /* GraphQL */ `
  query BenchSearch($query: String!, $mode: SearchMode) {
    search(query: $query, first: 10, mode: $mode) {
      totalHits
      processingTimeMs
      hits {
        entity {
          id
          kind
          name
          province
          city
        }
        snippet
        highlights {
          field
          snippet
        }
      }
    }
  }
`;

/** What the API sends Meilisearch for one query (search-index.ts): the query cut into words, first page of 10. */
export function directSearchBody(segmenter: Segmenter, query: string): Record<string, unknown> {
  return {
    q: segmenter.words(query).join(' '),
    page: 1,
    hitsPerPage: 10,
    matchingStrategy: 'all',
    attributesToRetrieve: ['entityId', 'kind', 'name', 'aliases', 'province', 'city', 'description'],
    attributesToHighlight: ['name', 'aliases', 'description'],
    facets: ['kind', 'province', 'city'],
    highlightPreTag: '\uE000',
    highlightPostTag: '\uE001',
  };
}

/**
 * The first `count` candidates with hits when every word must match: for the others the API searches a second
 * time (dropping words), which would compare two requests with one.
 */
export async function queriesWithHits(
  direct: JsonEndpoint,
  segmenter: Segmenter,
  candidates: readonly string[],
  count: number,
): Promise<string[]> {
  const queries: string[] = [];
  for (const query of candidates) {
    if (queries.length >= count) break;
    const answer = (await direct.post(directSearchBody(segmenter, query))) as { totalHits?: number };
    if ((answer.totalHits ?? 0) > 0) queries.push(query);
  }
  return queries;
}

/**
 * Meilisearch's own hybrid search for the same words and vector, as one request: what the service's hybrid search is
 * compared with (plus the embedding, which both need).
 */
export function directHybridBody(segmenter: Segmenter, query: string, vector: Float32Array): Record<string, unknown> {
  return {
    ...directSearchBody(segmenter, query),
    vector: Array.from(vector),
    hybrid: { embedder: SEMANTIC_EMBEDDER, semanticRatio: DEFAULT_SEMANTIC_RATIO },
  };
}
