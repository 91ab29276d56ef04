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
