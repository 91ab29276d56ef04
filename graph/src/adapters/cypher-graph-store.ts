import { GraphStoreError } from '../graph-store-error.ts';
import type {
  FindNodesFilter,
  GraphStore,
  NeighborhoodOptions,
  RelationshipsFilter,
} from '../graph-store.ts';
import type { GraphCounts, GraphNode, GraphRelationship, Subgraph } from '../model/graph-records.ts';
import { isEntityKind } from '../model/entity-kinds.ts';
import { isRelationType } from '../model/relation-types.ts';
import { fromEntityRow, toEntityRow } from '../records/entity-row.ts';
import { lastWinsById } from '../records/record-checks.ts';
import { fromRelatesRow, toRelatesRow } from '../records/relates-row.ts';
import { entityCountsByKindQuery, pingQuery, relationshipCountsByTypeQuery } from '../cypher/count-queries.ts';
import type { CypherDialect, CypherQuery } from '../cypher/cypher-query.ts';
import {
  entitiesByIdQuery,
  findEntitiesQuery,
  missingEntityIdsQuery,
  upsertEntitiesQuery,
} from '../cypher/entity-queries.ts';
import { neighborIdsQuery } from '../cypher/neighborhood-queries.ts';
import { requireId, requireIds } from '../cypher/query-arguments.ts';
import {
  relationshipsAmongQuery,
  relationshipsQuery,
  upsertRelationshipsQuery,
} from '../cypher/relationship-queries.ts';
import { schemaStatements } from '../cypher/schema-statements.ts';

export type Row = Readonly<Record<string, unknown>>;
export type RunCypher = (query: CypherQuery) => Promise<Row[]>;

/**
 * What an engine adapter provides: units of work that see one consistent state, a write unit
 * being one transaction that commits only if `work` resolves. Adapters translate engine errors
 * into GraphStoreError and pass GraphStoreErrors thrown by `work` through unchanged.
 */
export interface CypherTransactions {
  read<T>(work: (run: RunCypher) => Promise<T>): Promise<T>;
  write<T>(work: (run: RunCypher) => Promise<T>): Promise<T>;
  /** Runs schema statements; each engine has its own rules for DDL inside transactions. */
  ensureSchema(statements: readonly CypherQuery[]): Promise<void>;
  close(): Promise<void>;
}

export interface CypherGraphStoreParts {
  backend: GraphStore['backend'];
  dialect: CypherDialect;
  transactions: CypherTransactions;
}

/** Rows per UNWIND: large enough to amortise a round trip, small enough for either engine's memory. */
const BATCH_SIZE = 1_000;

/** How many unknown ids a DANGLING_RELATIONSHIP message names before it summarises. */
const NAMED_MISSING_IDS = 5;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Counts arrive as numbers from LadybugDB and (lossless integers disabled) from Neo4j; be lenient anyway. */
function toCount(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'object' && value !== null && 'toNumber' in value && typeof value.toNumber === 'function') {
    return Number(value.toNumber());
  }
  return Number(value);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

async function fetchNodesById(run: RunCypher, ids: readonly string[]): Promise<Map<string, GraphNode>> {
  const byId = new Map<string, GraphNode>();
  for (const chunk of chunks(unique(ids), BATCH_SIZE)) {
    for (const row of await run(entitiesByIdQuery(chunk))) {
      const node = fromEntityRow(row);
      byId.set(node.id, node);
    }
  }
  return byId;
}

/**
 * The GraphStore behaviour both engines share: validation, batching, ordering and the
 * dangling-end check live here once; adapters only supply transactions over their driver.
 */
