import { type GraphNode, normalizeText } from '@icg/graph';
import {
  DEFAULT_SUGGEST_LIMIT,
  MAX_SUGGEST_LIMIT,
  MAX_SUGGEST_PREFIX,
  type FacetCount,
  type HighlightedField,
  type IndexScope,
  type SearchIndex,
  type SearchStrategy,
  type SuggestionMatch,
} from '@icg/search-indexer';
import type { RequestContext } from '../../context.ts';
import { apiError, badUserInput } from '../../errors.ts';
import type {
  Resolvers,
  SearchHighlightField,
  SearchScope,
  SearchStrategy as SearchStrategyEnum,
  SuggestionMatch as SuggestionMatchEnum,
} from '../generated/resolvers-types.ts';
import { decodeOffsetCursor, encodeOffsetCursor, pageSize } from '../../page-size.ts';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PREFIX_LENGTH = MAX_SUGGEST_PREFIX;
/** Keywords a search may require at once, and the length of each. */
export const MAX_KEYWORD_FILTERS = 10;
export const MAX_KEYWORD_LENGTH = 50;
/** Bounds of `yearFrom` and `yearTo`: wide enough for every dated entity, narrow enough to catch a typo. */
export const MIN_FILTER_YEAR = 1000;
export const MAX_FILTER_YEAR = 2100;

const HIGHLIGHT_FIELDS: Readonly<Record<HighlightedField, SearchHighlightField>> = {
  name: 'NAME',
  alias: 'ALIAS',
  description: 'DESCRIPTION',
};

const SEARCH_STRATEGIES: Readonly<Record<SearchStrategy, SearchStrategyEnum>> = {
  all: 'ALL',
  last: 'LAST',
  pinyin: 'PINYIN',
};

const SUGGESTION_MATCHES: Readonly<Record<SuggestionMatch, SuggestionMatchEnum>> = {
  name: 'NAME',
  alias: 'ALIAS',
  pinyin: 'PINYIN',
  initials: 'INITIALS',
};

function optionalText(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = normalizeText(value).trim();
  return text === '' ? undefined : text;
}

function requiredText(argument: string, value: string, maxLength: number): string {
  const text = normalizeText(value).trim();
  if (text === '') throw badUserInput(argument, `${argument} must not be empty`);
  if ([...text].length > maxLength) throw badUserInput(argument, `${argument} must be at most ${maxLength} characters`);
  return text;
}

function keywordFilter(values: readonly string[] | null | undefined, argument = 'keywords'): string[] {
  if (!values) return [];
  if (values.length > MAX_KEYWORD_FILTERS) {
    throw badUserInput(argument, `${argument} may hold at most ${MAX_KEYWORD_FILTERS} values; got ${values.length}`);
  }
  return values.map((value) => requiredText(argument, value, MAX_KEYWORD_LENGTH));
}

function yearBound(argument: 'yearFrom' | 'yearTo', value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (value < MIN_FILTER_YEAR || value > MAX_FILTER_YEAR) {
    throw badUserInput(
      argument,
      `${argument} must be a year from ${MIN_FILTER_YEAR} to ${MAX_FILTER_YEAR}; got ${value}`,
    );
  }
  return value;
}

function yearRange(args: { yearFrom?: number | null; yearTo?: number | null }) {
  const yearFrom = yearBound('yearFrom', args.yearFrom);
  const yearTo = yearBound('yearTo', args.yearTo);
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) {
    throw badUserInput('yearTo', `yearTo must not be before yearFrom; got yearFrom ${yearFrom}, yearTo ${yearTo}`);
  }
  return { ...(yearFrom === undefined ? {} : { yearFrom }), ...(yearTo === undefined ? {} : { yearTo }) };
}

const INDEX_SCOPES_BY_NAME: Readonly<Record<SearchScope, IndexScope>> = {
  ALL: 'all',
  STORIES: 'stories',
  PROFILES: 'profiles',
};

