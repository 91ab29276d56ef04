import { join, resolve } from 'node:path';
import type { MavenArtifactSet } from './fetch-maven-artifacts.ts';

const MAVEN_DIR = resolve(import.meta.dirname, '../../maven');

/** The Neo4j version `neo4j/pom.xml` pins; the local server checks that the jars it runs are this one. */
export const NEO4J_VERSION = '5.26.30';

/** Neo4j Community Server: kernel, Cypher and the Bolt connector, with their dependencies. */
export const NEO4J_COMMUNITY: MavenArtifactSet = {
  id: `neo4j-${NEO4J_VERSION}`,
  label: `Neo4j Community ${NEO4J_VERSION}`,
  pomDir: join(MAVEN_DIR, 'neo4j'),
};
