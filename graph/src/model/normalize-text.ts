/**
 * Every string is normalised once, where it enters the system (API arguments, seed parsers,
 * importers, index documents): NFC, and unpaired surrogates replaced by U+FFFD. Neo4j would store
 * U+FFFD for a lone surrogate while Meilisearch rejects the whole batch, so doing it at the
 * border keeps the graph and the index agreeing about every string.
 */
export function normalizeText(text: string): string {
  return text.toWellFormed().normalize('NFC');
}
