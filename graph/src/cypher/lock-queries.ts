import { cypher, type CypherQuery } from './cypher-query.ts';
import { requireId } from './query-arguments.ts';

/**
 * Neo4j reads committed data without locking it, so a read-check-write in one transaction is only atomic once the
 * transaction holds the node's write lock: this SET takes it (and the REMOVE below drops the marker again).
 */
export function lockEntityQuery(id: string): CypherQuery {
  return cypher(['MATCH (n:Entity {id: $id})', 'SET n.casLock = true', 'RETURN n.id AS id'], {
    id: requireId(id, 'id'),
  });
}

export function unlockEntityQuery(id: string): CypherQuery {
  return cypher(['MATCH (n:Entity {id: $id})', 'REMOVE n.casLock'], { id: requireId(id, 'id') });
}

/** One lease node per held key; the constraint makes concurrent MERGEs of one key wait for each other. */
export function writeLeaseConstraint(): CypherQuery {
  return cypher(['CREATE CONSTRAINT write_lease_key IF NOT EXISTS FOR (l:WriteLease) REQUIRE l.key IS UNIQUE']);
}

/** Takes the lease node's write lock first, so the check below sees the latest committed holder. */
export function claimLeaseQuery(key: string): CypherQuery {
  return cypher(['MERGE (l:WriteLease {key: $key})', 'SET l.claimedAt = timestamp()'], { key });
}

/**
 * Takes the lease when it is free, expired (its holder died) or already ours (a retried transaction). Expiry uses
 * the server's clock, the one clock every replica shares.
 */
export function takeLeaseQuery(key: string, holder: string, ttlMs: number): CypherQuery {
  return cypher(
    [
      'MATCH (l:WriteLease {key: $key})',
      'WITH l, (l.holder IS NULL OR l.holder = $holder OR l.until < timestamp()) AS free',
      'SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,',
      '    l.until = CASE WHEN free THEN timestamp() + $ttlMs ELSE l.until END',
      'RETURN free',
    ],
    { key, holder, ttlMs },
  );
}

export function renewLeaseQuery(key: string, holder: string, ttlMs: number): CypherQuery {
  return cypher(
    ['MATCH (l:WriteLease {key: $key})', 'WHERE l.holder = $holder', 'SET l.until = timestamp() + $ttlMs'],
    { key, holder, ttlMs },
  );
}

export function releaseLeaseQuery(key: string, holder: string): CypherQuery {
  return cypher(['MATCH (l:WriteLease {key: $key})', 'WHERE l.holder = $holder', 'DELETE l'], { key, holder });
}