/** The index a scope reads; a service started without the scoped indexes can answer only ALL. */
function indexFor(ctx: RequestContext, scope: SearchScope | null | undefined): SearchIndex {
  const name = INDEX_SCOPES_BY_NAME[scope ?? 'ALL'];
  if (name === 'all') return ctx.searchIndex;
  const index = ctx.searchIndexes?.[name];
  if (!index) throw apiError('SEARCH_UNAVAILABLE', `This service has no index for scope ${scope}`);
  return index;
}

/** Entities by id in the order asked; ids whose entity is gone come back undefined. */
async function loadEntities(ctx: RequestContext, ids: readonly string[]): Promise<(GraphNode | undefined)[]> {
  const loaded = await ctx.loaders.node.loadMany(ids);
  return loaded.map((entity) => (entity && !(entity instanceof Error) ? (entity as GraphNode) : undefined));
}

const facetCounts = (counts: readonly FacetCount[]) => counts.map(({ value, count }) => ({ value, count }));

export const searchResolvers: Resolvers = {
  Query: {
    async search(_, args, ctx) {
      const query = requiredText('query', args.query, MAX_QUERY_LENGTH);
      const first = pageSize(args.first);
      const offset = decodeOffsetCursor(args.after);

      const result = await indexFor(ctx, args.scope).search({
        query,
        first,
        offset,
        filter: {
          kinds: args.kinds ?? [],
          province: optionalText(args.province),
          city: optionalText(args.city),
          keywords: keywordFilter(args.keywords),
          industries: keywordFilter(args.industry, 'industry'),
          eras: keywordFilter(args.era, 'era'),
          levels: keywordFilter(args.level, 'level'),
          ...yearRange(args),
        },
      });

      // The index may briefly lag the graph; a hit whose entity is gone is dropped, not shown broken.
      const entities = await loadEntities(
        ctx,
        result.hits.map((hit) => hit.entityId),
      );
      const hits = result.hits.flatMap((hit, i) => {
        const entity = entities[i];
        if (!entity) return [];
        return [
          {
            entity,
            snippet: hit.snippet,
            highlights: hit.highlights.map(({ field, snippet }) => ({ field: HIGHLIGHT_FIELDS[field], snippet })),
            industry: hit.industry,
            year: hit.year,
            era: hit.era,
            level: hit.level,
          },
        ];
      });
      const last = offset + result.hits.length - 1;
      return {
        hits,
        totalHits: result.totalHits,
        matchedBy: SEARCH_STRATEGIES[result.matchedBy],
        processingTimeMs: result.processingTimeMs,
        facets: {
          kinds: facetCounts(result.facets.kind),
          provinces: facetCounts(result.facets.province),
          cities: facetCounts(result.facets.city),
          keywords: facetCounts(result.facets.keywords),
          industries: facetCounts(result.facets.industry),
          eras: facetCounts(result.facets.era),
          levels: facetCounts(result.facets.level),
        },
        endCursor: result.hits.length > 0 ? encodeOffsetCursor(last) : null,
        hasNextPage: result.hits.length > 0 && last + 1 < result.totalHits,
      };
    },

    async suggest(_, args, ctx) {
      const prefix = requiredText('prefix', args.prefix, MAX_PREFIX_LENGTH);
      const limit = args.limit ?? DEFAULT_SUGGEST_LIMIT;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGEST_LIMIT) {
        throw badUserInput('limit', `limit must be an integer from 1 to ${MAX_SUGGEST_LIMIT}; got ${limit}`);
      }
      const suggestions = await indexFor(ctx, args.scope).suggest({ prefix, limit });
      const entities = await loadEntities(
        ctx,
        suggestions.map((suggestion) => suggestion.entityId),
      );
      return suggestions.flatMap((suggestion, i) => {
        const entity = entities[i];
        if (!entity) return [];
        return [{ text: suggestion.text, matchedBy: SUGGESTION_MATCHES[suggestion.matchedBy], entity }];
      });
    },
  },
};
