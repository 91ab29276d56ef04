/**
 * Relationship types with their direction and meaning. Like kinds, a type is stored as a
 * property value of one relationship table, so this list is the allow-list for writes and filters.
 */
export const RELATION_TYPES = {
  FOUNDED: { zh: '创办', direction: 'Entrepreneur → Enterprise' },
  CO_FOUNDED: { zh: '共同创办', direction: 'Entrepreneur → Enterprise' },
  LED: { zh: '曾领导', direction: 'Entrepreneur → Enterprise' },
  HEADS: { zh: '现任负责人', direction: 'Person → Enterprise or Museum (董事长, 法人, 馆长 today)' },
  WORKED_AT: { zh: '任职于', direction: 'Person → Enterprise' },
  FORMERLY_OF: { zh: '旧址属于', direction: 'HeritageSite → Enterprise (the works it was)' },
  OPERATED_AS: { zh: '曾作为', direction: 'HeritageSite → Enterprise (the enterprise that ran it)' },
  OPERATED_BY: { zh: '由…运营', direction: 'Site, Museum or Project → Enterprise' },
  OWNED_BY: { zh: '隶属', direction: 'Entity → Enterprise' },
  MANAGES: { zh: '管理', direction: 'Enterprise → Site' },
  CONVERTED_TO: { zh: '改造为', direction: 'HeritageSite → TourismSite or park' },
  FORMERLY_NAMED: { zh: '曾用名', direction: 'Enterprise → former-name record, with from/to years' },
  SUCCEEDED_BY: { zh: '由…承继', direction: 'Enterprise → its successor' },
  MERGED_INTO: { zh: '并入', direction: 'Enterprise → Enterprise' },
  PRACTICES: { zh: '传承技艺', direction: 'Craftsman or Enterprise → Technique' },
  INHERITS: { zh: '继承', direction: 'Craftsman → Technique or Craftsman' },
  APPRENTICE_OF: { zh: '师从', direction: 'Craftsman → master Craftsman' },
  PRODUCES: { zh: '生产', direction: 'Enterprise → Technique or product' },
  PROTECTED_BY: { zh: '保护单位', direction: 'Technique → safeguarding unit' },
  SUBITEM_OF: { zh: '子项', direction: 'Technique → parent Technique' },
  EXHIBITS: { zh: '展示', direction: 'Museum → Entity' },
  HOUSED_IN: { zh: '坐落于', direction: 'Museum → HeritageSite' },
  HAS_GALLERY: { zh: '设有展馆', direction: 'Museum → Museum' },
  COMMEMORATES: { zh: '纪念', direction: 'Museum → Entrepreneur' },
  LOCATED_IN: { zh: '位于', direction: 'Entity → Place' },
  LOCATED_AT: { zh: '位于（场所）', direction: 'Entity → Site' },
  ORIGINATED_IN: { zh: '起源于', direction: 'Technique → Place' },
  ACTIVE_IN: { zh: '活跃于', direction: 'Person → Place' },
  SET_IN: { zh: '发生于', direction: 'Story → Place' },
  ABOUT: { zh: '讲述', direction: 'Story → Entity' },
  MENTIONS: { zh: '提及', direction: 'Story or PolicyTask → Entity' },
  AWARDED: { zh: '获得', direction: 'Person or Enterprise → Award' },
  DESIGNATED_AS: { zh: '被认定为', direction: 'Entity → Award or list, with batch, 文号 and date' },
  ISSUED_BY: { zh: '印发单位', direction: 'PolicyDocument → Department' },
  IMPLEMENTS: { zh: '贯彻落实', direction: 'PolicyDocument → PolicyDocument' },
  PART_OF: { zh: '属于', direction: 'PolicyTask → PolicySection → PolicyDocument; Place → Place' },
  LEADS: { zh: '牵头', direction: 'Department → PolicyTask' },
  PARTICIPATES_IN: { zh: '参与', direction: 'Department → PolicyTask' },
  RESPONSIBLE_PER_DUTY: { zh: '按职责分工负责', direction: 'Department → PolicyTask' },
  JOINTLY_RESPONSIBLE: { zh: '共同负责', direction: 'Department → PolicyTask' },
  HAS_TARGET: { zh: '量化目标', direction: 'PolicyTask → Target' },
  ADDRESSES: { zh: '涉及主题', direction: 'PolicyTask → Theme' },
  SIMILAR_TO: { zh: '相似', direction: 'PolicyTask → PolicyTask, with a score' },
  COLLABORATED_WITH: { zh: '合作', direction: 'Person → Person' },
  SIBLING_OF: { zh: '兄弟姐妹', direction: 'Person → Person' },
  CHILD_OF: { zh: '子女', direction: 'Person → Person' },
  GROUPED_WITH: { zh: '同组', direction: 'Entity → Entity' },
  DEMONSTRATES_AT: { zh: '展演于', direction: 'Craftsman → Site' },
  STUDIED: { zh: '研究', direction: 'Person → Technique' },
  USES_BYPRODUCT_OF: { zh: '利用副产品', direction: 'Enterprise → Enterprise' },
  REUSES: { zh: '活化利用', direction: 'Project → the heritage site or works it reuses' },
  SERVES: { zh: '服务于', direction: 'Project → the site, enterprise, technique or place it serves' },
  RESULTED_IN: { zh: '形成', direction: 'Project → the park, museum or base it created' },
  ANSWERS: { zh: '落实', direction: 'Project → the PolicyTask or Target it answers' },
  INCLUDES: { zh: '包含', direction: 'Narrative → Entity, with order, note and caption' },
} as const satisfies Record<string, { zh: string; direction: string }>;

export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

const typeSet: ReadonlySet<string> = new Set(RELATION_TYPE_NAMES);

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && typeSet.has(value);
}
