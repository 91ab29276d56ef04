import { GraphStoreError } from '../graph-store-error.ts';
import type {
  BulkLoadCounts,
  BulkLoadInput,
  BulkLoadResult,
  FindNodesFilter,
  FindRelationshipsFilter,
  GraphBatch,
  GraphStore,
  GraphWriteProgress,
  NeighborhoodOptions,
  NodeFilter,
  ProvinceKindCount,
  GraphPath,
  ShortestPathsOptions,
  GraphShapeVisitor,
  RelationshipsFilter,
  UpsertGraphOptions,
} from '../graph-store.ts';
import type { GraphCounts, GraphNode, GraphRelationship, Subgraph } from '../model/graph-records.ts';
import { isEntityKind } from '../model/entity-kinds.ts';
import { isRelationType, type RelationType } from '../model/relation-types.ts';
import { fromEntityRow, toEntityRow, type EntityRow } from '../records/entity-row.ts';
import { lastWinsById } from '../records/record-checks.ts';
import { fromRelatesRow, toRelatesRow, type RelatesRow } from '../records/relates-row.ts';
import {
  entityCountsByKindQuery,
  entityCountsByProvinceQuery,
  entityTotalQuery,
  pingQuery,
  relationshipCountsByTypeQuery,
  relationshipTotalQuery,
  degreesQuery,
} from '../cypher/count-queries.ts';
import type { CypherDialect, CypherQuery } from '../cypher/cypher-query.ts';
import {
  deleteEntitiesQuery,
  entitiesByIdQuery,
  findEntitiesQuery,
  missingEntityIdsQuery,
  upsertEntitiesQuery,
} from '../cypher/entity-queries.ts';
import { neighborLevelQuery } from '../cypher/neighborhood-queries.ts';
import { countEntitiesQuery } from '../cypher/entity-filter.ts';
import { prepareShortestPaths } from './shortest-paths.ts';
import { deleteRelationshipsById } from './delete-relationships.ts';
import { requireCount, requireDepth, requireId, requireIds, requireRelationTypes } from '../cypher/query-arguments.ts';
import {
  allRelatesQuery,
  deleteOutgoingRelatesQuery,
  findRelatesQuery,
  graphShapeQueries,
  linksFromQuery,
  nodeKindsPageQuery,
  relationshipsAmongQuery,
  relationshipsQueries,
  upsertRelationshipsQuery,
} from '../cypher/relationship-queries.ts';
import { storeSchemaStatements } from '../cypher/schema-statements.ts';
import { createConditionalWrites } from './conditional-writes.ts';
import { createStoreLocks } from './store-locks.ts';

export type Row = Readonly<Record<string, unknown>>;
export type RunCypher = (query: CypherQuery) => Promise<Row[]>;

/** Rows handed to an engine's bulk loader, all with ids not stored yet. */
export interface BulkCopy {
  /**
   * Appends the rows; a row the loader cannot represent faithfully is upserted the normal way
   * instead, and counted as such.
   */
  entities(rows: readonly EntityRow[]): Promise<{ copied: number; upserted: number }>;
  relates(rows: readonly RelatesRow[]): Promise<{ copied: number; upserted: number }>;
}

/**
 * What an engine adapter provides: units of work that see one consistent state, a write unit
 * being one transaction that commits only if `work` resolves. Adapters translate engine errors
 * into GraphStoreError and pass GraphStoreErrors thrown by `work` through unchanged.
 */
