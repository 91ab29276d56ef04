/**
 * The service as `pnpm start` runs it, in a process of its own (so its resident size is its own), on a
 * graph the attack bench built: the search index is not rebuilt at start (the attack reads the graph
 * only, and rebuilding 100,000 documents would take the cores the measurement needs).
 */
import { createLogger, serviceConfigFromEnv, startService } from '@icg/api';

const logger = createLogger((line) => process.stderr.write(`${line}\n`));
const service = await startService(serviceConfigFromEnv(process.env), { logger, reindexAtStart: 'never' });
process.stdout.write(`listening ${service.url}\n`);

const launcher = process.ppid;
const stop = async () => {
  await service.stop();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
// Should the bench die, the service and its Meilisearch go too.
setInterval(() => {
  if (process.ppid !== launcher) void stop();
}, 250).unref();
