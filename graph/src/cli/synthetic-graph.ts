import { ENTITY_KINDS } from '../model/entity-kinds.ts';
import type { GraphNode, GraphRelationship, JsonValue } from '../model/graph-records.ts';
import { PROJECT_STATUSES, PROJECT_TYPES } from '../model/project.ts';

export interface SyntheticGraphOptions {
  nodes: number;
  relationships: number;
  /** Prefix of every id, so synthetic records never collide with real ones. @default 'synthetic' */
  prefix?: string;
}

/**
 * Simple, deterministic records for measuring loads: nodes of every kind with Chinese names, a
 * property and a source; relationships GROUPED_WITH between pseudo-random pairs (a fixed linear
 * congruence, so two runs give the same graph and a re-run is a true no-op).
 */
export function createSyntheticGraph({ nodes, relationships, prefix = 'synthetic' }: SyntheticGraphOptions): {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
} {
  const width = String(Math.max(nodes - 1, 0)).length;
  const nodeId = (index: number) => `${prefix}-node-${String(index).padStart(width, '0')}`;
  const kindOf = (index: number) => ENTITY_KINDS[index % ENTITY_KINDS.length]!;
  // A project must say what it is and where it stands; every other kind takes any property.
  const propertiesOf = (index: number): Record<string, JsonValue> =>
    kindOf(index) === 'Project'
      ? {
          projectType: PROJECT_TYPES[index % PROJECT_TYPES.length]!,
          status: PROJECT_STATUSES[index % PROJECT_STATUSES.length]!,
        }
      : { founded_year: 1850 + (index % 170) };
  const nodeList: GraphNode[] = Array.from({ length: nodes }, (_, index) => ({
    id: nodeId(index),
    kind: kindOf(index),
    name: `合成记录 ${index}`,
    aliases: index % 3 === 0 ? [`别名 ${index}`] : [],
    province: index % 2 === 0 ? '江苏' : '安徽',
    city: index % 5 === 0 ? null : '南京市',
    description: index % 7 === 0 ? null : `用于测量批量导入的合成记录 ${index}。`,
    properties: propertiesOf(index),
    sources: [{ document: '合成数据', locator: `第 ${index} 条`, takenAt: '2026-01-01' }],
  }));
  const relationshipList: GraphRelationship[] = [];
  if (nodes > 1) {
    for (let index = 0; index < relationships; index += 1) {
      const from = index % nodes;
      let to = (index * 7919 + 104_729) % nodes;
      if (to === from) to = (to + 1) % nodes;
      relationshipList.push({
        id: `${prefix}-rel-${index}`,
        type: 'GROUPED_WITH',
        from: nodeId(from),
        to: nodeId(to),
        properties: { weight: index % 10 },
        sources: [{ document: '合成数据' }],
      });
    }
  }
  return { nodes: nodeList, relationships: relationshipList };
}
