import { isGraphStoreError } from '../graph-store-error.ts';

/** A problem with how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** What the CLI prints for an error: expected ones plainly, anything else with its stack. */
export function describeCliError(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  if (isGraphStoreError(error)) {
    if (error.code === 'LOCKED') {
      return (
        `${error.message}\n\n` +
        'The embedded graph is LOCKED: most likely the service (pnpm start) has it open. Either stop the ' +
        'service and run this command again, or run it against Neo4j (GRAPH_BACKEND=neo4j NEO4J_URI=…). ' +
        'Commands that only read (export, cite, report) open the embedded graph read-only and work beside the service.'
      );
    }
    return `${error.code}: ${error.message}`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
