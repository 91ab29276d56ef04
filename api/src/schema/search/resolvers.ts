import { type GraphNode, normalizeText } from '@icg/graph';
import {
  DEFAULT_SUGGEST_LIMIT,
  type EntitySearchFilter,
  type EntitySearchHit,
  type FacetAttribute,
  MAX_SUGGEST_LIMIT,
  MAX_SUGGEST_PREFIX,
  type FacetCount,
  foldSearchText,
  type HighlightedField,
  type HitMatch,
  type IndexScope,
  type SearchIndex,
  type SearchMode,
  type SearchStrategy,
  type SuggestionMatch,
} from '@icg/search-indexer';
import type { RequestContext } from '../../context.ts';
import { apiError, badUserInput } from '../../errors.ts';
import type {
  HitMatch as HitMatchEnum,
  Resolvers,
  SearchHighlightField,
  SearchMode as SearchModeEnum,
  SearchScope,
  SearchStrategy as SearchStrategyEnum,
  UnderstoodField as UnderstoodFieldEnum,
  SuggestionMatch as SuggestionMatchEnum,
} from '../generated/resolvers-types.ts';
import { decodeOffsetCursor, encodeOffsetCursor, pageSize } from '../../page-size.ts';
import { SOURCE_QUALITY_NAMES, VERIFICATION_STATUS_NAMES } from '../verification/resolvers.ts';
import { answerBeside } from './answers.ts';
import { selectedFieldNames } from './selected-fields.ts';

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
  some: 'SOME',
  pinyin: 'PINYIN',
};

const SEARCH_MODES: Readonly<Record<SearchModeEnum, SearchMode>> = {
  KEYWORD: 'keyword',
  SEMANTIC: 'semantic',
  HYBRID: 'hybrid',
};

const HIT_MATCHES: Readonly<Record<HitMatch, HitMatchEnum>> = {
  words: 'WORDS',
  meaning: 'MEANING',
  both: 'BOTH',
};

/** Related entities an entity lists at most. */
export const MAX_RELATED = 20;

const SUGGESTION_MATCHES: Readonly<Record<SuggestionMatch, SuggestionMatchEnum>> = {
  name: 'NAME',
  alias: 'ALIAS',
  pinyin: 'PINYIN',
  initials: 'INITIALS',
};

/**
 * What a reader typed to search or complete, read as the search index reads it (`foldSearchText`: full-width letters
 * folded, invisible characters out), so a query of zero-width spaces is as empty as one of spaces; 1 to `maxLength`
 * characters once read. Refusals carry a `reason` (EMPTY, TOO_LONG) besides the argument, for clients to word them.
 */
function typedText(argument: string, value: string, maxLength: number): string {
  const text = foldSearchText(value).trim();
  if (text === '') throw emptyArgument(argument, `${argument} must not be empty`);
  if ([...text].length > maxLength) throw tooLong(argument, maxLength);
  return text;
}

function emptyArgument(argument: string, message: string) {
  return apiError('BAD_USER_INPUT', message, { argument, reason: 'EMPTY' });
}

function tooLong(argument: string, maxLength: number) {
  return apiError('BAD_USER_INPUT', `${argument} must be at most ${maxLength} characters`, {
    argument,
    reason: 'TOO_LONG',
    maxLength,
  });
}

/**
 * A filter value, compared exactly with the values facets count, so it is kept as given (trimmed); an empty one is
 * refused rather than ignored, as `entities` refuses it: leaving the filter out is how to match all.
 */
function filterValue(argument: string, value: string, maxLength = Infinity): string {
  if (foldSearchText(value).trim() === '') {
    throw emptyArgument(argument, `${argument} must not be empty; leave it out to match all`);
  }
  const text = normalizeText(value).trim();
  if ([...text].length > maxLength) throw tooLong(argument, maxLength);
  return text;
}

function optionalFilter(argument: string, value: string | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : filterValue(argument, value);
}

function hasFilter(filter: EntitySearchFilter): boolean {
  const lists = [filter.kinds, filter.keywords, filter.industries, filter.eras, filter.levels];
  const values = [filter.province, filter.city, filter.yearFrom, filter.yearTo];
  return (
    lists.some((list) => (list?.length ?? 0) > 0) ||
    values.some((value) => value !== undefined) ||
    filter.verifiedOnly === true
  );
}

function keywordFilter(values: readonly string[] | null | undefined, argument = 'keywords'): string[] {
  if (!values) return [];
  if (values.length > MAX_KEYWORD_FILTERS) {
    throw badUserInput(argument, `${argument} may hold at most ${MAX_KEYWORD_FILTERS} values; got ${values.length}`);
  }
  return values.map((value) => filterValue(argument, value, MAX_KEYWORD_LENGTH));
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

/**
 * The entity fields a search document holds exactly as the graph does (the document builder only normalises
 * them, as the API does its input). A search asking for no others is answered from the hits alone: loading the
 * entities from the graph was the largest share of the API's own time per search (profiled: about 0.7 ms of
 * CPU per search), and the embedded graph answers one query at a time. The index follows a curator's edit
 * within seconds, which a list of hits can bear.
 */
const INDEXED_ENTITY_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'kind',
  'name',
  'aliases',
  'province',
  'city',
  'description',
]);

/** The index's copy of an entity; only the fields of INDEXED_ENTITY_FIELDS may be read from it. */
function indexedEntity(hit: EntitySearchHit): GraphNode {
  return {
    id: hit.entityId,
    kind: hit.kind,
    name: hit.name,
    aliases: hit.aliases,
    province: hit.province,
    city: hit.city,
    description: hit.description,
    properties: {},
    sources: [],
  };
}

