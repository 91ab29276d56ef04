export {
  JIANGSU_DEPARTMENTS,
  type JiangsuDepartment,
  resolveJiangsuDepartment,
} from './departments/jiangsu-departments.ts';
export {
  type JiangsuTaskDivision,
  parseJiangsuTaskDivision,
  type TaskDivisionSource,
} from './parsers/jiangsu-task-division.ts';
export type { NoiseKind, NoiseReport } from './parsers/noise-report.ts';
export type { ResponsibilityType } from './parsers/responsibility-cell.ts';
export type {
  TaskDivisionDocument,
  TaskDivisionSection,
  TaskDivisionTask,
  TaskResponsibility,
} from './parsers/task-division.ts';
export {
  buildSeedGraph,
  type EntityLinkingSummary,
  type LoadSeedsOptions,
  loadSeeds,
  type SeedLoadPhase,
  type SeedLoadSummary,
} from './load-seeds.ts';
export {
  readSeedDocument,
  type ReadSeedDocumentOptions,
  SEED_DOCUMENTS,
  type SeedDocument,
  type SeedDocumentName,
  type SeedDocumentText,
} from './seed-documents.ts';
export { isSeedError, SeedError, type SeedErrorCode } from './seed-error.ts';
// Anhui action plan and the cross-province policy graph.
export { ANHUI_DEPARTMENTS, type AnhuiDepartment, resolveAnhuiDepartment } from './departments/anhui-departments.ts';
export {
  type ActionPlanDocument,
  type ActionPlanIssuer,
  type ActionPlanNotice,
  type ActionPlanSection,
  type ActionPlanSource,
  type ActionPlanTask,
  type AnhuiActionPlan,
  type NationalPlanCitation,
  parseAnhuiActionPlan,
  planTitleKey,
} from './parsers/anhui-action-plan.ts';
export type { AnhuiNoiseKind, AnhuiNoiseReport } from './parsers/anhui-noise.ts';
export { LOST_PLUS_SIGNS } from './parsers/anhui-text-cleanup.ts';
export {
  type Alignment,
  type AlignmentOptions,
  alignTasks,
  characterBigrams,
  cosine,
  SIMILARITY_THRESHOLD,
  type TaskPair,
  type TermVector,
  tfidfVectors,
} from './policy/alignment.ts';
export {
  buildMentionGraph,
  findMentions,
  MENTION_RULES,
  type MentionGraph,
  type MentionRule,
  type MentionType,
  type PolicyMention,
} from './policy/mentions.ts';
export {
  buildNationalPlanGraph,
  type NationalPlanDescription,
  type NationalPlanGraph,
  type PlanCitation,
} from './policy/national-plan.ts';
export {
  buildPolicyGraph,
  type PolicyGraph,
  type PolicyGraphOptions,
  type PolicyNoiseReport,
  readPolicyGraph,
  type ReadPolicyGraphOptions,
} from './policy/policy-graph.ts';
export { anhuiTaskTexts, jiangsuTaskTexts, type PolicyTaskText } from './policy/policy-task-text.ts';
export {
  buildTargetGraph,
  extractTargets,
  type PolicyTarget,
  TARGET_UNITS,
  type TargetGraph,
  type TargetUnit,
} from './policy/targets.ts';
export {
  buildThemeGraph,
  matchThemes,
  MIN_KEYWORD_OCCURRENCES,
  POLICY_THEMES,
  type PolicyTheme,
  type ThemeGraph,
  type ThemeMatch,
} from './policy/themes.ts';
// Curated industrial-culture records (seeds/data/curated) as graph records.
export {
  buildCuratedGraph,
  type CuratedGraph,
  curatedGraphFromRecords,
  type CuratedGraphOptions,
} from './curated/curated-graph.ts';
export {
  CURATED_DATA_TITLE,
  CURATED_FILES,
  CURATED_TAKEN_AT,
  type CuratedFile,
  type CuratedFileName,
  readCuratedData,
  type ReadCuratedDataOptions,
  readCuratedFile,
} from './curated/curated-files.ts';
export type { CuratedData, CuratedEntity, CuratedRelation } from './curated/curated-records.ts';
export {
  CURATED_ISSUE_SEVERITY,
  type CuratedIssue,
  type CuratedIssueCode,
  type CuratedIssueSeverity,
} from './curated/curated-issue.ts';
export { CURATED_PROVINCES, type CuratedProvince, normalizeProvince } from './curated/curated-places.ts';
export { CURATED_HISTORY_NOTES, type CuratedHistoryNotes } from './curated/apply-curated-history.ts';
export type { DesignationNote, FormerNameNote, HistoryEvidence, PersonNote } from './curated/curated-history.ts';
// Entity linking: names found in stories and profiles, as MENTIONS.
export {
  type EntityLinking,
  LINKING_SOURCE_KINDS,
  linkEntities,
  MIN_LINKED_NAME_LENGTH,
  type SkippedName,
  type SkippedNameReason,
} from './linking/link-entities.ts';
export { CANDIDATE_IDS } from './candidates/candidate-ids.ts';
export { convertCandidates, type ConvertCandidatesResult } from './candidates/convert-candidates.ts';
