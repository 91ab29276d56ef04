import type { ImportIssue } from '../exchange/import/import-issue.ts';

const width = (text: string) =>
  [...text].reduce(
    (total, char) =>
      total +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        char,
      )
        ? 2
        : 1),
    0,
  );
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

/**
 * Issues as an aligned table, one per line: `file:row  field  reason` (row 0, a problem with the
 * whole file, shows as the file alone). Columns are as wide as their widest entry, up to a limit.
 */
export function formatIssueTable(issues: readonly ImportIssue[]): string {
  const rows = issues.map((issue) => ({
    where: issue.row > 0 ? `${issue.file}:${issue.row}` : issue.file,
    field: issue.field,
    reason: issue.reason.replace(/\s+/g, ' '),
  }));
  const header = { where: 'file:row', field: 'field', reason: 'reason' };
  const whereWidth = Math.min(60, Math.max(...[header, ...rows].map((row) => width(row.where))));
  const fieldWidth = Math.min(30, Math.max(...[header, ...rows].map((row) => width(row.field))));
  return [header, ...rows]
    .map((row) => `${pad(row.where, whereWidth)}  ${pad(row.field, fieldWidth)}  ${row.reason}`)
    .join('\n');
}
