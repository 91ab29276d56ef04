import { ENTITY_KINDS } from '../model/entity-kinds.ts';
import type { GraphNode, GraphRelationship } from '../model/graph-records.ts';
import { formatCsv } from './csv/csv.ts';
import { nodeHeader, relationshipHeader } from './csv/kind-columns.ts';
import { csvExportFiles, CSV_MANIFEST_FILE } from './export/export-csv.ts';
import { snapshotOf } from './graph-snapshot.ts';

/** Empty CSV templates, one per kind plus relationships.csv: the header row only (docs/templates). */
export function csvTemplateFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of ENTITY_KINDS) files.set(`${kind}.csv`, formatCsv([nodeHeader(kind)]));
  files.set('relationships.csv', formatCsv([relationshipHeader()]));
  return files;
}

const TAKEN_AT = '2026-11-20';
const WIKI_ZHANG_JIAN = 'https://zh.wikipedia.org/wiki/%E5%BC%A0%E8%AC%87';
const LIST_2018 = '工业和信息化部 第二批国家工业遗产名单';

/** A small filled-in survey (大生纱厂 and 张謇), in both formats: what curators' files look like. */
export const EXAMPLE_NODES: readonly GraphNode[] = [
  {
    id: 'example-enterprise-dasheng',
    kind: 'Enterprise',
    name: '大生纱厂',
    aliases: ['大生一厂', '江苏大生集团'],
    province: '江苏',
    city: '南通市',
    description: '张謇 1895 年在南通唐闸筹办的机器纺纱厂。',
    properties: { founded_year: 1895, industry: '纺织', district: '港闸区' },
    sources: [
      { url: WIKI_ZHANG_JIAN, locator: '实业', document: '张謇 - 维基百科', takenAt: TAKEN_AT },
      { document: LIST_2018, locator: '大生纱厂', takenAt: TAKEN_AT },
    ],
  },
  {
    id: 'example-entrepreneur-zhang-jian',
    kind: 'Entrepreneur',
    name: '张謇',
    aliases: ['张季直'],
    province: '江苏',
    city: '南通市',
    description: '清末状元，实业家、教育家，创办大生纱厂。',
    properties: { birth_year: 1853, death_year: 1926, birthplace: '江苏海门', titles: ['状元'] },
    sources: [{ url: WIKI_ZHANG_JIAN, document: '张謇 - 维基百科', takenAt: TAKEN_AT }],
  },
  {
    id: 'example-heritage-dasheng-mill',
    kind: 'HeritageSite',
    name: '大生纱厂旧址',
    aliases: [],
    province: '江苏',
    city: '南通市',
    description: '大生纱厂的钟楼、公事厅等早期建筑。',
    properties: {
      heritage_level: 'national',
      national_industrial_heritage_batch: 2,
      national_industrial_heritage_year: 2018,
      industry: '纺织',
      notable_structures: ['钟楼（1915年）', '公事厅（1900年）'],
    },
    sources: [{ document: LIST_2018, locator: '大生纱厂', takenAt: TAKEN_AT }],
  },
];

export const EXAMPLE_RELATIONSHIPS: readonly GraphRelationship[] = [
  {
    id: 'example-entrepreneur-zhang-jian|FOUNDED|example-enterprise-dasheng',
    type: 'FOUNDED',
    from: 'example-entrepreneur-zhang-jian',
    to: 'example-enterprise-dasheng',
    properties: { year: 1895 },
    sources: [{ url: WIKI_ZHANG_JIAN, document: '张謇 - 维基百科', takenAt: TAKEN_AT }],
  },
  {
    id: 'example-heritage-dasheng-mill|FORMERLY_OF|example-enterprise-dasheng',
    type: 'FORMERLY_OF',
    from: 'example-heritage-dasheng-mill',
    to: 'example-enterprise-dasheng',
    properties: {},
    sources: [{ document: LIST_2018, locator: '大生纱厂', takenAt: TAKEN_AT }],
  },
];

/**
 * A survey in the JSON import format, one record per line. Without the members an export adds (`datasetVersion` …):
 * a file that still has the version it was exported with is read back as an export, whose records keep their import
 * stamps, while a survey's records are stamped by the run that imports them.
 */
function surveyJson(nodes: readonly GraphNode[], relationships: readonly GraphRelationship[]): string {
  const lines = (records: readonly object[]) => records.map((record) => `    ${JSON.stringify(record)}`).join(',\n');
  return `{\n  "nodes": [\n${lines(nodes)}\n  ],\n  "relationships": [\n${lines(relationships)}\n  ]\n}\n`;
}

/** docs/templates/examples: the example survey as CSV files and as one JSON file. */
export function exampleFiles(): Map<string, string> {
  const snapshot = snapshotOf(EXAMPLE_NODES, EXAMPLE_RELATIONSHIPS);
  // A fixed timestamp, so the files in docs/ only change when the examples do.
  const metadata = { datasetVersion: snapshot.datasetVersion, exportedAt: '2026-11-20T00:00:00.000Z' };
  const files = csvExportFiles(snapshot, metadata);
  files.delete(CSV_MANIFEST_FILE);
  files.set('survey.json', surveyJson(snapshot.nodes, snapshot.relationships));
  return files;
}
