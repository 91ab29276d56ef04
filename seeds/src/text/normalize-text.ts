/**
 * Normalises text once, where it enters the graph: NFC, and unpaired surrogates replaced by U+FFFD.
 * Neo4j would store U+FFFD for a lone surrogate while Meilisearch rejects the whole batch, so
 * doing it here keeps the graph and the index agreeing about every string.
 */
export function normalizeText(text: string): string {
  // The shared tsconfig targets ES2023 lib typings, which lack toWellFormed; Node 20 has it.
  return (text as unknown as { toWellFormed(): string }).toWellFormed().normalize('NFC');
}