export function createCypherGraphStore({ backend, dialect, transactions }: CypherGraphStoreParts): GraphStore {
  let closed = false;
  let closing: Promise<void> | undefined;

  function assertOpen(): void {
    if (closed) throw new GraphStoreError('GRAPH_UNAVAILABLE', `The ${backend} graph store is closed`);
  }

  async function upsertNodes(nodes: readonly GraphNode[]): Promise<void> {
    assertOpen();
    const rows = lastWinsById(nodes.map(toEntityRow));
    // LadybugDB's binder cannot type UNWIND over an empty list, and there is nothing to do anyway.
    if (rows.length === 0) return;
    await transactions.write(async (run) => {
      for (const chunk of chunks(rows, BATCH_SIZE)) await run(upsertEntitiesQuery(chunk));
    });
  }

  async function upsertRelationships(relationships: readonly GraphRelationship[]): Promise<void> {
    assertOpen();
    const rows = lastWinsById(relationships.map(toRelatesRow));
    if (rows.length === 0) return;
    const endIds = unique(rows.flatMap((row) => [row.from, row.to]));
    await transactions.write(async (run) => {
      const missing = new Set<string>();
      for (const chunk of chunks(endIds, BATCH_SIZE)) {
        for (const row of await run(missingEntityIdsQuery(chunk))) missing.add(String(row.id));
      }
      if (missing.size > 0) {
        const ordered = endIds.filter((id) => missing.has(id));
        const named = ordered.slice(0, NAMED_MISSING_IDS).map((id) => JSON.stringify(id));
        const more = ordered.length > named.length ? ` and ${ordered.length - named.length} more` : '';
        const first = rows.find((row) => missing.has(row.from) || missing.has(row.to));
        throw new GraphStoreError(
          'DANGLING_RELATIONSHIP',
          `Relationships refer to nodes that do not exist: ${named.join(', ')}${more}` +
            ` (first in relationship ${JSON.stringify(first?.id)}); nothing was written`,
        );
      }
      for (const chunk of chunks(rows, BATCH_SIZE)) {
        const [result] = await run(upsertRelationshipsQuery(chunk));
        const written = toCount(result?.written ?? 0);
        if (written !== chunk.length) {
          // Only possible if an end vanished after the check; throwing rolls the batch back.
          throw new GraphStoreError(
            'DANGLING_RELATIONSHIP',
            `Only ${written} of ${chunk.length} relationships found both ends; nothing was written`,
          );
        }
      }
    });
  }

  async function getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    assertOpen();
    const checked = requireIds(ids, 'ids');
    if (checked.length === 0) return [];
    const byId = await transactions.read((run) => fetchNodesById(run, checked));
    return checked.map((id) => byId.get(id) ?? null);
  }

  async function findNodes(filter: FindNodesFilter): Promise<GraphNode[]> {
    assertOpen();
    const query = findEntitiesQuery(filter);
    // The answer is known without asking; validation above still ran.
    if (filter.kinds?.length === 0 || filter.first === 0) return [];
    const rows = await transactions.read((run) => run(query));
    return rows.map(fromEntityRow);
  }

  async function getRelationships(filter: RelationshipsFilter): Promise<GraphRelationship[]> {
    assertOpen();
    const query = relationshipsQuery(filter);
    if (filter.nodeIds.length === 0 || filter.types?.length === 0) return [];
    const rows = await transactions.read((run) => run(query));
    return rows.map(fromRelatesRow);
  }

  async function neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph> {
    assertOpen();
    const centreId = requireId(id, 'id');
    // Built first so a bad depth, limit or type fails before any query runs.
    const neighborQuery = neighborIdsQuery(dialect, { id: centreId, ...options });
    const types = options.relationTypes;
    return transactions.read(async (run) => {
      const [centreRow] = await run(entitiesByIdQuery([centreId]));
      if (!centreRow) return { nodes: [], relationships: [] };
      const centre = fromEntityRow(centreRow);
      const neighborIds =
        options.limit === 0 || types?.length === 0 ? [] : (await run(neighborQuery)).map((row) => String(row.id));
      const byId = await fetchNodesById(run, neighborIds);
      const nodes = [centre, ...neighborIds.flatMap((neighborId) => byId.get(neighborId) ?? [])];
      const relationships =
        types?.length === 0
          ? []
          : (await run(relationshipsAmongQuery(nodes.map((node) => node.id), types))).map(fromRelatesRow);
      return { nodes, relationships };
    });
  }

  async function counts(): Promise<GraphCounts> {
    assertOpen();
    const [kindRows, typeRows] = await transactions.read(async (run) => [
      await run(entityCountsByKindQuery()),
      await run(relationshipCountsByTypeQuery()),
    ]);
    const result: GraphCounts = { nodes: 0, relationships: 0, nodesByKind: {}, relationshipsByType: {} };
    for (const row of kindRows) {
      const total = toCount(row.total);
      result.nodes += total;
      if (isEntityKind(row.kind)) result.nodesByKind[row.kind] = total;
    }
    for (const row of typeRows) {
      const total = toCount(row.total);
      result.relationships += total;
      if (isRelationType(row.type)) result.relationshipsByType[row.type] = total;
    }
    return result;
  }

  return {
    backend,
    async ensureSchema() {
      assertOpen();
      await transactions.ensureSchema(schemaStatements(dialect));
    },
    upsertNodes,
    upsertRelationships,
    getNodes,
    findNodes,
    getRelationships,
    neighborhood,
    counts,
    async ping() {
      assertOpen();
      await transactions.read((run) => run(pingQuery()));
    },
    async close() {
      closed = true;
      closing ??= transactions.close();
      await closing;
    },
  };
}
