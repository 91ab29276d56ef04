/** What Yoga's `cors` option receives: no CORS headers at all, or the ones for one origin. */
type CorsAnswer =
  false | { origin: string[]; methods: string[]; allowedHeaders: string[]; credentials: boolean; maxAge: number };

/**
 * CORS from an allow-list of origins. An empty list means same-origin only: no CORS headers,
 * so browsers refuse cross-origin reads. A listed Origin gets its own origin echoed back; any
 * other gets no CORS headers either.
 */
export function createCorsPolicy(allowedOrigins: readonly string[]): (request: Request) => CorsAnswer {
  const allowed = new Set(allowedOrigins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', 'authorization', 'x-graphql-yoga-csrf', 'apollo-require-preflight'],
      credentials: false,
      maxAge: 600,
    };
  };
}
