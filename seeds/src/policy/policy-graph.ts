import type { GraphNode, GraphRelationship } from '@icg/graph';
import type { AnhuiNoiseReport } from '../parsers/anhui-noise.ts';
import { type AnhuiActionPlan, parseAnhuiActionPlan } from '../parsers/anhui-action-plan.ts';
import { type JiangsuTaskDivision, parseJiangsuTaskDivision } from '../parsers/jiangsu-task-division.ts';
import type { NoiseReport } from '../parsers/noise-report.ts';
import { readSeedDocument, type ReadSeedDocumentOptions, type SeedDocumentText } from '../seed-documents.ts';
import { SeedError } from '../seed-error.ts';
import { type Alignment, alignTasks, SIMILARITY_THRESHOLD } from './alignment.ts';
import { type MentionGraph, buildMentionGraph } from './mentions.ts';
import { buildNationalPlanGraph } from './national-plan.ts';
import { anhuiTaskTexts, jiangsuTaskTexts } from './policy-task-text.ts';
import { buildTargetGraph, type PolicyTarget } from './targets.ts';
import { buildThemeGraph, type ThemeMatch } from './themes.ts';

/** A noise report from either parser, with the file it is about. */
export type PolicyNoiseReport = (NoiseReport | AnhuiNoiseReport) & {
  /** The seed document's file name. */
  file: string;
};

export interface PolicyGraphOptions {
  /** The Jiangsu task division, as readSeedDocument('jiangsu-task-division-2021-2025') returns it. */
  jiangsu: SeedDocumentText;
  /** The Anhui action plan, as readSeedDocument('anhui-action-plan-2021-2025') returns it. */
  anhui: SeedDocumentText;
  /**
   * Lowest text similarity kept as a SIMILAR_TO between a Jiangsu and an Anhui task.
   * @default SIMILARITY_THRESHOLD (0.1)
   */
  similarityThreshold?: number;
}

export interface PolicyGraph {
  /** Documents, sections, tasks, departments, the national plan, targets, mentioned things, themes. */
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** What both parsers removed or repaired, Jiangsu's first, each in line order. */
  noise: PolicyNoiseReport[];
  /**
   * Ids that relationships point to but that this graph does not create (the curated cities, e.g.
   * city-nanjing): load them first, or check they exist.
   */
  referencedIds: string[];
  /** The parts, for callers that want more than records. */
  jiangsu: JiangsuTaskDivision;
  anhui: AnhuiActionPlan;
  targets: PolicyTarget[];
  mentions: MentionGraph['mentions'];
  themes: ThemeMatch[];
  alignment: Alignment;
}

/**
 * The policy layer of the graph: the Jiangsu task division and the Anhui action plan, the national
 * plan both implement, the targets their tasks set, the awards, programmes and places they name,
 * the themes they address and which Jiangsu task is like which Anhui task. Deterministic: the same
 * texts give identical arrays.
 * @throws SeedError when a document is not shaped as its parser expects, or parses to a title
 * other than the one the seed manifest records.
 */
