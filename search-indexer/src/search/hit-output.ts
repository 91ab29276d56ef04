import { simplifiedAligned } from '../chinese-variants.ts';
import type { SearchHit } from '../meili-types.ts';
import type { Segmenter } from '../segmenter.ts';
import { HIGHLIGHT_PRE, buildSnippet } from '../snippet.ts';
import { markPinyinMatches } from './pinyin-rescue.ts';
import type { EntityHighlight, EntitySearchHit, HitMatch, StoredHit } from './search-types.ts';

// Names are short; the whole name is shown, highlighted.
const NAME_SNIPPET_LENGTH = 200;

export interface HitOutputOptions {
  /** The words the query was searched with: they are what the snippets mark. */
  queryWords: readonly string[];
  /** Pinyin keys a Latin or pinyin-rescued query matched, marked by reading. */
  pinyinKeys: readonly string[];
  segmenter: Segmenter;
}

/**
 * A hit as the API shows it: the stored fields, a snippet of the description and every highlighted field, with
 * whole words marked. Query words are simplified; a display text in traditional characters is matched through its
 * simplified twin, which has the same offsets (or, when a conversion changed the length, through itself).
 */
export function toEntitySearchHit(
  hit: SearchHit<StoredHit>,
  match: { matchedBy: HitMatch; similarity: number | null },
  options: HitOutputOptions,
): EntitySearchHit {
  const { queryWords, pinyinKeys, segmenter } = options;
  // Meilisearch cannot mark the characters a pinyin query matched; they are found here instead.
  const byPinyin = (text: string, highlighted: unknown): unknown =>
    pinyinKeys.length > 0 && !(typeof highlighted === 'string' && highlighted.includes(HIGHLIGHT_PRE))
      ? markPinyinMatches(simplifiedAligned(text), pinyinKeys)
      : highlighted;
  const highlight = (text: string, highlighted: unknown, maxLength?: number): string => {
    const comparable = simplifiedAligned(text);
    return buildSnippet({
      text,
      ...(comparable === text ? {} : { comparable }),
      highlighted: typeof highlighted === 'string' ? highlighted : undefined,
      queryWords,
      pieces: segmenter.pieces,
      ...(maxLength === undefined ? {} : { maxLength }),
    });
  };
  const formatted = hit._formatted ?? {};
  const snippet =
    typeof hit.description === 'string' && hit.description !== ''
      ? highlight(hit.description, formatted.description)
      : null;
  const highlights: EntityHighlight[] = [];
  const name = highlight(hit.name, byPinyin(hit.name, formatted.name), NAME_SNIPPET_LENGTH);
  if (name.includes('<mark>')) highlights.push({ field: 'name', snippet: name });
  const formattedAliases = Array.isArray(formatted.aliases) ? (formatted.aliases as unknown[]) : [];
  (hit.aliases ?? []).forEach((alias, i) => {
    const text = highlight(alias, byPinyin(alias, formattedAliases[i]), NAME_SNIPPET_LENGTH);
    if (text.includes('<mark>')) highlights.push({ field: 'alias', snippet: text });
  });
  if (snippet?.includes('<mark>')) highlights.push({ field: 'description', snippet });
  return {
    entityId: hit.entityId,
    kind: hit.kind,
    name: hit.name,
    aliases: hit.aliases ?? [],
    province: hit.province ?? null,
    city: hit.city ?? null,
    description: hit.description ?? null,
    snippet,
    highlights,
    // Documents indexed before these fields existed have none until the next reindex.
    industry: hit.industry ?? [],
    year: hit.year ?? null,
    era: hit.era ?? null,
    level: hit.level ?? null,
    tags: hit.tags ?? [],
    verification: hit.verification ?? 'unverified',
    sourceQuality: hit.sourceQuality ?? 'unknown',
    matchedBy: match.matchedBy,
    similarity: match.similarity,
  };
}
