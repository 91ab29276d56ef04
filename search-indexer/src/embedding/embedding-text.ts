import { ENTITY_KIND_LABELS_ZH } from '@icg/graph';
import type { EntityDocument } from '../entity-documents.ts';

/** The model reads at most 512 tokens, about as many characters of Chinese; the rest would be cut anyway. */
const MAX_EMBEDDING_TEXT = 480;

/**
 * What an entity's vector is computed from: its names, what it is and where (a 钢铁厂 is found by meaning only if
 * its vector knows it is an enterprise of 钢铁 in 马鞍山), then its description, which for stories and profiles is
 * the text that matters. Built from the search document alone, so every index and the sync of a curator's change
 * compute the same text, and an unchanged text is never embedded twice (the cache is keyed by it).
 */
export function embeddingTextOf(document: EntityDocument): string {
  const place = [document.province, document.city].filter((part): part is string => Boolean(part)).join('');
  const what = [
    ENTITY_KIND_LABELS_ZH[document.kind],
    ...document.industry,
    document.level,
    document.era?.replace(/（.*$/, ''),
    place,
    document.sectionName,
  ].filter((part): part is string => Boolean(part));
  const names = [document.name, ...document.aliases].join('、');
  const text = [names, what.join('，'), document.description ?? ''].filter((part) => part !== '').join('。');
  return text.length > MAX_EMBEDDING_TEXT ? text.slice(0, MAX_EMBEDDING_TEXT) : text;
}
