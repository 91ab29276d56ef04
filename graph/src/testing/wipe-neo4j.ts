import neo4j from 'neo4j-driver';

/** Deletes every node and relationship, in batches so that a large bench graph fits the transaction memory. */
export async function wipeNeo4j(connection: { uri: string; password: string }): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic('neo4j', connection.password));
  try {
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}