export interface CypherTransactions {
  read<T>(work: (run: RunCypher) => Promise<T>): Promise<T>;
  write<T>(work: (run: RunCypher) => Promise<T>): Promise<T>;
  /**
   * Only where the engine has a bulk loader that works inside a transaction (LadybugDB's COPY
   * FROM): one write transaction in which `copy` appends rows. Without it, bulk loads MERGE.
   */
  bulkWrite?<T>(work: (run: RunCypher, copy: BulkCopy) => Promise<T>): Promise<T>;
  /**
   * Only where the engine writes a query's rows to a file faster than it hands them over one by one (LadybugDB's
   * COPY TO): runs `query` (no parameters) and passes each row's fields as text.
   */
  exportRows?(query: CypherQuery, onRow: (fields: readonly string[]) => void): Promise<void>;
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

/** Records per transaction when a bulk load has to MERGE (Neo4j). */
const MERGE_TRANSACTION_SIZE = 10_000;

/** Ids per lookup when the bulk loader fetches stored nodes to compare with incoming ones. */
const LOOKUP_BATCH_SIZE = 5_000;

/** Rows per COPY statement: each one is a progress step; the fixed cost per COPY is small. */
const COPY_ENTITY_BATCH_SIZE = 50_000;
const COPY_RELATES_BATCH_SIZE = 100_000;

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

const noProgress: GraphWriteProgress = () => undefined;

/** Nodes per read when the graph's shape is scanned page by page. */
const SCAN_PAGE_SIZE = 20_000;

/** Relationship rows of one or more queries, each relationship once, in id order. */
function relationshipsById(rows: readonly Row[]): GraphRelationship[] {
  const byId = new Map<string, GraphRelationship>();
  for (const row of rows) {
    const relationship = fromRelatesRow(row);
    byId.set(relationship.id, relationship);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function danglingError(rows: readonly RelatesRow[], endIds: readonly string[], missing: ReadonlySet<string>) {
  const ordered = endIds.filter((id) => missing.has(id));
  const named = ordered.slice(0, NAMED_MISSING_IDS).map((id) => JSON.stringify(id));
  const more = ordered.length > named.length ? ` and ${ordered.length - named.length} more` : '';
  const first = rows.find((row) => missing.has(row.from) || missing.has(row.to));
  return new GraphStoreError(
    'DANGLING_RELATIONSHIP',
    `Relationships refer to nodes that do not exist: ${named.join(', ')}${more}` +
      ` (first in relationship ${JSON.stringify(first?.id)}); nothing was written`,
  );
}

/**
 * Fails with DANGLING_RELATIONSHIP unless every end is either among `incoming` node ids or
 * stored. Runs inside the caller's unit of work, so the answer holds for its writes.
 */
export async function requireEnds(run: RunCypher, rows: readonly RelatesRow[], incoming: ReadonlySet<string>) {
  const endIds = unique(rows.flatMap((row) => [row.from, row.to])).filter((id) => !incoming.has(id));
  const missing = new Set<string>();
  for (const chunk of chunks(endIds, BATCH_SIZE)) {
    for (const row of await run(missingEntityIdsQuery(chunk))) missing.add(String(row.id));
  }
  if (missing.size > 0) throw danglingError(rows, endIds, missing);
}

export async function writeEntityRows(run: RunCypher, rows: readonly EntityRow[], progress: (written: number) => void) {
  for (const chunk of chunks(rows, BATCH_SIZE)) {
    await run(upsertEntitiesQuery(chunk));
    progress(chunk.length);
  }
}

export async function writeRelatesRows(
  run: RunCypher,
  rows: readonly RelatesRow[],
  progress: (written: number) => void,
) {
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
    progress(chunk.length);
  }
}

/** Counts `done` up to `total` for one phase, reporting each step; a phase with nothing to do is not reported. */
function phaseCounter(onProgress: GraphWriteProgress, phase: Parameters<GraphWriteProgress>[0], total: number) {
  let done = 0;
  if (total > 0) onProgress(phase, 0, total);
  return (step: number) => {
    if (step === 0) return;
    done += step;
    onProgress(phase, done, total);
  };
}

function sameEntityRow(stored: Readonly<Record<string, unknown>>, row: EntityRow): boolean {
  const aliases = Array.isArray(stored.aliases) ? stored.aliases : [];
  return (
    stored.kind === row.kind &&
    stored.name === row.name &&
    aliases.length === row.aliases.length &&
    aliases.every((alias, index) => alias === row.aliases[index]) &&
    (stored.province ?? null) === row.province &&
    (stored.city ?? null) === row.city &&
    (stored.description ?? null) === row.description &&
    stored.properties === row.properties &&
    stored.sources === row.sources
  );
}

function sameRelatesRow(stored: Readonly<Record<string, unknown>>, row: RelatesRow): boolean {
  return (
    stored.fromId === row.from &&
    stored.toId === row.to &&
    stored.type === row.type &&
    stored.properties === row.properties &&
    stored.sources === row.sources
  );
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
    await transactions.write(async (run) => {
      await requireEnds(run, rows, new Set());
      await writeRelatesRows(run, rows, () => undefined);
    });
  }

  async function upsertGraph(batch: GraphBatch, options: UpsertGraphOptions = {}): Promise<void> {
    assertOpen();
    const onProgress = options.onProgress ?? noProgress;
    // Everything is validated before the transaction starts, so a bad record costs no rollback.
    const nodeRows = lastWinsById(batch.nodes.map(toEntityRow));
    const relatesRows = lastWinsById(batch.relationships.map(toRelatesRow));
    if (nodeRows.length === 0 && relatesRows.length === 0) return;
    await transactions.write(async (run) => {
      await requireEnds(run, relatesRows, new Set(nodeRows.map((row) => row.id)));
      await writeEntityRows(run, nodeRows, phaseCounter(onProgress, 'nodes', nodeRows.length));
      await writeRelatesRows(run, relatesRows, phaseCounter(onProgress, 'relationships', relatesRows.length));
    });
  }

  async function replaceRelationships(fromId: string, type: RelationType, batch: GraphBatch): Promise<void> {
    assertOpen();
    const deleteQuery = deleteOutgoingRelatesQuery(fromId, type);
    const nodeRows = lastWinsById(batch.nodes.map(toEntityRow));
    const relatesRows = lastWinsById(batch.relationships.map(toRelatesRow));
    await transactions.write(async (run) => {
      await requireEnds(run, relatesRows, new Set(nodeRows.map((row) => row.id)));
      await run(deleteQuery);
      await writeEntityRows(run, nodeRows, () => undefined);
      await writeRelatesRows(run, relatesRows, () => undefined);
    });
  }

  async function deleteNodes(ids: readonly string[]): Promise<void> {
    assertOpen();
    const checked = unique(requireIds(ids, 'ids'));
    if (checked.length === 0) return;
    await transactions.write(async (run) => {
      for (const chunk of chunks(checked, BATCH_SIZE)) await run(deleteEntitiesQuery(chunk));
    });
  }

  /**
   * LadybugDB: one transaction. Stored rows are read first (nodes by id, relationships in one
   * scan, each only if its table is not empty), so each incoming row is new (copied), changed
   * (upserted) or unchanged (skipped).
   */
  function bulkLoadByCopy(
    bulkWrite: NonNullable<CypherTransactions['bulkWrite']>,
    nodeRows: readonly EntityRow[],
    relatesRows: readonly RelatesRow[],
    onProgress: GraphWriteProgress,
  ): Promise<BulkLoadResult> {
    return bulkWrite(async (run, copy) => {
      const nodes: BulkLoadCounts = { copied: 0, upserted: 0, unchanged: 0 };
      const relationships: BulkLoadCounts = { copied: 0, upserted: 0, unchanged: 0 };
      const checked = phaseCounter(onProgress, 'check', nodeRows.length + relatesRows.length);

      await requireEnds(run, relatesRows, new Set(nodeRows.map((row) => row.id)));

      let newNodes: EntityRow[] = [];
      const changedNodes: EntityRow[] = [];
      const [nodeTotal] = await run(entityTotalQuery());
      if (toCount(nodeTotal?.total ?? 0) === 0) {
        newNodes = [...nodeRows];
        checked(nodeRows.length);
      } else {
        for (const chunk of chunks(nodeRows, LOOKUP_BATCH_SIZE)) {
          const stored = new Map<string, Row>();
          for (const row of await run(entitiesByIdQuery(chunk.map((r) => r.id)))) stored.set(String(row.id), row);
          for (const row of chunk) {
            const existing = stored.get(row.id);
            if (!existing) newNodes.push(row);
            else if (sameEntityRow(existing, row)) nodes.unchanged += 1;
            else changedNodes.push(row);
          }
          checked(chunk.length);
        }
      }

      let newRelates: RelatesRow[] = [];
      const changedRelates: RelatesRow[] = [];
      const [relatesTotal] = await run(relationshipTotalQuery());
      if (toCount(relatesTotal?.total ?? 0) === 0) {
        newRelates = [...relatesRows];
      } else {
        const stored = new Map<string, Row>();
        for (const row of await run(allRelatesQuery())) stored.set(String(row.id), row);
        for (const row of relatesRows) {
          const existing = stored.get(row.id);
          if (!existing) newRelates.push(row);
          else if (sameRelatesRow(existing, row)) relationships.unchanged += 1;
          else changedRelates.push(row);
        }
      }
      checked(relatesRows.length);

      const nodesDone = phaseCounter(onProgress, 'nodes', nodeRows.length);
      nodesDone(nodes.unchanged);
      await writeEntityRows(run, changedNodes, nodesDone);
      nodes.upserted += changedNodes.length;
      for (const chunk of chunks(newNodes, COPY_ENTITY_BATCH_SIZE)) {
        const written = await copy.entities(chunk);
        nodes.copied += written.copied;
        nodes.upserted += written.upserted;
        nodesDone(chunk.length);
      }

      const relatesDone = phaseCounter(onProgress, 'relationships', relatesRows.length);
      relatesDone(relationships.unchanged);
      await writeRelatesRows(run, changedRelates, relatesDone);
      relationships.upserted += changedRelates.length;
      for (const chunk of chunks(newRelates, COPY_RELATES_BATCH_SIZE)) {
        const written = await copy.relates(chunk);
        relationships.copied += written.copied;
        relationships.upserted += written.upserted;
        relatesDone(chunk.length);
      }
      return { method: 'copy', nodes, relationships };
    });
  }

  /** Neo4j: ends checked first, then MERGE in transactions of MERGE_TRANSACTION_SIZE records. */
  async function bulkLoadByMerge(
    nodeRows: readonly EntityRow[],
    relatesRows: readonly RelatesRow[],
    onProgress: GraphWriteProgress,
  ): Promise<BulkLoadResult> {
    const checked = phaseCounter(onProgress, 'check', relatesRows.length);
    await transactions.read((run) => requireEnds(run, relatesRows, new Set(nodeRows.map((row) => row.id))));
    checked(relatesRows.length);
    const nodesDone = phaseCounter(onProgress, 'nodes', nodeRows.length);
    for (const batch of chunks(nodeRows, MERGE_TRANSACTION_SIZE)) {
      await transactions.write((run) => writeEntityRows(run, batch, () => undefined));
      nodesDone(batch.length);
    }
    const relatesDone = phaseCounter(onProgress, 'relationships', relatesRows.length);
    for (const batch of chunks(relatesRows, MERGE_TRANSACTION_SIZE)) {
      await transactions.write((run) => writeRelatesRows(run, batch, () => undefined));
      relatesDone(batch.length);
    }
    return {
      method: 'merge',
      nodes: { copied: 0, upserted: nodeRows.length, unchanged: 0 },
      relationships: { copied: 0, upserted: relatesRows.length, unchanged: 0 },
    };
  }

  async function bulkLoad(input: BulkLoadInput): Promise<BulkLoadResult> {
    assertOpen();
    const onProgress = input.onProgress ?? noProgress;
    const nodeRows = lastWinsById(input.nodes.map(toEntityRow));
    const relatesRows = lastWinsById(input.relationships.map(toRelatesRow));
    if (nodeRows.length === 0 && relatesRows.length === 0) {
      const none = { copied: 0, upserted: 0, unchanged: 0 };
      return { method: transactions.bulkWrite ? 'copy' : 'merge', nodes: { ...none }, relationships: { ...none } };
    }
    return transactions.bulkWrite
      ? bulkLoadByCopy(transactions.bulkWrite.bind(transactions), nodeRows, relatesRows, onProgress)
      : bulkLoadByMerge(nodeRows, relatesRows, onProgress);
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
    const queries = relationshipsQueries(filter);
    if (filter.nodeIds.length === 0 || filter.types?.length === 0) return [];
    return transactions.read(async (run) => {
      const rows: Row[] = [];
      // One by one: spreading a hub's 100k+ rows into push() overflows the call stack.
      for (const query of queries) for (const row of await run(query)) rows.push(row);
      return relationshipsById(rows);
    });
  }

  async function findRelationships(filter: FindRelationshipsFilter): Promise<GraphRelationship[]> {
    assertOpen();
    const query = findRelatesQuery(filter);
    if (filter.first === 0 || filter.types?.length === 0) return [];
    const rows = await transactions.read((run) => run(query));
    return rows.map(fromRelatesRow);
  }

  async function countNodes(filter: NodeFilter): Promise<number> {
    assertOpen();
    const query = countEntitiesQuery(filter);
    if (filter.kinds?.length === 0) return 0;
    const [row] = await transactions.read((run) => run(query));
    return toCount(row?.total ?? 0);
  }

  async function shortestPaths(from: string, to: string, options: ShortestPathsOptions): Promise<GraphPath[]> {
    assertOpen();
    return transactions.read(prepareShortestPaths(dialect, from, to, options));
  }

  async function neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph> {
    assertOpen();
    const centreId = requireId(id, 'id');
    // Checked first so a bad depth, limit or type fails before any query runs.
    const depth = requireDepth(options.depth);
    const limit = requireCount(options.limit, 'limit');
    const types = options.relationTypes === undefined ? undefined : requireRelationTypes(options.relationTypes);
    return transactions.read(async (run) => {
      const [centreRow] = await run(entitiesByIdQuery([centreId]));
      if (!centreRow) return { nodes: [], relationships: [] };
      const centre = fromEntityRow(centreRow);
      // Ring by ring, nearest first and by id within a ring, until `limit` nodes or `depth` rings.
      const neighborIds: string[] = [];
      const seen = new Set([centreId]);
      let frontier = [centreId];
      for (let level = 1; level <= depth && neighborIds.length < limit && types?.length !== 0; level++) {
        const query = neighborLevelQuery({
          frontier,
          seen: [...seen],
          limit: limit - neighborIds.length,
          relationTypes: types,
        });
        frontier = (await run(query)).map((row) => String(row.id));
        if (frontier.length === 0) break;
        for (const neighborId of frontier) seen.add(neighborId);
        neighborIds.push(...frontier);
      }
      const byId = await fetchNodesById(run, neighborIds);
      const nodes = [centre, ...neighborIds.flatMap((neighborId) => byId.get(neighborId) ?? [])];
      const relationships =
        types?.length === 0
          ? []
          : relationshipsById(
              await run(
                relationshipsAmongQuery(
                  nodes.map((node) => node.id),
                  types,
                ),
              ),
            );
      return { nodes, relationships };
    });
  }

  async function countsByProvince(): Promise<ProvinceKindCount[]> {
    assertOpen();
    const rows = await transactions.read((run) => run(entityCountsByProvinceQuery()));
    return rows.flatMap((row) =>
      isEntityKind(row.kind)
        ? [
            {
              province: typeof row.province === 'string' ? row.province : null,
              kind: row.kind,
              total: toCount(row.total),
            },
          ]
        : [],
    );
  }

  async function degrees(ids?: readonly string[]): Promise<Map<string, number>> {
    assertOpen();
    const wanted = ids === undefined ? undefined : unique(requireIds(ids, 'ids'));
    const result = new Map((wanted ?? []).map((id) => [id, 0]));
    if (wanted?.length === 0) return result;
    const rows = await transactions.read((run) => run(degreesQuery(wanted)));
    for (const row of rows) result.set(String(row.id), toCount(row.degree));
    return result;
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

  async function scanGraph(visit: GraphShapeVisitor): Promise<void> {
    assertOpen();
    const node = ([id, kind]: readonly string[]) => {
      if (id !== undefined && kind !== undefined && isEntityKind(kind)) visit.node(id, kind);
    };
    const link = ([from, to, type, id]: readonly string[]) => {
      if (from !== undefined && to !== undefined && id !== undefined && type !== undefined && isRelationType(type)) {
        visit.link({ id, from, to, type });
      }
    };
    if (transactions.exportRows) {
      await transactions.exportRows(graphShapeQueries().nodes, node);
      await transactions.exportRows(graphShapeQueries().links, link);
      return;
    }
    let afterId: string | undefined;
    for (;;) {
      const ids = await transactions.read(async (run) => {
        const rows = await run(nodeKindsPageQuery(SCAN_PAGE_SIZE, afterId));
        for (const row of rows) node([String(row.id), String(row.kind)]);
        const page = rows.map((row) => String(row.id));
        if (page.length > 0) {
          for (const row of await run(linksFromQuery(page)))
            link([String(row.fromId), String(row.toId), String(row.type), String(row.id)]);
        }
        return page;
      });
      if (ids.length < SCAN_PAGE_SIZE) return;
      afterId = ids[ids.length - 1];
    }
  }

  const conditional = createConditionalWrites(dialect, transactions);
  const locks = createStoreLocks(dialect, transactions);

  return {
    backend,
    async ensureSchema() {
      assertOpen();
      await transactions.ensureSchema(storeSchemaStatements(dialect));
    },
    upsertNodes,
    upsertRelationships,
    getNodes,
    findNodes,
    countNodes,
    getRelationships,
    findRelationships,
    upsertGraph,
    replaceRelationships,
    deleteNodes,
    replaceRelationshipsIf(expected, fromId, type, batch) {
      assertOpen();
      return conditional.replaceRelationshipsIf(expected, fromId, type, batch);
    },
    deleteNodeIf(expected) {
      assertOpen();
      return conditional.deleteNodeIf(expected);
    },
    withLock: (key, work, options) => locks.withLock(key, work, options),
    async deleteRelationships(ids) {
      assertOpen();
      return deleteRelationshipsById(transactions, ids);
    },
    bulkLoad,
    neighborhood,
    shortestPaths,
    scanGraph,
    counts,
    degrees,
    countsByProvince,
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
