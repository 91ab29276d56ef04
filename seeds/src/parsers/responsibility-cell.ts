import type { RelationType } from '@icg/graph';
import { SeedError } from '../seed-error.ts';

export type ResponsibilityType = Extract<
  RelationType,
  'LEADS' | 'PARTICIPATES_IN' | 'RESPONSIBLE_PER_DUTY' | 'JOINTLY_RESPONSIBLE'
>;

export interface ResponsibilityMention {
  /** The department as the cell writes it, e.g. 省工信厅 or 人社厅. */
  asWritten: string;
  type: ResponsibilityType;
  /** 1-based position of the department in the whole cell. */
  order: number;
}

/**
 * The role words a 责任部门 clause ends with. Longest first, because 按职责分工负责 and
 * 共同负责 share their ending.
 */
const ROLE_WORDS: readonly (readonly [string, ResponsibilityType])[] = [
  ['按职责分工负责', 'RESPONSIBLE_PER_DUTY'],
  ['共同负责', 'JOINTLY_RESPONSIBLE'],
  ['牵头', 'LEADS'],
  ['参与', 'PARTICIPATES_IN'],
];

/**
 * Reads a 责任部门 cell such as `省工信厅、省教育厅牵头，省人社厅、省文旅厅参与`: clauses separated
 * by `，`, each a `、`-separated list of departments followed by one role word.
 * @param locator the row, e.g. `序号 6`, named in every error.
 * @throws SeedError `MALFORMED_DOCUMENT` for a blank cell, a clause without a known role word or
 * without departments, or a cell in which nobody leads.
 */
export function parseResponsibilityCell(cell: string, locator: string): ResponsibilityMention[] {
  const malformed = (message: string): SeedError =>
    new SeedError('MALFORMED_DOCUMENT', `${message} in 责任部门 "${cell}"`, locator);

  if (cell.trim() === '') throw malformed('no departments');

  const mentions: ResponsibilityMention[] = [];
  for (const clause of cell.split('，')) {
    const role = ROLE_WORDS.find(([word]) => clause.endsWith(word));
    if (!role) {
      const expected = ROLE_WORDS.map(([word]) => word).join(', ');
      throw malformed(`clause "${clause}" does not end with a known role word (${expected})`);
    }
    const [word, type] = role;
    const names = clause.slice(0, -word.length).split('、');
    for (const name of names) {
      const asWritten = name.trim();
      if (asWritten === '') throw malformed(`clause "${clause}" has an empty department name`);
      mentions.push({ asWritten, type, order: mentions.length + 1 });
    }
  }

  if (!mentions.some((mention) => mention.type === 'LEADS' || mention.type === 'JOINTLY_RESPONSIBLE')) {
    throw malformed('no department leads (牵头) or is jointly responsible (共同负责)');
  }
  return mentions;
}
