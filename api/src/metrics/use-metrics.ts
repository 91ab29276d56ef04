import { getOperationAST, type ExecutionResult, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { errorCodeOf } from '../plugins/use-error-codes.ts';
import type { ServiceMetrics } from './create-metrics.ts';

interface RequestState {
  startedAt: number;
  /** The operation's name once it runs: null when it has none. */
  operationName?: string | null;
  /** The name the request asked for, when the operation never ran. */
  askedFor?: string | null;
  /** Whether a GraphQL answer was produced (not a preflight, not GraphiQL's page). */
  answered: boolean;
}

/**
 * Feeds the metrics from Yoga's hooks: each GraphQL answer counts once, with its latency and its operation's name,
 * and every error in it counts by code (the same code `useErrorCodes` gives it), rate-limit refusals included.
 * Listed first among the plugins, so it sees an operation even when a later plugin stops its execution.
 */
export function useMetrics(metrics: ServiceMetrics): Plugin {
  const states = new WeakMap<Request, RequestState>();
  return {
    onRequest({ request }) {
      states.set(request, { startedAt: performance.now(), answered: false });
    },
    onParams({ request, params }) {
      const state = states.get(request);
      if (state) state.askedFor = params.operationName ?? null;
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const state = request && states.get(request);
      if (!state) return;
      // No operation when the document has several and operationName picks none: that request runs nothing.
      const operation = getOperationAST(args.document, args.operationName);
      if (operation) state.operationName = operation.name?.value ?? null;
    },
    onResultProcess({ request, result }) {
      const state = states.get(request);
      if (state) state.answered = true;
      if (Symbol.asyncIterator in result) return;
      const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
      for (const single of results) {
        for (const error of single.errors ?? []) metrics.countError(errorCodeOf(error as GraphQLError));
      }
    },
    onResponse({ request }) {
      const state = states.get(request);
      if (!state?.answered) return;
      const operation =
        state.operationName === undefined
          ? metrics.refusedOperation(state.askedFor)
          : metrics.runningOperation(state.operationName);
      metrics.observeRequest(operation, (performance.now() - state.startedAt) / 1000);
    },
  };
}
