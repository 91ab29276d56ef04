import { MAX_SUGGEST_PREFIX, writtenKey } from '../entity-documents.ts';
import { toSimplified } from '../chinese-variants.ts';
import { foldSearchText } from '../fold-search-text.ts';
import type { MeiliClient } from '../meili-client.ts';
import { isLatinQuery, latinKey } from '../pinyin.ts';
import { quoteFilterValue } from './search-filter.ts';
import {
  DEFAULT_SUGGEST_LIMIT,
  MAX_SUGGEST_LIMIT,
  type EntitySuggestInput,
  type EntitySuggestion,
  type SuggestHit,
  type SuggestionMatch,
} from './search-types.ts';

/**
 * Names and aliases that start with `prefix`, or whose pinyin or initials do when `prefix` is Latin letters only;
 * a name typed in full first, then the most important (designation level, then degree, then the shorter name).
 */
export async function suggestEntities(
  client: MeiliClient,
  uid: string,
  input: EntitySuggestInput,
): Promise<EntitySuggestion[]> {
  const limit = input.limit ?? DEFAULT_SUGGEST_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGEST_LIMIT) {
    throw new RangeError(`limit must be an integer from 1 to ${MAX_SUGGEST_LIMIT}, got ${limit}`);
  }
  // Read as search reads a query: full-width letters folded (ｊｉｎｌｉｎｇ), invisible characters out (张\u200b謇).
  const prefix = foldSearchText(input.prefix);
  // Typed traditional characters complete simplified names (蘇繡 → 苏绣…), as in search.
  const written = writtenKey(toSimplified(prefix));
  const asTyped = writtenKey(prefix);
  const latin = isLatinQuery(prefix) ? latinKey(prefix) : '';
  if (written === '' || [...asTyped].length > MAX_SUGGEST_PREFIX) return [];
  // Latin letters may be the start of a Latin name or of a pinyin reading; anything else is compared as
  // written only, so 景点 never reaches the pinyin of 经典.
  const writtenValues = [...new Set([written, asTyped])].map(quoteFilterValue).join(', ');
  const prefixFilter =
    latin !== ''
      ? `name_prefixes IN [${writtenValues}] OR pinyin_prefixes = ${quoteFilterValue(latin)}`
      : `name_prefixes IN [${writtenValues}]`;
  const exactFilter =
    latin !== ''
      ? `name_keys IN [${writtenValues}] OR name_keys = ${quoteFilterValue(latin)}`
      : `name_keys IN [${writtenValues}]`;
  const query = {
    indexUid: uid,
    q: '',
    sort: ['designationRank:desc', 'degree:desc', 'nameLength:asc'],
    limit,
    attributesToRetrieve: ['entityId', 'kind', 'name', 'aliases', 'pinyin_joined', 'initials'],
  };
  // A name typed in full comes first, however unimportant: it is most likely the one meant.
  const { results } = await client.multiSearch<SuggestHit>([
    { ...query, filter: exactFilter },
    { ...query, filter: prefixFilter },
  ]);
  const seen = new Set<string>();
  const hits = results
    .flatMap((result) => result.hits)
    .filter((hit) => !seen.has(hit.entityId) && seen.add(hit.entityId))
    .slice(0, limit);
  return hits.map((hit) => ({
    entityId: hit.entityId,
    kind: hit.kind,
    ...completion(hit, [written, asTyped], latin),
  }));
}

/** Which of the entity's names the prefix completes, and how; the name itself when nothing more precise fits. */
function completion(
  hit: SuggestHit,
  written: readonly string[],
  latin: string,
): { text: string; matchedBy: SuggestionMatch } {
  const names = [hit.name, ...(hit.aliases ?? [])];
  for (const [i, name] of names.entries()) {
    const keys = [writtenKey(name), writtenKey(toSimplified(name))];
    if (keys.some((key) => written.some((prefix) => key.startsWith(prefix)))) {
      return { text: name, matchedBy: i === 0 ? 'name' : 'alias' };
    }
  }
  if (latin !== '') {
    for (const [i, name] of names.entries())
      if (hit.pinyin_joined?.[i]?.startsWith(latin)) return { text: name, matchedBy: 'pinyin' };
    for (const [i, name] of names.entries())
      if (hit.initials?.[i]?.startsWith(latin)) return { text: name, matchedBy: 'initials' };
  }
  return { text: hit.name, matchedBy: 'name' };
}
