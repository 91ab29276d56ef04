import type { GraphNode, GraphRelationship, JsonValue, Source } from '../model/graph-records.ts';
import { bestSourceQuality, SOURCE_QUALITY_CLASSES, type SourceQualityClass } from '../model/source-quality.ts';
import { VERIFICATION_STATUSES, verificationStatusOf, type VerificationStatus } from '../model/verification.ts';

/** Facts of one sort counted by verification status and by the best class among their sources. */
export interface FactTally {
  facts: number;
  byStatus: Record<VerificationStatus, number>;
  byBestSourceQuality: Record<SourceQualityClass, number>;
}

/** How much of the survey a curator has checked, and what it rests on: entities and relationships apart. */
export interface FactTallies {
  entities: FactTally;
  relationships: FactTally;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

export function tallyFacts(
  records: Iterable<{ properties: Readonly<Record<string, JsonValue>>; sources: readonly Source[] }>,
): FactTally {
  const tally: FactTally = {
    facts: 0,
    byStatus: zeros(VERIFICATION_STATUSES),
    byBestSourceQuality: zeros(SOURCE_QUALITY_CLASSES),
  };
  for (const record of records) {
    tally.facts += 1;
    tally.byStatus[verificationStatusOf(record)] += 1;
    tally.byBestSourceQuality[bestSourceQuality(record.sources)] += 1;
  }
  return tally;
}

export function factTallies(nodes: readonly GraphNode[], relationships: readonly GraphRelationship[]): FactTallies {
  return { entities: tallyFacts(nodes), relationships: tallyFacts(relationships) };
}

/** The tallies as Markdown: one table, a row per sort of fact. */
export function renderFactTalliesMarkdown({ entities, relationships }: FactTallies): string {
  const header = [
    '| 事实 facts | 总数 total |',
    ...VERIFICATION_STATUSES.map((status) => ` ${status} |`),
    ...SOURCE_QUALITY_CLASSES.map((cls) => ` best source ${cls} |`),
  ].join('');
  const row = (label: string, tally: FactTally) =>
    [
      `| ${label} | ${tally.facts} |`,
      ...VERIFICATION_STATUSES.map((status) => ` ${tally.byStatus[status]} |`),
      ...SOURCE_QUALITY_CLASSES.map((cls) => ` ${tally.byBestSourceQuality[cls]} |`),
    ].join('');
  return [
    '## 核实与来源质量 (verification and source quality)',
    '',
    header,
    `|${' --- |'}${' ---: |'.repeat(1 + VERIFICATION_STATUSES.length + SOURCE_QUALITY_CLASSES.length)}`,
    row('实体 entities', entities),
    row('关系 relationships', relationships),
    '',
  ].join('\n');
}
