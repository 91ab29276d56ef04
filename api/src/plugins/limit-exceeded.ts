import { GraphQLError } from 'graphql';

export interface LimitRefusal {
  /** The limit's name, as in API_LIMITS: depth, aliases, directives, tokens, cost, … */
  limit: string;
  maximum: number;
  /** What the request had; absent when counting stopped at the limit (tokens, body bytes). */
  actual?: number;
  /** What is wrong, without the figures: they are appended. */
  message: string;
  /** @default 400 */
  status?: number;
}

/**
 * The one shape of every limit refusal: code LIMIT_EXCEEDED, the limit's name and figure in the
 * message and in `extensions`, HTTP 400 (413 for the request body).
 */
export function limitExceeded({ limit, maximum, actual, message, status = 400 }: LimitRefusal): GraphQLError {
  const got = actual === undefined ? 'more' : String(actual);
  return new GraphQLError(`${message}: limit ${limit} is ${maximum}, got ${got}.`, {
    extensions: {
      code: 'LIMIT_EXCEEDED',
      limit,
      maximum,
      ...(actual === undefined ? {} : { actual }),
      http: { status },
    },
  });
}
