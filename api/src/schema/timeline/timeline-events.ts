import {
  designationsOf,
  formerNamesOf,
  RELATION_TYPES,
  type GraphNode,
  type GraphRelationship,
  type RelationType,
  type Source,
} from '@icg/graph';

export type TimelineEventKind = 'FOUNDED' | 'LISTED' | 'AWARDED' | 'SIGNED' | 'PUBLISHED' | 'OTHER';

export interface TimelineEvent {
  year: number;
  /** ISO date (or year-month) when the source is more precise than the year. */
  date: string | null;
  kind: TimelineEventKind;
  /** A Chinese sentence: 1895年 张謇 创办 大生纱厂. */
  label: string;
  entity: GraphNode;
  related: GraphNode | null;
  sources: Source[];
  /** Its place in the whole filtered timeline, once a page has been cut from it (see eventPage). */
  position?: number;
}

/** Relationship types whose `year` (or `since`, `date`) dates an event, and the event's kind. */
export const DATED_RELATION_KINDS: Partial<Record<RelationType, TimelineEventKind>> = {
  FOUNDED: 'FOUNDED',
  CO_FOUNDED: 'FOUNDED',
  AWARDED: 'AWARDED',
  DESIGNATED_AS: 'LISTED',
  MERGED_INTO: 'OTHER',
  SUCCEEDED_BY: 'OTHER',
  APPRENTICE_OF: 'OTHER',
  WORKED_AT: 'OTHER',
};
export const DATED_RELATION_TYPES = Object.keys(DATED_RELATION_KINDS) as RelationType[];

/** Node properties holding a year (or an ISO date) of a state change, with the verb for the label. */
const DATED_PROPERTIES: readonly { key: string; kind: TimelineEventKind; verb: (node: GraphNode) => string }[] = [
  // A heritage site's founding year is its factory's: the site itself was first built then.
  { key: 'founded_year', kind: 'FOUNDED', verb: (n) => (n.kind === 'HeritageSite' ? '始建' : '创办') },
  { key: 'built_year', kind: 'OTHER', verb: () => '建成' },
  { key: 'opened', kind: 'OTHER', verb: (n) => (n.kind === 'Museum' ? '开馆' : '建成开放') },
  { key: 'opened_year', kind: 'OTHER', verb: (n) => (n.kind === 'Museum' ? '开馆' : '建成开放') },
  { key: 'rebuilt_year', kind: 'OTHER', verb: () => '重建' },
  { key: 'closed_year', kind: 'OTHER', verb: () => '停产关闭' },
  { key: 'birth_year', kind: 'OTHER', verb: () => '出生' },
  { key: 'death_year', kind: 'OTHER', verb: () => '逝世' },
];

const YEAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** A year and, when the value is an ISO date, the date: 1968-12-29 → 1968 and '1968-12-29'. */
function yearOf(value: unknown): { year: number; date: string | null } | null {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 10_000) {
    return { year: value, date: null };
  }
  if (typeof value === 'string') {
    const match = YEAR.exec(value);
    if (match?.[1]) return { year: Number(match[1]), date: match[2] ? match[0] : null };
  }
  return null;
}

/** 2021-12-08 → 2021年12月8日; a bare year → 2021年. */
function when(year: number, date: string | null): string {
  const match = date ? /^\d{4}-(\d{2})(?:-(\d{2}))?/.exec(date) : null;
  if (!match?.[1]) return `${year}年`;
  return `${year}年${Number(match[1])}月${match[2] ? `${Number(match[2])}日` : ''}`;
}

const BATCH_DIGITS = '〇一二三四五六七八九十';
function batchName(batch: number): string {
  if (batch === 1) return '第一批';
  if (batch <= 10) return `第${BATCH_DIGITS[batch]}批`;
  if (batch < 20) return `第十${BATCH_DIGITS[batch - 10]}批`;
  return `第${batch}批`;
}

