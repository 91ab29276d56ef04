import type { Link } from '../graph-store.ts';
import { isRelationType } from '../model/relation-types.ts';
import { requireIds } from '../cypher/query-arguments.ts';
import { deleteRelatesByIdQuery, relatesLinksByIdQuery } from '../cypher/relationship-deletion-queries.ts';
import type { CypherQuery } from '../cypher/cypher-query.ts';

type RunCypher = (query: CypherQuery) => Promise<Readonly<Record<string, unknown>>[]>;

/** The one thing this needs of an adapter's CypherTransactions: a write transaction. */
interface WriteTransactions {
  write<T>(work: (run: RunCypher) => Promise<T>): Promise<T>;
}

/** Ids per statement, as for the other batched writes. */
const BATCH_SIZE = 1_000;

/**
 * GraphStore.deleteRelationships for both engines: in one write transaction, reads what each id names (so the caller
 * learns the ends and types it removed), then deletes them. Unknown ids are skipped.
 */
export async function deleteRelationshipsById(
  transactions: WriteTransactions,
  ids: readonly string[],
): Promise<Link[]> {
  const checked = [...new Set(requireIds(ids, 'ids'))];
  if (checked.length === 0) return [];
  return transactions.write(async (run) => {
    const deleted: Link[] = [];
    for (let start = 0; start < checked.length; start += BATCH_SIZE) {
      const chunk = checked.slice(start, start + BATCH_SIZE);
      for (const row of await run(relatesLinksByIdQuery(chunk))) {
        const type = String(row.type);
        if (!isRelationType(type)) continue;
        deleted.push({ id: String(row.id), type, from: String(row.fromId), to: String(row.toId) });
      }
      await run(deleteRelatesByIdQuery(chunk));
    }
    return deleted.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  });
}
