import type { GraphStore } from '../graph-store.ts';
import type { GraphNode, GraphRelationship } from '../model/graph-records.ts';
import { formatGbt7714References } from '../exchange/export/cite-gbt7714.ts';
import { SOURCE_QUALITY_LABELS_ZH, sourceQualityOf } from '../model/source-quality.ts';
import { VERIFICATION_STATUS_LABELS_ZH, verificationOf } from '../model/verification.ts';

/**
 * Finds a relationship by id. Default ids start with the `from` node's id (`from|TYPE|to`), so each
 * prefix before a `|` is tried as the from node first; otherwise every relationship is scanned.
 */
async function findRelationship(store: GraphStore, id: string): Promise<GraphRelationship | undefined> {
  const prefixes = [...id.matchAll(/\|/g)].map((match) => id.slice(0, match.index));
  for (const from of prefixes) {
    const found = (await store.getRelationships({ nodeIds: [from], direction: 'out' })).find((r) => r.id === id);
    if (found) return found;
  }
  for (let afterId: string | undefined; ;) {
    const page = await store.findRelationships({ first: 10_000, ...(afterId === undefined ? {} : { afterId }) });
    const found = page.find((relationship) => relationship.id === id);
    if (found) return found;
    if (page.length < 10_000) return undefined;
    afterId = page.at(-1)!.id;
  }
}

export interface Citations {
  record: { kind: 'node'; node: GraphNode } | { kind: 'relationship'; relationship: GraphRelationship };
  references: string[];
}

/** The GB/T 7714-2015 references for every source of a node or relationship; undefined if no such id. */
export async function citeRecord(store: GraphStore, id: string): Promise<Citations | undefined> {
  const [node] = await store.getNodes([id]);
  if (node) return { record: { kind: 'node', node }, references: formatGbt7714References(node.sources, node.kind) };
  const relationship = await findRelationship(store, id);
  if (relationship) {
    return {
      record: { kind: 'relationship', relationship },
      references: formatGbt7714References(relationship.sources),
    };
  }
  return undefined;
}

/**
 * The record, its verification status (who set it and when), then its references, each followed by its source's
 * class as a bracketed note outside the GB/T 7714 entry, as the narratives' exports print it.
 */
export function formatCitations({ record, references }: Citations): string {
  const fact = record.kind === 'node' ? record.node : record.relationship;
  const title =
    record.kind === 'node'
      ? `${record.node.name} (${record.node.kind}, ${record.node.id})`
      : `${record.relationship.from} -[${record.relationship.type}]-> ${record.relationship.to} (${record.relationship.id})`;
  const verification = verificationOf(fact);
  const status = verification
    ? `核实状态：${VERIFICATION_STATUS_LABELS_ZH[verification.status]}（${verification.by}，${verification.at.slice(0, 10)}）`
    : `核实状态：${VERIFICATION_STATUS_LABELS_ZH.unverified}`;
  // formatGbt7714References gives one entry per source, in the sources' order.
  const entries = references.map(
    (reference, index) =>
      `${reference} 〔来源：${SOURCE_QUALITY_LABELS_ZH[sourceQualityOf(fact.sources[index]!).class]}〕`,
  );
  return [title, status, ...(entries.length > 0 ? entries : ['(no sources recorded)'])].join('\n');
}
