import { SeedError } from '../seed-error.ts';

export interface JiangsuDepartment {
  /** ASCII letters, digits and `-` only: the id doubles as a search-engine document id. */
  id: string;
  /** Official full name. */
  name: string;
  /** The short form the provincial documents use most, e.g. 省工信厅. */
  abbreviation: string;
  /** Every short form that resolves to this department, the usual one first. */
  abbreviations: readonly string[];
}

/**
 * Provincial departments named in Jiangsu's industrial-culture documents. Short forms are listed
 * one by one rather than derived (e.g. by adding 省), so a typo in a source document fails loudly
 * instead of resolving to a plausible but wrong department.
 */
export const JIANGSU_DEPARTMENTS: readonly JiangsuDepartment[] = [
  {
    id: 'dept-js-industry-it',
    name: '江苏省工业和信息化厅',
    abbreviation: '省工信厅',
    abbreviations: ['省工信厅'],
  },
  {
    id: 'dept-js-development-reform',
    name: '江苏省发展和改革委员会',
    abbreviation: '省发改委',
    abbreviations: ['省发改委'],
  },
  {
    id: 'dept-js-education',
    name: '江苏省教育厅',
    abbreviation: '省教育厅',
    abbreviations: ['省教育厅'],
  },
  {
    id: 'dept-js-human-resources-social-security',
    name: '江苏省人力资源和社会保障厅',
    abbreviation: '省人社厅',
    // 序号 10 of the 2021–2025 task division writes 人社厅 without 省.
    abbreviations: ['省人社厅', '人社厅'],
  },
  {
    id: 'dept-js-culture-tourism',
    name: '江苏省文化和旅游厅',
    abbreviation: '省文旅厅',
    abbreviations: ['省文旅厅'],
  },
  {
    id: 'dept-js-state-owned-assets',
    name: '江苏省人民政府国有资产监督管理委员会',
    abbreviation: '省国资委',
    abbreviations: ['省国资委'],
  },
  {
    id: 'dept-js-finance',
    name: '江苏省财政厅',
    abbreviation: '省财政厅',
    abbreviations: ['省财政厅'],
  },
];

const byWrittenForm: ReadonlyMap<string, JiangsuDepartment> = new Map(
  JIANGSU_DEPARTMENTS.flatMap((department) =>
    [department.name, ...department.abbreviations].map((form) => [form, department] as const),
  ),
);

/**
 * The department a document means by `asWritten` (a short form or the full name).
 * @param locator where the text was found, e.g. `序号 6`; it goes into the error.
 * @throws SeedError `UNKNOWN_DEPARTMENT` when the text is not in the table.
 */
export function resolveJiangsuDepartment(asWritten: string, locator: string): JiangsuDepartment {
  const department = byWrittenForm.get(asWritten);
  if (!department) {
    throw new SeedError(
      'UNKNOWN_DEPARTMENT',
      `unknown department "${asWritten}"; add it to JIANGSU_DEPARTMENTS if it is a real department`,
      locator,
    );
  }
  return department;
}
