import { RELATION_TYPES, type GraphNode, type RelationType } from '@icg/graph';

/** What a clause needs of a hop: its relationship's type and which way it was walked. */
export interface WalkedHop {
  relationship: { type: RelationType };
  direction: 'out' | 'in';
}

/**
 * Types whose verb reads naturally in the passive, so a hop walked against the stored direction
 * can keep the walking order: 大生纱厂 由 张謇 创办. Any other such hop is told in the stored
 * direction (大生纱厂旧址 曾作为 大生纱厂), since 由 X 位于 or 由 X 曾作为 is not Chinese.
 */
const PASSIVE_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  'FOUNDED',
  'CO_FOUNDED',
  'MANAGES',
  'EXHIBITS',
  'COMMEMORATES',
  'PRODUCES',
  'STUDIED',
  'LEADS',
  'ABOUT',
  'MENTIONS',
]);

/**
 * One clause for one relationship. A verb written with an ellipsis (由…运营) takes the object in
 * its place: X 由 Y 运营; walked backwards it turns active: Y 运营 X.
 */
export function explainHop(start: GraphNode, end: GraphNode, hop: WalkedHop): string {
  const { type } = hop.relationship;
  const verb: string = RELATION_TYPES[type].zh;
  const [subject, object] = hop.direction === 'out' ? [start, end] : [end, start];
  const [before, after] = verb.split('…');
  if (after !== undefined) {
    if (hop.direction === 'in' && before === '由') return `${start.name} ${after} ${end.name}`;
    return `${subject.name} ${before} ${object.name} ${after}`;
  }
  if (hop.direction === 'in' && PASSIVE_TYPES.has(type)) return `${start.name} 由 ${end.name} ${verb}`;
  return `${subject.name} ${verb} ${object.name}`;
}

/** The clauses of every hop, in walking order, as one sentence. */
export function explainPath(nodes: readonly GraphNode[], hops: readonly WalkedHop[]): string {
  const clauses = hops.map((hop, index) => explainHop(nodes[index]!, nodes[index + 1]!, hop));
  return `${clauses.join('；')}。`;
}
