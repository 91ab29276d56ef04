export type NoiseKind =
  /** A Word bookmark such as `[bookmark: _GoBack]` that the docx-to-text export left in the text. */
  | 'docx-bookmark'
  /** The `附件：` line that marks the table as an attachment to a notice; it is not part of the title. */
  | 'attachment-label'
  /** A blank line inside a row (after a wrapped 工程 cell); the row is read as if it were absent. */
  | 'blank-line-in-row';

/** Something the parser dropped from a document, and where it was, so nothing disappears unseen. */
export interface NoiseReport {
  kind: NoiseKind;
  /** The text removed, as it was in the document (empty for a blank line). */
  text: string;
  /** 1-based line number in the document. */
  line: number;
  /** Where in the table: 标题, 文首, 表头, 序号 6. */
  locator: string;
  /** One line for people, e.g. for the start-up log. */
  description: string;
}

const KIND_DESCRIPTIONS: Readonly<Record<NoiseKind, string>> = {
  'docx-bookmark': 'Word bookmark',
  'attachment-label': 'attachment label',
  'blank-line-in-row': 'blank line inside a row',
};

export function createNoiseReport(kind: NoiseKind, text: string, line: number, locator: string): NoiseReport {
  const quoted = text === '' ? '' : ` "${text}"`;
  return { kind, text, line, locator, description: `${KIND_DESCRIPTIONS[kind]}${quoted} on line ${line} (${locator})` };
}
