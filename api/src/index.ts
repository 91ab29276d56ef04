export { serviceConfigFromEnv, ConfigError, type ServiceConfig } from './config.ts';
export { startService, type RunningService, type StartOptions } from './service.ts';
export { createApi, type ApiOptions } from './create-api.ts';
export { createLogger, type Logger } from './logger.ts';
export { checkHealth, type HealthReport } from './health.ts';