export function buildPolicyGraph({
  jiangsu: jiangsuText,
  anhui: anhuiText,
  similarityThreshold = SIMILARITY_THRESHOLD,
}: PolicyGraphOptions): PolicyGraph {
  const jiangsu = parseJiangsuTaskDivision(jiangsuText.text, {
    file: jiangsuText.document.file,
    takenAt: jiangsuText.document.takenAt,
  });
  expectTitle(jiangsu.document.title, jiangsuText);
  const anhui = parseAnhuiActionPlan(anhuiText.text, {
    file: anhuiText.document.file,
    takenAt: anhuiText.document.takenAt,
  });
  expectTitle(anhui.document.notice.titleAsWritten, anhuiText);

  const jiangsuTasks = jiangsuTaskTexts(jiangsu, jiangsuText.document.takenAt);
  const anhuiTasks = anhuiTaskTexts(anhui, anhuiText.document.takenAt);
  const tasks = [...jiangsuTasks, ...anhuiTasks];

  const anhuiSource = (locator: string) => ({
    document: anhui.document.notice.title,
    locator,
    takenAt: anhuiText.document.takenAt,
  });
  const national = buildNationalPlanGraph(
    {
      title: anhui.implements.title,
      documentNumber: anhui.implements.documentNumber,
      issuedBy: anhui.implements.issuedBy,
      source: anhuiSource(anhui.implements.locator),
    },
    [
      {
        documentId: jiangsu.document.id,
        asWritten: jiangsu.document.implements,
        source: { document: jiangsu.document.title, locator: '表头', takenAt: jiangsuText.document.takenAt },
      },
      {
        documentId: anhui.document.id,
        asWritten: anhui.implements.title,
        source: anhuiSource(anhui.implements.locator),
      },
      ...anhui.implements.variants.map(({ asWritten, locator }) => ({
        documentId: anhui.document.id,
        asWritten,
        source: anhuiSource(locator),
      })),
    ],
  );
  const targets = buildTargetGraph(tasks);
  const mentions = buildMentionGraph(tasks);
  const themes = buildThemeGraph(tasks);
  const alignment = alignTasks(jiangsuTasks, anhuiTasks, themes.themesByTask, { threshold: similarityThreshold });

  const nodes = [...jiangsu.nodes, ...anhui.nodes, national.node, ...targets.nodes, ...mentions.nodes, ...themes.nodes];
  const relationships = [
    ...jiangsu.relationships,
    ...anhui.relationships,
    ...national.relationships,
    ...targets.relationships,
    ...mentions.relationships,
    ...themes.relationships,
    ...alignment.relationships,
  ];
  checkIntegrity(nodes, relationships, mentions.referencedIds);

  const noise: PolicyNoiseReport[] = [
    ...jiangsu.noise.map((report) => ({ ...report, file: jiangsuText.document.file })),
    ...anhui.noise.map((report) => ({ ...report, file: anhuiText.document.file })),
  ];
  return {
    nodes,
    relationships,
    noise,
    referencedIds: mentions.referencedIds,
    jiangsu,
    anhui,
    targets: targets.targets,
    mentions: mentions.mentions,
    themes: themes.matches,
    alignment,
  };
}

export interface ReadPolicyGraphOptions extends ReadSeedDocumentOptions {
  /** @default SIMILARITY_THRESHOLD (0.1) */
  similarityThreshold?: number;
}

/** Reads both seed documents (checksums checked) and builds the policy graph from them. */
export async function readPolicyGraph(options: ReadPolicyGraphOptions = {}): Promise<PolicyGraph> {
  const { similarityThreshold, ...readOptions } = options;
  const [jiangsu, anhui] = await Promise.all([
    readSeedDocument('jiangsu-task-division-2021-2025', readOptions),
    readSeedDocument('anhui-action-plan-2021-2025', readOptions),
  ]);
  return buildPolicyGraph({ jiangsu, anhui, similarityThreshold });
}

function expectTitle(parsed: string, { document }: SeedDocumentText): void {
  if (parsed !== document.title) {
    throw new SeedError(
      'MALFORMED_DOCUMENT',
      `${document.file} parsed with title "${parsed}", the manifest says "${document.title}"`,
      '标题',
    );
  }
}

/** No id twice, no relationship to a node that is neither here nor declared as referenced. */
function checkIntegrity(
  nodes: readonly GraphNode[],
  relationships: readonly GraphRelationship[],
  referencedIds: readonly string[],
): void {
  const duplicate = (ids: string[]): string | undefined => ids.find((id, index) => ids.indexOf(id) !== index);
  const nodeIds = nodes.map((node) => node.id);
  const twice = duplicate(nodeIds) ?? duplicate(relationships.map((relationship) => relationship.id));
  if (twice !== undefined) {
    throw new SeedError('MALFORMED_DOCUMENT', `the policy graph has two records with id "${twice}"`);
  }
  const known = new Set([...nodeIds, ...referencedIds]);
  const dangling = relationships.find((relationship) => !known.has(relationship.from) || !known.has(relationship.to));
  if (dangling) {
    throw new SeedError('MALFORMED_DOCUMENT', `relationship "${dangling.id}" points to a node the graph does not have`);
  }
}
