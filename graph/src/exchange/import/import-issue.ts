/**
 * One problem found in an import file. An import reports every one it finds, and writes nothing
 * while there is any.
 */
export interface ImportIssue {
  /** The file as it was named to the importer. */
  file: string;
  /**
   * CSV: the spreadsheet row (the header is row 1). JSON: the record's 1-based position in its
   * `nodes` or `relationships` array. 0 for problems with the file as a whole.
   */
  row: number;
  /**
   * CSV: the column (`sources`, `founded_year`). JSON: `nodes.<field>` or `relationships.<field>`.
   * `(file)` for the whole file, `(row)` for a whole row.
   */
  field: string;
  reason: string;
}

/** Issues in file order, then row order, so a report reads from the top of each file down. */
export function sortIssues(issues: readonly ImportIssue[], fileOrder: readonly string[]): ImportIssue[] {
  const position = new Map(fileOrder.map((file, index) => [file, index]));
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        (position.get(a.issue.file) ?? 0) - (position.get(b.issue.file) ?? 0) ||
        a.issue.row - b.issue.row ||
        a.index - b.index,
    )
    .map(({ issue }) => issue);
}
