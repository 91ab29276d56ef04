export {
  ArtifactFetchError,
  defaultCacheDir,
  fetchMavenArtifacts,
  type FetchedArtifacts,
  type FetchedFile,
  type FetchManifest,
  type FetchOptions,
  type MavenArtifactSet,
} from './maven/fetch-maven-artifacts.ts';
export { NEO4J_COMMUNITY, NEO4J_VERSION } from './maven/artifact-sets.ts';
export { BGE_SMALL_ZH, BGE_SMALL_ZH_VERSION } from './maven/artifact-sets.ts';
export {
  BGE_SMALL_ZH_FILES,
  EmbeddingModelError,
  ensureEmbeddingModel,
  type EmbeddingModelErrorReason,
  type EmbeddingModelFile,
  type EmbeddingModelFiles,
  type EnsureEmbeddingModelOptions,
} from './maven/embedding-model.ts';
export {
  commandLineOf,
  findFreePort,
  isGone,
  readLogTail,
  readPidFile,
  removePidFileIfOurs,
  signalProcess,
  sleep,
  stopOrphan,
  waitUntilGone,
} from './processes/child-processes.ts';
export { loadOrCreateSecret } from './processes/secret-file.ts';
export {
  superviseServer,
  type SupervisableServer,
  type Supervised,
  type SupervisorEvents,
} from './processes/supervise-server.ts';
