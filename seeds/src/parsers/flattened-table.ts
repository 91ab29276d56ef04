import { SeedError } from '../seed-error.ts';

export interface TextLine {
  /** 1-based line number in the document. */
  line: number;
  text: string;
}

export interface TableCell {
  /** Line the cell starts on. */
  line: number;
  /** The cell's lines joined without a separator (the tables are Chinese) and trimmed. */
  text: string;
  /** Blank lines between the previous cell and this one. */
  blankLinesBefore: number[];
}

export interface TableRow {
  /** The 序号 cell. */
  number: TableCell;
  /** The cells after the 序号 cell, in order. */
  cells: TableCell[];
  /** `序号 6`: how errors and sources name the row. */
  locator: string;
}

export interface FlattenedTable {
  /** Non-blank lines before the first cell (attachment label, title), bookmarks removed. */
  preamble: TextLine[];
  /** Cells before the first 序号 cell. */
  header: TableCell[];
  rows: TableRow[];
  /** Every bookmark removed, with the line it was on. */
  bookmarks: TextLine[];
}

const BOOKMARK = /\[bookmark: [^\]\n]*\]/g;
const ROW_NUMBER = /^\d+$/;

/**
 * Reads a Word table exported to text: every cell paragraph starts with a tab, a line without a
 * tab continues the cell above (a wrapped cell such as `工业文化弘扬` / `传播工程`), and a cell
 * holding only digits starts a new row. Text without a tab after a blank line belongs to no cell,
 * which means the export is not what the parser expects, so it is an error rather than a guess.
 */
export function readFlattenedTable(text: string): FlattenedTable {
  const preamble: TextLine[] = [];
  const header: TableCell[] = [];
  const rows: TableRow[] = [];
  const bookmarks: TextLine[] = [];

  let openCell: { cell: TableCell; parts: string[] } | null = null;
  let pendingBlankLines: number[] = [];
  let seenCell = false;

  const closeCell = (): void => {
    if (openCell) openCell.cell.text = openCell.parts.map((part) => part.trim()).join('');
    openCell = null;
  };
  const currentLocator = (): string => rows.at(-1)?.locator ?? '表头';

  for (const [index, raw] of text.split(/\r\n|\n|\r/).entries()) {
    const line = index + 1;
    const withoutBookmarks = raw.replace(BOOKMARK, (bookmark) => {
      bookmarks.push({ line, text: bookmark });
      return '';
    });

    if (withoutBookmarks.startsWith('\t')) {
      closeCell();
      seenCell = true;
      const cell: TableCell = { line, text: '', blankLinesBefore: pendingBlankLines };
      pendingBlankLines = [];
      openCell = { cell, parts: [withoutBookmarks.slice(1)] };
      const content = withoutBookmarks.slice(1).trim();
      if (ROW_NUMBER.test(content)) {
        rows.push({ number: cell, cells: [], locator: `序号 ${content}` });
      } else if (rows.length > 0) {
        rows.at(-1)?.cells.push(cell);
      } else {
        header.push(cell);
      }
      continue;
    }

    if (withoutBookmarks.trim() === '') {
      closeCell();
      if (seenCell) pendingBlankLines.push(line);
      continue;
    }

    if (!seenCell) {
      preamble.push({ line, text: withoutBookmarks.trim() });
      continue;
    }
    if (!openCell) {
      throw new SeedError(
        'MALFORMED_DOCUMENT',
        `line ${line} "${withoutBookmarks.trim()}" follows a blank line without a leading tab, ` +
          'so it belongs to no cell',
        currentLocator(),
      );
    }
    openCell.parts.push(withoutBookmarks);
  }
  closeCell();

  return { preamble, header, rows, bookmarks };
}
