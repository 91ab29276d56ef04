import { GraphStoreError } from '../graph-store-error.ts';
import { cypher, type CypherQuery } from './cypher-query.ts';

/**
 * LadybugDB's bulk loader, `COPY … FROM '<file>'`, takes its file only as literal text: the one
 * place a value reaches query text. The value is a path this package generated under a temporary
 * directory, and it must also pass this allow-list, so no quote or backslash can ever get in.
 */
const SAFE_COPY_PATH = /^[A-Za-z0-9_./-]+$/;

export function requireSafeCopyPath(file: string): string {
  if (!SAFE_COPY_PATH.test(file) || file.includes('..')) {
    throw new GraphStoreError(
      'INVALID_ARGUMENT',
      `The bulk loader's temporary file path ${JSON.stringify(file)} has characters COPY cannot take safely; ` +
        'point TMPDIR at a directory whose path has only letters, digits, "_", "-", "." and "/"',
    );
  }
  return file;
}

/**
 * Joins aliases in the CSV the bulk loader writes: a control character no curated text contains.
 * Rows whose aliases contain it (or an empty alias) are written the normal way instead.
 */
export const COPY_ALIAS_SEPARATOR = '\u001f';

/**
 * RFC 4180 quoting: LadybugDB's default escape character is a backslash, so both QUOTE and ESCAPE
 * are set to `"`. `parallel=false` because the parallel reader cannot split a file at a newline
 * inside a quoted field (descriptions have them); measured, the serial reader is as fast here.
 */
const CSV_OPTIONS = `(header=false, quote='"', escape='"', parallel=false)`;

const ENTITY_FILE_COLUMNS = [
  'c_id',
  'c_kind',
  'c_name',
  'c_aliases',
  'c_province',
  'c_city',
  'c_description',
  'c_properties',
  'c_sources',
] as const;

/**
 * Appends the rows of `file` (columns in EntityRow order, aliases joined by COPY_ALIAS_SEPARATOR)
 * to Entity. Read through LOAD WITH HEADERS with every column declared STRING, because LOAD's
 * type sniffing would otherwise read JSON text such as `{"founded":1895}` as a STRUCT; aliases
 * are split back into a list, an empty field (read as NULL) becoming the empty list.
 */
export function copyEntitiesStatement(file: string): CypherQuery {
  const declared = ENTITY_FILE_COLUMNS.map((column) => `${column} STRING`).join(', ');
  const returned = ENTITY_FILE_COLUMNS.map((column) =>
    column === 'c_aliases'
      ? `CASE WHEN c_aliases IS NULL THEN CAST([] AS STRING[]) ELSE string_split(c_aliases, '${COPY_ALIAS_SEPARATOR}') END`
      : column,
  ).join(', ');
  return cypher([
    `COPY Entity FROM (LOAD WITH HEADERS (${declared})`,
    `  FROM '${requireSafeCopyPath(file)}' ${CSV_OPTIONS}`,
    `  RETURN ${returned})`,
  ]);
}

/** Appends the rows of `file` (from id, to id, id, type, properties, sources) to RELATES. */
export function copyRelatesStatement(file: string): CypherQuery {
  return cypher([`COPY RELATES FROM '${requireSafeCopyPath(file)}' ${CSV_OPTIONS}`]);
}

/** Writes the rows of `query` (no parameters: COPY takes none) to `file` as CSV without a header. */
export function exportStatement(query: CypherQuery, file: string): CypherQuery {
  if (Object.keys(query.params).length > 0) throw new Error('An exported query takes no parameters');
  return cypher([`COPY (${query.text}) TO '${requireSafeCopyPath(file)}' (header=false)`]);
}
