import type { GraphNode, GraphStore } from '@icg/graph';

/** Every node of the store, page by page in id order. */
export async function allNodes(store: GraphStore): Promise<GraphNode[]> {
  const nodes: GraphNode[] = [];
  let afterId: string | undefined;
  for (;;) {
    const page = await store.findNodes(afterId === undefined ? { first: 500 } : { first: 500, afterId });
    nodes.push(...page);
    if (page.length < 500) return nodes;
    afterId = page[page.length - 1]!.id;
  }
}
