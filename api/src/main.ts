import { ConfigError, serviceConfigFromEnv } from './config.ts';
import { createLogger } from './logger.ts';
import { startService, type RunningService } from './service.ts';

const logger = createLogger();
let starting: Promise<RunningService | undefined> = Promise.resolve(undefined);
let shuttingDown = false;

/** A signal during start-up waits for the start to settle, so nothing it spawned outlives us. */
async function shutdown(reason: string, exitCode = 0): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info(`${reason}: stopping…`);
  const service = await starting;
  await service?.stop();
  logger.info('Stopped.');
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void shutdown(signal));
}
process.on('uncaughtException', (error) => {
  logger.error('Uncaught exception', error);
  void shutdown('uncaughtException', 1);
});
process.on('unhandledRejection', (error) => {
  logger.error('Unhandled rejection', error);
  void shutdown('unhandledRejection', 1);
});

// `pnpm start` does not pass SIGTERM on to its script: when the launcher goes, so do we, or the
// service and its Meilisearch would linger as orphans. Only the start script asks for this, so a
// service run under a supervisor or nohup is unaffected.
if (process.env['STOP_WITH_PARENT'] === '1') {
  const launcher = process.ppid;
  setInterval(() => {
    if (process.ppid !== launcher) void shutdown('launcher exited');
  }, 250).unref();
}

starting = (async () => {
  try {
    const service = await startService(serviceConfigFromEnv(), { logger });
    if (!shuttingDown) {
      logger.info(`Ready: ${service.url}/  (GraphQL ${service.url}/graphql, health ${service.url}/healthz)`);
    }
    return service;
  } catch (error) {
    if (error instanceof ConfigError) logger.info(`Configuration error: ${error.message}`);
    else logger.error('Could not start', error);
    if (!shuttingDown) process.exit(1);
    return undefined;
  }
})();
