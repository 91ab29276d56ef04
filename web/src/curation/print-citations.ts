/**
 * One reference list for a whole narrative: entries numbered in order of first mention, each
 * entry once even when several items cite it (two sites described by the same register), and per
 * item the numbers it cites.
 */
export function numberCitations(perItem: readonly (readonly string[])[]): {
  references: string[];
  itemReferences: number[][];
} {
  const numbers = new Map<string, number>();
  const itemReferences = perItem.map((citations) => {
    const cited = new Set<number>();
    for (const citation of citations) {
      let number = numbers.get(citation);
      if (number === undefined) {
        number = numbers.size + 1;
        numbers.set(citation, number);
      }
      cited.add(number);
    }
    return [...cited];
  });
  return { references: [...numbers.keys()], itemReferences };
}

/**
 * The class of the source behind each reference entry, from the first item citing it (`qualities[n]` belongs to
 * `citations[n]`). Two sources giving the same entry have the same URL and title, so the same class by the rules;
 * only a curator's correction of one of them could differ, and the entry then shows the first.
 */
export function referenceQualities<Q extends string>(
  items: readonly { citations: readonly string[]; qualities: readonly (Q | null | undefined)[] }[],
): Map<string, Q> {
  const found = new Map<string, Q>();
  for (const { citations, qualities } of items) {
    citations.forEach((citation, n) => {
      const quality = qualities[n];
      if (quality && !found.has(citation)) found.set(citation, quality);
    });
  }
  return found;
}
