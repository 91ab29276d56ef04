import DataLoader from 'dataloader';
import type { GraphNode, GraphRelationship, GraphStore } from '@icg/graph';
import type { SearchIndex } from '@icg/search-indexer';

export interface ServiceDependencies {
  graph: GraphStore;
  searchIndex: SearchIndex;
}

export interface RequestContext extends ServiceDependencies {
  loaders: {
    node: DataLoader<string, GraphNode | null>;
    /** Every relationship touching a node, both directions; resolvers pick type and side. */
    relationships: DataLoader<string, GraphRelationship[]>;
  };
}

/**
 * One context per request, with its own DataLoaders: a page of entities and their
 * relationships costs a fixed number of store calls, and nothing is cached across requests.
 */
export function createRequestContext(deps: ServiceDependencies): RequestContext {
  const { graph } = deps;
  return {
    ...deps,
    loaders: {
      node: new DataLoader((ids) => graph.getNodes(ids), { maxBatchSize: 500 }),
      relationships: new DataLoader(
        async (ids) => {
          const rels = await graph.getRelationships({ nodeIds: ids, direction: 'both' });
          const byNode = new Map<string, GraphRelationship[]>(ids.map((id) => [id, []]));
          for (const rel of rels) {
            byNode.get(rel.from)?.push(rel);
            if (rel.to !== rel.from) byNode.get(rel.to)?.push(rel);
          }
          return ids.map((id) => byNode.get(id) ?? []);
        },
        { maxBatchSize: 500 },
      ),
    },
  };
}
