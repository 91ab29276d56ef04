import DataLoader from 'dataloader';
import type { GraphNode, GraphRelationship, Link, TraversableGraphStore } from '@icg/graph';
import type { IndexSync, ScopedIndexes, SearchIndex } from '@icg/search-indexer';
import { countRead, createReadTally, type ReadTally } from './plugins/read-tally.ts';
import type { DecisionLog } from './schema/review/decision-log.ts';
import type { ReviewQueue } from './schema/review/review-queue.ts';

/** What curator mutations need; without it every mutation answers UNAUTHENTICATED. */
export interface CurationDependencies {
  /** Hashed curator tokens, DATA_DIR/curators.json (see auth/curator-tokens.ts). */
  curatorTokensFile: string;
  /** Graph writes are handed to it; it alone writes curated changes to the search index. */
  indexSync: IndexSync;
  /** Curators' entity and relationship writes, DATA_DIR/curator-edits.jsonl, replayed after the seeds on start. */
  curatorEditsFile: string;
  /** The review queue and the log of curators' decisions and proposals (docs/decisions/review.md). */
  review: ReviewDependencies;
}

export interface ReviewDependencies {
  queue: ReviewQueue;
  decisions: DecisionLog;
}

export interface ServiceDependencies {
  graph: TraversableGraphStore;
  /** The index of every kind. */
  searchIndex: SearchIndex;
  /**
   * The public indexes by scope (`all` is `searchIndex`); without them only scope ALL can be searched, and a
   * scoped search answers SEARCH_UNAVAILABLE.
   */
  searchIndexes?: ScopedIndexes;
  curation?: CurationDependencies;
}

/** What a request brings besides its operation. */
export interface RequestInfo {
  /** The `Authorization` header, checked only when a mutation asks for a curator. */
  authorization?: string | null;
  /** Records the request's loaders may read. @default API_LIMITS.recordsRead */
  maxRecordsRead?: number;
}

export interface RequestContext extends ServiceDependencies {
  authorization: string | null;
  /** What the loaders below have read; past its maximum they fail with LIMIT_EXCEEDED. */
  reads: ReadTally;
  loaders: {
    node: DataLoader<string, GraphNode | null>;
    /** Every relationship touching a node, both directions; resolvers pick type and side. */
    relationships: DataLoader<string, GraphRelationship[]>;
    /** A traversed relationship's properties and sources, read only when a query asks for them. */
    relationshipRecord: DataLoader<Link, GraphRelationship | null, string>;
  };
}

/**
 * One context per request, with its own DataLoaders: a page of entities and their
 * relationships costs a fixed number of store calls, and nothing is cached across requests.
 */
export function createRequestContext(deps: ServiceDependencies, request: RequestInfo = {}): RequestContext {
  const { graph } = deps;
  const reads = createReadTally(request.maxRecordsRead);
  return {
    ...deps,
    authorization: request.authorization ?? null,
    reads,
    loaders: {
      node: new DataLoader(
        async (ids) => {
          // Once past the maximum, no further read is started.
          countRead(reads, 0);
          const nodes = await graph.getNodes(ids);
          countRead(reads, ids.length);
          return nodes;
        },
        { maxBatchSize: 500 },
      ),
      relationships: new DataLoader(
        async (ids) => {
          countRead(reads, 0);
          const rels = await graph.getRelationships({ nodeIds: ids, direction: 'both' });
          countRead(reads, rels.length);
          const byNode = new Map<string, GraphRelationship[]>(ids.map((id) => [id, []]));
          for (const rel of rels) {
            byNode.get(rel.from)?.push(rel);
            if (rel.to !== rel.from) byNode.get(rel.to)?.push(rel);
          }
          return ids.map((id) => byNode.get(id) ?? []);
        },
        { maxBatchSize: 500 },
      ),
      relationshipRecord: new DataLoader(
        async (links) => {
          countRead(reads, 0);
          const records = await graph.readRelationships(links);
          countRead(reads, links.length);
          return records;
        },
        {
          maxBatchSize: 500,
          cacheKeyFn: (link) => link.id,
        },
      ),
    },
  };
}