function nodeEvents(node: GraphNode, foundedByRelationship: ReadonlySet<string>): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const base = { entity: node, related: null, sources: node.sources };
  const seen = new Set<string>();

  for (const { key, kind, verb } of DATED_PROPERTIES) {
    const at = yearOf(node.properties[key]);
    if (!at) continue;
    // A FOUNDED relationship of the same year says who founded it: that event replaces this one.
    if (key === 'founded_year' && foundedByRelationship.has(`${node.id}|${at.year}`)) continue;
    const label = `${when(at.year, at.date)} ${node.name} ${verb(node)}`;
    // `opened` and `opened_year` often say the same thing.
    const dedupe = `${verb(node)}|${at.year}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    events.push({ ...base, year: at.year, date: at.date, kind, label });
  }

  if (node.kind === 'Story') {
    const at = yearOf(node.properties['year']);
    if (at) events.push({ ...base, year: at.year, date: null, kind: 'OTHER', label: `${at.year}年 ${node.name}` });
  }

  if (node.kind === 'PolicyDocument') {
    const signed = yearOf(node.properties['signedOn']);
    if (signed) {
      const label = `${when(signed.year, signed.date)} 《${node.name}》 签署`;
      events.push({ ...base, year: signed.year, date: signed.date, kind: 'SIGNED', label });
    }
    const published = yearOf(node.properties['publishedOn']);
    if (published) {
      const label = `${when(published.year, published.date)} 《${node.name}》 印发`;
      events.push({ ...base, year: published.year, date: published.date, kind: 'PUBLISHED', label });
    }
    const start = yearOf(node.properties['startYear']);
    const period = typeof node.properties['period'] === 'string' ? `（${node.properties['period']}）` : '';
    if (start) {
      const label = `${start.year}年 《${node.name}》 实施期开始${period}`;
      events.push({ ...base, year: start.year, date: null, kind: 'OTHER', label });
    }
  }

  const listed = new Set<string>();
  for (const designation of designationsOf(node)) {
    const at = yearOf(designation.date ?? designation.year) ?? yearOf(designation.year);
    if (!at) continue;
    const year = designation.year ?? at.year;
    const batch = designation.batch ? batchName(designation.batch) : '';
    const subject = designation.part ?? node.name;
    const label = `${when(year, at.date)} ${subject} 列入${batch}${designation.list}`;
    if (listed.has(label)) continue;
    listed.add(label);
    events.push({ ...base, year, date: at.date, kind: 'LISTED', label });
  }

  // Curated titles carry their year in brackets: 中国工艺美术大师（1993）.
  const titles = node.properties['titles'];
  for (const title of Array.isArray(titles) ? titles : []) {
    const match = typeof title === 'string' ? /^(.+?)[（(](\d{4})[)）]$/.exec(title) : null;
    if (!match?.[1] || !match[2]) continue;
    const year = Number(match[2]);
    events.push({ ...base, year, date: null, kind: 'AWARDED', label: `${year}年 ${node.name} 获评${match[1]}` });
  }

  // A former name's `to` is the year it stopped being used: the year of the rename.
  for (const former of formerNamesOf(node)) {
    if (former.to === undefined) continue;
    const label = `${former.to}年 ${former.name} 更名（今${node.name}）`;
    const sources = former.source ? [former.source] : node.sources;
    events.push({ ...base, sources, year: former.to, date: null, kind: 'OTHER', label });
  }
  return events;
}

function relationshipEvent(rel: GraphRelationship, nodes: ReadonlyMap<string, GraphNode>): TimelineEvent | null {
  const kind = DATED_RELATION_KINDS[rel.type];
  const from = nodes.get(rel.from);
  const to = nodes.get(rel.to);
  if (!kind || !from || !to) return null;
  const at = yearOf(rel.properties['date'] ?? rel.properties['year'] ?? rel.properties['since']);
  if (!at) return null;
  const year = yearOf(rel.properties['year'])?.year ?? at.year;
  const prefix = when(year, at.date);
  const base = { year, date: at.date, kind, sources: rel.sources };
  if (rel.type === 'FOUNDED' || rel.type === 'CO_FOUNDED') {
    // The founded organisation is the event's subject; the founder is related. Named as at founding.
    const originalName = rel.properties['original_name'];
    const name = typeof originalName === 'string' ? originalName : to.name;
    return {
      ...base,
      entity: to,
      related: from,
      label: `${prefix} ${from.name} ${RELATION_TYPES[rel.type].zh} ${name}`,
    };
  }
  if (rel.type === 'SUCCEEDED_BY') {
    return { ...base, entity: from, related: to, label: `${prefix} ${from.name} 由 ${to.name} 承继` };
  }
  const verb = rel.type === 'WORKED_AT' ? '进入' : RELATION_TYPES[rel.type].zh;
  return { ...base, entity: from, related: to, label: `${prefix} ${from.name} ${verb} ${to.name}` };
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    a.year - b.year ||
    (a.date ?? '').localeCompare(b.date ?? '') ||
    a.entity.id.localeCompare(b.entity.id) ||
    a.label.localeCompare(b.label)
  );
}

/**
 * Every dated event the nodes and relationships state, oldest first. Sources of events:
 * node years (founded, built, opened, rebuilt, closed, born, died), a story's year, policy
 * dates (signed, published, start of the plan period), designations with a year, curated
 * titles with a year, renames (a former name's `to`), and relationships with a year
 * (FOUNDED, CO_FOUNDED, MERGED_INTO, SUCCEEDED_BY, APPRENTICE_OF, WORKED_AT `since`,
 * AWARDED, DESIGNATED_AS).
 */
export function timelineEvents(
  nodes: readonly GraphNode[],
  relationships: readonly GraphRelationship[],
): TimelineEvent[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const relEvents = relationships
    .map((rel) => relationshipEvent(rel, byId))
    .filter((e): e is TimelineEvent => e !== null);
  const foundedByRelationship = new Set(
    relEvents.filter((e) => e.kind === 'FOUNDED').map((e) => `${e.entity.id}|${e.year}`),
  );
  return [...nodes.flatMap((n) => nodeEvents(n, foundedByRelationship)), ...relEvents].sort(compareEvents);
}
