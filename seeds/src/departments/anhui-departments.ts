import { SeedError } from '../seed-error.ts';

export interface AnhuiDepartment {
  /** ASCII letters, digits and `-` only: the id doubles as a search-engine document id. */
  id: string;
  /** Official full name, as the signature block of a notice writes it. */
  name: string;
  /** The short form Anhui's documents use most, e.g. 省经信厅. */
  abbreviation: string;
  /** Every short form that resolves to this department, the usual one first. */
  abbreviations: readonly string[];
}

/**
 * Provincial departments that sign Anhui's industrial-culture documents. As for Jiangsu, every
 * accepted form is listed, never derived, so an unexpected name fails instead of resolving to a
 * plausible but wrong department. The ids use `dept-ah-`, never `dept-js-`: the two provinces'
 * departments share names after 省 and must stay distinct nodes.
 */
export const ANHUI_DEPARTMENTS: readonly AnhuiDepartment[] = [
  {
    id: 'dept-ah-economy-it',
    name: '安徽省经济和信息化厅',
    abbreviation: '省经信厅',
    abbreviations: ['省经信厅'],
  },
  {
    id: 'dept-ah-development-reform',
    name: '安徽省发展和改革委员会',
    abbreviation: '省发改委',
    abbreviations: ['省发改委'],
  },
  {
    id: 'dept-ah-education',
    name: '安徽省教育厅',
    abbreviation: '省教育厅',
    abbreviations: ['省教育厅'],
  },
  {
    id: 'dept-ah-finance',
    name: '安徽省财政厅',
    abbreviation: '省财政厅',
    abbreviations: ['省财政厅'],
  },
  {
    id: 'dept-ah-human-resources-social-security',
    name: '安徽省人力资源和社会保障厅',
    abbreviation: '省人社厅',
    abbreviations: ['省人社厅'],
  },
  {
    id: 'dept-ah-culture-tourism',
    name: '安徽省文化和旅游厅',
    abbreviation: '省文旅厅',
    abbreviations: ['省文旅厅'],
  },
  {
    id: 'dept-ah-state-owned-assets',
    name: '安徽省人民政府国有资产监督管理委员会',
    abbreviation: '省国资委',
    abbreviations: ['省国资委'],
  },
];

const byWrittenForm: ReadonlyMap<string, AnhuiDepartment> = new Map(
  ANHUI_DEPARTMENTS.flatMap((department) =>
    [department.name, ...department.abbreviations].map((form) => [form, department] as const),
  ),
);

/**
 * The department a document means by `asWritten` (the full name or a short form). Spaces are
 * ignored: signature blocks space out short names (`安 徽 省 教 育 厅`) to align the columns.
 * @param locator where the text was found, e.g. `落款`; it goes into the error.
 * @throws SeedError `UNKNOWN_DEPARTMENT` when the text is not in the table.
 */
export function resolveAnhuiDepartment(asWritten: string, locator: string): AnhuiDepartment {
  const department = byWrittenForm.get(asWritten.replace(/\s+/g, ''));
  if (!department) {
    throw new SeedError(
      'UNKNOWN_DEPARTMENT',
      `unknown department "${asWritten}"; add it to ANHUI_DEPARTMENTS if it is a real department`,
      locator,
    );
  }
  return department;
}
