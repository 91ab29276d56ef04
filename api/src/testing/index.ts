export { startTestService, freePort, makeTempDataDir, graphql, type TestService } from './test-service.ts';
