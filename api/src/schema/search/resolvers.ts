import { isEntityKind, type EntityKind, type GraphNode } from '@icg/graph';
import type { RequestContext } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import { normalizeText } from '@icg/graph';
import { decodeOffsetCursor, encodeOffsetCursor, pageSize } from '../../page-size.ts';

export const MAX_QUERY_LENGTH = 200;

interface SearchArgs {
  query: string;
  kinds?: string[] | null;
  province?: string | null;
  city?: string | null;
  first?: number | null;
  after?: string | null;
}

function optionalText(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = normalizeText(value).trim();
  return text === '' ? undefined : text;
}

export const searchResolvers = {
  Query: {
    async search(_: unknown, args: SearchArgs, ctx: RequestContext) {
      const query = normalizeText(args.query).trim();
      if (query === '') throw badUserInput('query', 'query must not be empty');
      if ([...query].length > MAX_QUERY_LENGTH) {
        throw badUserInput('query', `query must be at most ${MAX_QUERY_LENGTH} characters`);
      }
      const first = pageSize(args.first);
      const offset = decodeOffsetCursor(args.after);
      const kinds = (args.kinds ?? []).filter((k): k is EntityKind => isEntityKind(k));

      const result = await ctx.searchIndex.search({
        query,
        first,
        offset,
        filter: { kinds, province: optionalText(args.province), city: optionalText(args.city) },
      });

      // The index may briefly lag the graph; a hit whose entity is gone is dropped, not shown broken.
      const entities = await ctx.loaders.node.loadMany(result.hits.map((h) => h.entityId));
      const hits = result.hits.flatMap((hit, i) => {
        const entity = entities[i];
        if (!entity || entity instanceof Error) return [];
        return [{ entity: entity as GraphNode, snippet: hit.snippet ?? null }];
      });
      const last = offset + result.hits.length - 1;
      return {
        hits,
        totalHits: result.totalHits,
        processingTimeMs: result.processingTimeMs,
        endCursor: result.hits.length > 0 ? encodeOffsetCursor(last) : null,
      };
    },
  },
};
