/**
 * One global pattern for a list of literal words, longest first, so that a longer word
 * (企业家精神) is found instead of a shorter one inside it (企业家) and no text is counted twice.
 */
export function keywordPattern(words: readonly string[]): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(alternatives.join('|'), 'g');
}
