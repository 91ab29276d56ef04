/**
 * What the explorer shows: entities and relationships gathered from several neighbourhood and
 * path queries, merged in the order they were asked, so the same questions give the same scene.
 */
export interface SceneNode {
  id: string;
  name: string;
  kind: string;
}

export interface SceneSource {
  document: string | null;
  locator: string | null;
  url: string | null;
}

export interface SceneEdge {
  id: string;
  type: string;
  typeLabel: string;
  from: string;
  to: string;
  sources: SceneSource[];
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}

export const EMPTY_SCENE: Scene = { nodes: [], edges: [] };

/** The shape the API returns for a subgraph or a path: relationship ends as nested entities. */
export interface FetchedGraph {
  nodes: readonly SceneNode[];
  edges: readonly {
    id: string;
    type: string;
    typeLabel: string;
    from: { id: string };
    to: { id: string };
    sources?: readonly SceneSource[];
  }[];
}

/** Adds what is new in `graph` at the end, keeping the first copy of anything seen twice. */
export function mergeIntoScene(scene: Scene, graph: FetchedGraph): Scene {
  const nodeIds = new Set(scene.nodes.map((node) => node.id));
  const edgeIds = new Set(scene.edges.map((edge) => edge.id));
  const nodes = [...scene.nodes];
  const edges = [...scene.edges];
  for (const node of graph.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    nodes.push({ id: node.id, name: node.name, kind: node.kind });
  }
  for (const edge of graph.edges) {
    if (edgeIds.has(edge.id)) continue;
    edgeIds.add(edge.id);
    edges.push({
      id: edge.id,
      type: edge.type,
      typeLabel: edge.typeLabel,
      from: edge.from.id,
      to: edge.to.id,
      sources: (edge.sources ?? []).map(({ document, locator, url }) => ({ document, locator, url })),
    });
  }
  return { nodes, edges };
}

export interface SceneFilter {
  /** Relation types kept; empty keeps every type. */
  types: readonly string[];
  /** Entities the reader hid. */
  hidden: readonly string[];
  /** Where reachability starts: the focus and the ends of the chosen path. */
  roots: readonly string[];
  /** Relationships shown whatever the type filter says: the chosen path's. */
  pinnedEdges: readonly string[];
}

/**
 * The part of the scene the reader sees: relationships of the kept types (or pinned), between
 * entities not hidden, and the entities reachable from a root through them. An entity that was
 * reached only through a filtered-out relationship would float unconnected, so it goes too.
 */
export function visibleScene(scene: Scene, filter: SceneFilter): Scene {
  const hidden = new Set(filter.hidden);
  const kept = new Set(filter.types);
  const pinned = new Set(filter.pinnedEdges);
  const nodeIds = new Set(scene.nodes.map((node) => node.id));
  const edges = scene.edges.filter(
    (edge) =>
      (pinned.has(edge.id) || kept.size === 0 || kept.has(edge.type)) &&
      !hidden.has(edge.from) &&
      !hidden.has(edge.to) &&
      nodeIds.has(edge.from) &&
      nodeIds.has(edge.to),
  );
  const adjacent = new Map<string, string[]>();
  for (const edge of edges) {
    adjacent.set(edge.from, [...(adjacent.get(edge.from) ?? []), edge.to]);
    adjacent.set(edge.to, [...(adjacent.get(edge.to) ?? []), edge.from]);
  }
  const reached = new Set<string>();
  const queue = filter.roots.filter((id) => nodeIds.has(id) && !hidden.has(id));
  for (const id of queue) reached.add(id);
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const next of adjacent.get(id) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  return {
    nodes: scene.nodes.filter((node) => reached.has(node.id)),
    edges: edges.filter((edge) => reached.has(edge.from) && reached.has(edge.to)),
  };
}

/** Relation types in the scene, in order of first appearance, with their Chinese verb. */
export function sceneRelationTypes(scene: Scene): { type: string; typeLabel: string; count: number }[] {
  const byType = new Map<string, { type: string; typeLabel: string; count: number }>();
  for (const edge of scene.edges) {
    const entry = byType.get(edge.type);
    if (entry) entry.count += 1;
    else byType.set(edge.type, { type: edge.type, typeLabel: edge.typeLabel, count: 1 });
  }
  return [...byType.values()];
}
