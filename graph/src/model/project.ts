import type { JsonValue } from './graph-records.ts';

/**
 * What a project does, in the words of the two provinces' plans: 活化利用 of heritage, 特色项目、线路 of
 * industrial tourism, 研学, 工艺美术特色区域 and 工业文化发展项目. Stored as these codes in
 * `properties.projectType`, so a filter or a rule never depends on how a label is worded.
 */
export const PROJECT_TYPES = ['heritage-reuse', 'industrial-tourism', 'study', 'craft-region', 'development'] as const;

export type ProjectType = (typeof PROJECT_TYPES)[number];

export const PROJECT_TYPE_LABELS_ZH: Readonly<Record<ProjectType, string>> = {
  'heritage-reuse': '工业遗产活化利用',
  'industrial-tourism': '工业旅游特色项目、线路',
  study: '工业文化研学',
  'craft-region': '工艺美术特色区域',
  development: '工业文化发展项目',
};

/** Where a project stands: 储备 (in the reserve list), 在建, 建成, 运营. Stored in `properties.status`. */
export const PROJECT_STATUSES = ['reserve', 'under-construction', 'completed', 'operating'] as const;

export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_STATUS_LABELS_ZH: Readonly<Record<ProjectStatus, string>> = {
  reserve: '储备',
  'under-construction': '在建',
  completed: '建成',
  operating: '运营',
};

/**
 * The statuses a target's progress counts: a project counts once work on it has begun. A 储备 project is
 * only a candidate on a list, so counting it would report plans as progress.
 */
export const COUNTED_PROJECT_STATUSES: readonly ProjectStatus[] = ['under-construction', 'completed', 'operating'];

const typeSet: ReadonlySet<string> = new Set(PROJECT_TYPES);
const statusSet: ReadonlySet<string> = new Set(PROJECT_STATUSES);

export function isProjectType(value: unknown): value is ProjectType {
  return typeof value === 'string' && typeSet.has(value);
}

export function isProjectStatus(value: unknown): value is ProjectStatus {
  return typeof value === 'string' && statusSet.has(value);
}

/** Years a project's period may name; anything else is taken for a typing error. */
const MIN_PROJECT_YEAR = 1800;
const MAX_PROJECT_YEAR = 2100;

function yearProblem(value: JsonValue | undefined, key: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value))
    return `${key} must be a whole year, not ${JSON.stringify(value)}`;
  if (value < MIN_PROJECT_YEAR || value > MAX_PROJECT_YEAR) {
    return `${key} must be a year from ${MIN_PROJECT_YEAR} to ${MAX_PROJECT_YEAR}, not ${value}`;
  }
  return null;
}

const listOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/**
 * What is wrong with a Project's properties, one sentence per problem naming the property; empty when
 * nothing is. `projectType` and `status` are required codes, `startYear`/`endYear` optional whole years
 * with the start not after the end. Other properties (`note`, `derivedFrom`, …) are free.
 */
export function projectPropertyProblems(properties: Readonly<Record<string, JsonValue>>): string[] {
  const problems: string[] = [];
  const { projectType, status, startYear, endYear } = properties;
  if (!isProjectType(projectType)) {
    problems.push(
      `properties.projectType must be one of ${listOf(PROJECT_TYPES)}, not ${JSON.stringify(projectType ?? null)}`,
    );
  }
  if (!isProjectStatus(status)) {
    problems.push(
      `properties.status must be one of ${listOf(PROJECT_STATUSES)} ` +
        `(${PROJECT_STATUSES.map((s) => PROJECT_STATUS_LABELS_ZH[s]).join(' / ')}), not ${JSON.stringify(status ?? null)}`,
    );
  }
  const startProblem = yearProblem(startYear, 'properties.startYear');
  const endProblem = yearProblem(endYear, 'properties.endYear');
  if (startProblem) problems.push(startProblem);
  if (endProblem) problems.push(endProblem);
  if (!startProblem && !endProblem && typeof startYear === 'number' && typeof endYear === 'number') {
    if (endYear < startYear) problems.push(`properties.endYear ${endYear} is before properties.startYear ${startYear}`);
  }
  return problems;
}
