import type { CurationDependencies, RequestContext } from '../context.ts';
import { apiError } from '../errors.ts';
import { verifyCuratorToken, type Curator } from './curator-tokens.ts';

/** What a mutation acts with once its caller is known to be a curator. */
export interface CuratorSession {
  curator: Curator;
  curation: CurationDependencies;
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

function unauthenticated(message: string) {
  // The status lets HTTP clients and proxies see the refusal; the message never repeats the token.
  return apiError('UNAUTHENTICATED', message, {
    http: { status: 401, headers: { 'www-authenticate': 'Bearer realm="curators"' } },
  });
}

/**
 * The curator behind the request's `Authorization: Bearer …` header, or UNAUTHENTICATED. Missing,
 * malformed, unknown and revoked tokens get the same answer, so a caller learns nothing about which.
 */
export async function requireCurator(ctx: RequestContext): Promise<CuratorSession> {
  const curation = ctx.curation;
  if (!curation) throw unauthenticated('Mutations need a curator token, and this server accepts none.');
  const token = BEARER.exec(ctx.authorization ?? '')?.[1];
  if (!token) throw unauthenticated('Mutations need a curator token: send Authorization: Bearer <token>.');
  const curator = await optionalCurator(ctx);
  if (!curator) throw unauthenticated('The curator token is unknown or revoked.');
  return { curator, curation };
}

const perRequest = new WeakMap<RequestContext['loaders'], Promise<Curator | null>>();

/**
 * The request's curator, or null without a valid token: for reads that only adapt to who asks
 * (`Narrative.editable`), and behind `requireCurator`. Verified once per request, however many
 * fields and mutations ask.
 */
export function optionalCurator(ctx: RequestContext): Promise<Curator | null> {
  let curator = perRequest.get(ctx.loaders);
  if (!curator) {
    const token = BEARER.exec(ctx.authorization ?? '')?.[1];
    curator = token && ctx.curation ? verifyCuratorToken(ctx.curation.curatorTokensFile, token) : Promise.resolve(null);
    perRequest.set(ctx.loaders, curator);
  }
  return curator;
}
