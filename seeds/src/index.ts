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
export { type LoadSeedsOptions, loadSeeds, type SeedLoadPhase, type SeedLoadSummary } from './load-seeds.ts';
export {
  readSeedDocument,
  type ReadSeedDocumentOptions,
  SEED_DOCUMENTS,
  type SeedDocument,
  type SeedDocumentName,
  type SeedDocumentText,
} from './seed-documents.ts';
export { isSeedError, SeedError, type SeedErrorCode } from './seed-error.ts';
