export { startTestService, freePort, makeTempDataDir, graphql, type TestService } from './test-service.ts';
export { startStoppableMeilisearch, type StoppableMeilisearch } from './stoppable-meilisearch.ts';
export { createCuratorToken } from '../auth/curator-tokens.ts';
export { GRAPH_BACKENDS, type GraphBackend } from '@icg/graph/test-graph-stores';
export { CANDIDATES_FILE, importCandidates, runRepoTool } from './import-candidates.ts';
