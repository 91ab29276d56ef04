import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { COPY_ALIAS_SEPARATOR } from '../../cypher/bulk-copy-statements.ts';
import type { EntityRow } from '../../records/entity-row.ts';
import type { RelatesRow } from '../../records/relates-row.ts';

/** Lines buffered before each write to the file. */
const LINES_PER_WRITE = 2_000;

/** RFC 4180: every field quoted, quotes doubled; null is an empty unquoted field, which COPY reads as NULL. */
function field(value: string | null): string {
  return value === null ? '' : `"${value.replaceAll('"', '""')}"`;
}

/**
 * LadybugDB's CSV reader turns an empty field into NULL whether quoted or not, and aliases travel
 * joined by a separator. Rows for which either would change the value on the way (an empty
 * province, city, description or alias, or an alias containing the separator) are not copied.
 */
export function isCopyableEntityRow(row: EntityRow): boolean {
  return (
    row.province !== '' &&
    row.city !== '' &&
    row.description !== '' &&
    row.aliases.every((alias) => alias !== '' && !alias.includes(COPY_ALIAS_SEPARATOR))
  );
}

async function writeLines<T>(file: string, rows: readonly T[], line: (row: T) => string): Promise<void> {
  const stream = createWriteStream(file, { encoding: 'utf8' });
  try {
    for (let start = 0; start < rows.length; start += LINES_PER_WRITE) {
      const text = rows
        .slice(start, start + LINES_PER_WRITE)
        .map(line)
        .join('');
      if (!stream.write(text)) await once(stream, 'drain');
    }
  } finally {
    stream.end();
    await finished(stream);
  }
}

/** Columns in EntityRow order, as copyEntitiesStatement declares them. */
export function writeEntityCopyFile(file: string, rows: readonly EntityRow[]): Promise<void> {
  return writeLines(
    file,
    rows,
    (row) =>
      [
        field(row.id),
        field(row.kind),
        field(row.name),
        field(row.aliases.length === 0 ? null : row.aliases.join(COPY_ALIAS_SEPARATOR)),
        field(row.province),
        field(row.city),
        field(row.description),
        field(row.properties),
        field(row.sources),
      ].join(',') + '\n',
  );
}

/** FROM and TO primary keys first, then the RELATES properties in declared order. */
export function writeRelatesCopyFile(file: string, rows: readonly RelatesRow[]): Promise<void> {
  return writeLines(
    file,
    rows,
    (row) =>
      [field(row.from), field(row.to), field(row.id), field(row.type), field(row.properties), field(row.sources)].join(
        ',',
      ) + '\n',
  );
}

/** One line of a CSV file as LadybugDB's COPY TO writes it: fields quoted when they need it, quotes doubled. */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let at = 0;
  while (at <= line.length) {
    if (line[at] === '"') {
      let value = '';
      at += 1;
      for (;;) {
        const quote = line.indexOf('"', at);
        if (quote === -1) {
          value += line.slice(at);
          at = line.length;
          break;
        }
        value += line.slice(at, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          at = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      fields.push(value);
      at += 1; // the comma after the closing quote
    } else {
      const comma = line.indexOf(',', at);
      const end = comma === -1 ? line.length : comma;
      fields.push(line.slice(at, end));
      at = end + 1;
    }
  }
  return fields;
}
