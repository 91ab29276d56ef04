import type { GraphPath, ShortestPathsOptions } from '../graph-store.ts';
import type { GraphRelationship } from '../model/graph-records.ts';
import { fromRelatesRow } from '../records/relates-row.ts';
import type { CypherDialect } from '../cypher/cypher-query.ts';
import { MAX_LONGER_PATH_HOPS, pathsOfLengthQuery, shortestPathsQuery } from '../cypher/path-queries.ts';
import { requireCount, requireId } from '../cypher/query-arguments.ts';
import { relationshipsAmongQuery } from '../cypher/relationship-queries.ts';
import { degreesQuery } from '../cypher/count-queries.ts';
import type { RunCypher } from './cypher-graph-store.ts';

/**
 * Rows the engine may return before the store sorts them: enough for every shortest path in a
 * curated graph, and a bound on the work when two hubs are joined by very many.
 */
const MAX_PATH_ROWS = 1_000;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i]! !== b[i]!) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

/** Validates the arguments and builds the query before any work, so a bad argument costs no round trip. */
export function prepareShortestPaths(dialect: CypherDialect, from: string, to: string, options: ShortestPathsOptions) {
  const limit = requireCount(options.limit, 'limit');
  const query = shortestPathsQuery(dialect, {
    from: requireId(from, 'from'),
    to: requireId(to, 'to'),
    maxHops: options.maxHops,
    cap: MAX_PATH_ROWS,
    relationTypes: options.relationTypes,
  });
  const nothing = from === to || limit === 0 || options.relationTypes?.length === 0;

  /**
   * Up to four queries in one read unit: the shortest paths as id lists; when they are fewer than
   * `limit` and short, the paths one hop longer; the degrees of their inner nodes, to rank paths of
   * one length; then the relationships among their nodes as full
   * records, from which each hop's direction follows (the engines do not report which way a
   * recursive pattern crossed a relationship in the same form).
   */
  return async (run: RunCypher): Promise<GraphPath[]> => {
    if (nothing) return [];
    const toPath = (row: Record<string, unknown>) => ({
      nodeIds: [from, ...strings(row.innerIds), to],
      relIds: strings(row.relIds),
    });
    const found = (await run(query)).map(toPath);
    const shortest = Math.min(...found.map((path) => path.relIds.length));
    const longer = shortest + 1;
    if (found.length > 0 && found.length < limit && longer <= Math.min(options.maxHops, MAX_LONGER_PATH_HOPS)) {
      const rows = await run(
        pathsOfLengthQuery({ from, to, length: longer, cap: MAX_PATH_ROWS, relationTypes: options.relationTypes }),
      );
      found.push(...rows.map(toPath));
    }
    const unique = [...new Map(found.map((path) => [path.relIds.join('\u0000'), path])).values()];
    // Among paths of one length, those through specific entities come before those through hubs:
    // 张謇 → 大生纱厂 → 大生纱厂旧址 says more than 张謇 → 南通市 → 大生纱厂旧址.
    const innerIds = [...new Set(unique.flatMap((path) => path.nodeIds.slice(1, -1)))];
    const degrees = new Map<string, number>();
    if (innerIds.length > 0) {
      for (const row of await run(degreesQuery(innerIds))) degrees.set(String(row.id), Number(row.degree));
    }
    const hubWeight = (path: { nodeIds: string[] }) =>
      path.nodeIds.slice(1, -1).reduce((sum, id) => sum + (degrees.get(id) ?? 0), 0);
    const paths = unique
      .map((path) => ({ ...path, weight: hubWeight(path) }))
      .sort(
        (a, b) =>
          a.relIds.length - b.relIds.length ||
          a.weight - b.weight ||
          compareLists(a.nodeIds, b.nodeIds) ||
          compareLists(a.relIds, b.relIds),
      )
      .slice(0, limit);
    if (paths.length === 0) return [];

    const nodeIds = [...new Set(paths.flatMap((path) => path.nodeIds))];
    const byId = new Map<string, GraphRelationship>();
    for (const row of await run(relationshipsAmongQuery(nodeIds))) {
      const relationship = fromRelatesRow(row);
      byId.set(relationship.id, relationship);
    }
    return paths.map(({ nodeIds: ids, relIds }) => ({
      nodeIds: ids,
      hops: relIds.map((relId, index) => {
        const relationship = byId.get(relId);
        // Read in the same transaction as the paths, so a relationship cannot have vanished.
        if (!relationship) throw new Error(`Relationship ${relId} of a path was not found`);
        return { relationship, direction: relationship.from === ids[index] ? ('out' as const) : ('in' as const) };
      }),
    }));
  };
}
