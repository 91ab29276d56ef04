import type { GraphBatch, NodeExpectation } from '../graph-store.ts';
import type { CypherDialect } from '../cypher/cypher-query.ts';
import { deleteEntitiesQuery, entitiesByIdQuery } from '../cypher/entity-queries.ts';
import { lockEntityQuery, unlockEntityQuery } from '../cypher/lock-queries.ts';
import { deleteOutgoingRelatesQuery } from '../cypher/relationship-queries.ts';
import type { RelationType } from '../model/relation-types.ts';
import { fromEntityRow, toEntityRow } from '../records/entity-row.ts';
import { lastWinsById } from '../records/record-checks.ts';
import { toRelatesRow } from '../records/relates-row.ts';
import type { CypherTransactions, RunCypher } from './cypher-graph-store.ts';
import { requireEnds, writeEntityRows, writeRelatesRows } from './cypher-graph-store.ts';

/**
 * Compare-and-set writes shared by both engines. The check and the write are one transaction; on Neo4j the
 * transaction first takes the node's write lock, so a concurrent writer that read the same version waits and then
 * sees the new one. LadybugDB runs one write transaction at a time, which gives the same guarantee.
 */
export function createConditionalWrites(dialect: CypherDialect, transactions: CypherTransactions) {
  /** Locks the node (Neo4j) and tells whether it still meets the expectation; the caller writes only on true. */
  async function holds(run: RunCypher, expected: NodeExpectation): Promise<boolean> {
    if (dialect === 'neo4j' && (await run(lockEntityQuery(expected.id))).length === 0) return false;
    const [row] = await run(entitiesByIdQuery([expected.id]));
    const held = row !== undefined && fromEntityRow(row).properties[expected.property] === expected.equals;
    // Refused: the transaction commits nothing but the lock marker's removal.
    if (!held) await release(run, expected.id);
    return held;
  }

  async function release(run: RunCypher, id: string): Promise<void> {
    if (dialect === 'neo4j') await run(unlockEntityQuery(id));
  }

  return {
    replaceRelationshipsIf(
      expected: NodeExpectation,
      fromId: string,
      type: RelationType,
      batch: GraphBatch,
    ): Promise<boolean> {
      const deleteQuery = deleteOutgoingRelatesQuery(fromId, type);
      const nodeRows = lastWinsById(batch.nodes.map(toEntityRow));
      const relatesRows = lastWinsById(batch.relationships.map(toRelatesRow));
      return transactions.write(async (run) => {
        if (!(await holds(run, expected))) return false;
        await requireEnds(run, relatesRows, new Set(nodeRows.map((row) => row.id)));
        await run(deleteQuery);
        await writeEntityRows(run, nodeRows, () => undefined);
        await writeRelatesRows(run, relatesRows, () => undefined);
        await release(run, expected.id);
        return true;
      });
    },

    deleteNodeIf(expected: NodeExpectation): Promise<boolean> {
      return transactions.write(async (run) => {
        if (!(await holds(run, expected))) return false;
        await run(deleteEntitiesQuery([expected.id]));
        return true;
      });
    },
  };
}
