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

/** The LangChain4j packaging of bge-small-zh-v1.5 that `embedding-model/pom.xml` pins. */
export const BGE_SMALL_ZH_VERSION = '1.11.0-beta19';

/**
 * bge-small-zh-v1.5 as int8 ONNX with its `tokenizer.json`, in one jar and without its dependencies (LangChain4j's
 * Java runtime); `ensureEmbeddingModel` unpacks the two files beside it.
 */
export const BGE_SMALL_ZH: MavenArtifactSet = {
  id: `bge-small-zh-v15-q-${BGE_SMALL_ZH_VERSION}`,
  label: `bge-small-zh-v1.5 embedding model (LangChain4j ${BGE_SMALL_ZH_VERSION})`,
  pomDir: join(MAVEN_DIR, 'embedding-model'),
};
