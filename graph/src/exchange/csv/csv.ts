import { neutraliseFormulaCell, restoreFormulaCell } from './formula-cells.ts';

/**
 * A small RFC 4180 reader and writer. Fields are separated by commas and records by CRLF or LF
 * (a lone CR inside an unquoted field is kept as text); a field that contains a comma, a quote or a
 * line break is enclosed in double quotes, with quotes inside doubled.
 *
 * The reader is strict where spreadsheets are sloppy in ways that lose data: a quote inside an
 * unquoted field, text after a closing quote, and a quoted field still open at the end of the
 * file are errors with the record and line they occur on, never silently repaired.
 */

export interface CsvRecord {
  /** 1-based number of the record: the header is record 1, as a spreadsheet numbers its rows. */
  record: number;
  /** 1-based line of the file the record starts on (differs from `record` after multi-line fields). */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  record: number;
  line: number;
  reason: string;
}

export interface CsvParseResult {
  records: CsvRecord[];
  problems: CsvProblem[];
}

/**
 * Parses CSV text (already decoded; a leading BOM is ignored). Blank lines are skipped but still
 * counted as records, so record numbers keep matching the rows a spreadsheet shows. A record with
 * a problem is reported and left out; parsing continues with the next line, so every bad record
 * of a file is reported at once — except after an unclosed quote, which swallows the rest. The `'` that
 * `formatCsvField` puts before a cell a spreadsheet would run as a formula is taken off again.
 */
export function parseCsv(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const length = input.length;
  let position = 0;
  let line = 1;
  let recordNumber = 0;

  while (position < length) {
    recordNumber += 1;
    const startLine = line;
    const fields: string[] = [];
    let problem: string | undefined;
    let field = '';
    let atFieldStart = true;
    let ended = false;

    while (!ended) {
      if (position >= length) {
        fields.push(field);
        break;
      }
      const char = input[position];
      if (atFieldStart && char === '"') {
        // Quoted field: runs to the next quote not followed by another quote.
        position += 1;
        const quoteLine = line;
        let closed = false;
        while (position < length) {
          const inner = input[position]!;
          if (inner === '"') {
            if (input[position + 1] === '"') {
              field += '"';
              position += 2;
              continue;
            }
            position += 1;
            closed = true;
            break;
          }
          if (inner === '\n') line += 1;
          field += inner;
          position += 1;
        }
        if (!closed) {
          problem = `a quoted field opened on line ${quoteLine} is never closed (unbalanced quotes)`;
          fields.push(field);
          break;
        }
        atFieldStart = false;
        const next = input[position];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          problem ??= `text after the closing quote of field ${fields.length + 1} (line ${line}); quote the whole field`;
          // Skip to the end of the field so the rest of the record still splits correctly.
          while (position < length && input[position] !== ',' && input[position] !== '\n') position += 1;
        }
        continue;
      }
      if (char === ',') {
        fields.push(field);
        field = '';
        atFieldStart = true;
        position += 1;
        continue;
      }
      if (char === '\n' || (char === '\r' && input[position + 1] === '\n')) {
        fields.push(field);
        position += char === '\r' ? 2 : 1;
        line += 1;
        ended = true;
        continue;
      }
      if (char === '"') {
        problem ??= `a quote inside unquoted field ${fields.length + 1} (line ${line}); enclose the field in quotes and double the quote`;
      }
      field += char;
      atFieldStart = false;
      position += 1;
    }

    if (problem !== undefined) {
      problems.push({ record: recordNumber, line: startLine, reason: problem });
      continue;
    }
    if (fields.length === 1 && fields[0] === '') continue;
    records.push({ record: recordNumber, line: startLine, fields: fields.map(restoreFormulaCell) });
  }
  return { records, problems };
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One field, quoted only when needed (and when it starts or ends with white space, which spreadsheets trim), with a
 * `'` in front when a spreadsheet would run it as a formula (see formula-cells.ts; the importer takes it off).
 */
export function formatCsvField(value: string): string {
  const text = neutraliseFormulaCell(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface FormatCsvOptions {
  /**
   * Starts the text with a UTF-8 byte-order mark, so that Excel opens the file as UTF-8 rather than
   * in the system's legacy code page (which garbles Chinese text).
   * @default true
   */
  byteOrderMark?: boolean;
}

/** Rows to CSV text with CRLF line ends (RFC 4180), every row ended by a line break. */
export function formatCsv(rows: readonly (readonly string[])[], options: FormatCsvOptions = {}): string {
  const body = rows.map((row) => row.map(formatCsvField).join(',') + '\r\n').join('');
  return (options.byteOrderMark ?? true) ? `\uFEFF${body}` : body;
}