/** `SearchFacets` fields by the index attribute they count. */
const FACET_FIELDS: Readonly<Record<string, FacetAttribute>> = {
  kinds: 'kind',
  provinces: 'province',
  cities: 'city',
  keywords: 'keywords',
  industries: 'industry',
  eras: 'era',
  levels: 'level',
};

const facetCounts = (counts: readonly FacetCount[]) => counts.map(({ value, count }) => ({ value, count }));

/** Entities nearest `node` in meaning, its graph neighbours left out: the search index answers, the graph loads. */
async function relatedTo(node: GraphNode, first: number | null | undefined, ctx: RequestContext) {
  const count = first ?? 6;
  if (!Number.isInteger(count) || count < 1 || count > MAX_RELATED) {
    throw badUserInput('first', `first must be an integer from 1 to ${MAX_RELATED}; got ${count}`);
  }
  if (!ctx.searchIndex.semantic) return [];
  const relationships = await ctx.loaders.relationships.load(node.id);
  const neighbours = relationships.map((rel) => (rel.from === node.id ? rel.to : rel.from));
  const related = await ctx.searchIndex.related(node.id, { first: count, exclude: neighbours });
  const entities = await loadEntities(
    ctx,
    related.map((entity) => entity.entityId),
  );
  return related.flatMap((entity, i) => {
    const loaded = entities[i];
    return loaded ? [{ entity: loaded, similarity: entity.similarity }] : [];
  });
}

const entityRelated = {
  related: (node: GraphNode, args: { first?: number | null }, ctx: RequestContext) => relatedTo(node, args.first, ctx),
};

export const searchResolvers: Resolvers = {
  PolicyDocument: entityRelated,
  PolicySection: entityRelated,
  PolicyTask: entityRelated,
  Department: entityRelated,
  BasicEntity: entityRelated,
  Target: entityRelated,
  Theme: entityRelated,
  Award: entityRelated,
  Query: {
    async search(_, args, ctx, info) {
      const filter = {
        kinds: args.kinds ?? [],
        province: optionalFilter('province', args.province),
        city: optionalFilter('city', args.city),
        keywords: keywordFilter(args.keywords),
        industries: keywordFilter(args.industry, 'industry'),
        eras: keywordFilter(args.era, 'era'),
        levels: keywordFilter(args.level, 'level'),
        ...yearRange(args),
        ...(args.verifiedOnly ? { verifiedOnly: true } : {}),
      };
      // An empty query browses what the filters keep (every museum of 无锡市); with no filter it would list everything.
      const browsing = foldSearchText(args.query).trim() === '';
      if (browsing && !hasFilter(filter)) {
        throw emptyArgument(
          'query',
          'query must not be empty unless a filter (kinds, province, city, keywords, industry, era, level, yearFrom, yearTo, verifiedOnly) is given',
        );
      }
      const query = browsing ? '' : typedText('query', args.query, MAX_QUERY_LENGTH);
      const first = pageSize(args.first);
      const offset = decodeOffsetCursor(args.after);
      const semanticRatio = args.semanticRatio ?? undefined;
      if (semanticRatio !== undefined && !(semanticRatio >= 0 && semanticRatio <= 1)) {
        throw badUserInput('semanticRatio', `semanticRatio must be from 0 to 1; got ${semanticRatio}`);
      }
      const literal = keywordFilter(args.literal, 'literal');
      // Answering runs beside the search, only for those who read the answer; the graph answers for every scope.
      const answering =
        !browsing && selectedFieldNames(info.fieldNodes, info.fragments, [], info.variableValues).has('answer');
      const pending = answering ? answerBeside({}, query, ctx) : {};

      const result = await indexFor(ctx, args.scope).search({
        query,
        first,
        offset,
        filter,
        mode: SEARCH_MODES[args.mode ?? 'HYBRID'],
        ...(semanticRatio === undefined ? {} : { semanticRatio }),
        understand: args.understand ?? true,
        literal,
        // Facets no one reads are not counted.
        facets: [...selectedFieldNames(info.fieldNodes, info.fragments, ['facets'], info.variableValues)].flatMap(
          (field) => {
            const attribute = FACET_FIELDS[field];
            return attribute ? [attribute] : [];
          },
        ),
      });

      const entityFields = selectedFieldNames(info.fieldNodes, info.fragments, ['hits', 'entity'], info.variableValues);
      const fromIndex = [...entityFields].every((field) => INDEXED_ENTITY_FIELDS.has(field));
      // Otherwise the entities come from the graph. The index may briefly lag it; a hit whose entity is gone is
      // then dropped, not shown broken.
      const entities = fromIndex
        ? result.hits.map(indexedEntity)
        : await loadEntities(
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
            matchedBy: HIT_MATCHES[hit.matchedBy],
            similarity: hit.similarity,
            verification: VERIFICATION_STATUS_NAMES[hit.verification],
            sourceQuality: SOURCE_QUALITY_NAMES[hit.sourceQuality],
          },
        ];
      });
      const last = offset + result.hits.length - 1;
      return Object.assign(pending, {
        hits,
        totalHits: result.totalHits,
        matchedBy: SEARCH_STRATEGIES[result.matchedBy],
        processingTimeMs: result.processingTimeMs,
        mode: (Object.keys(SEARCH_MODES) as SearchModeEnum[]).find((name) => SEARCH_MODES[name] === result.mode)!,
        understood: result.understood.map(({ word, field, values }) => ({
          word,
          field: field.toUpperCase() as UnderstoodFieldEnum,
          values,
        })),
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
      });
    },

    async suggest(_, args, ctx) {
      const prefix = typedText('prefix', args.prefix, MAX_PREFIX_LENGTH);
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
