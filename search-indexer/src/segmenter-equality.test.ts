import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractKeywords } from './keywords.ts';
import { createSegmenter } from './segmenter.ts';

/**
 * Names, stories and descriptions from the seeds, the judged relevance queries, and a few texts mixing traditional
 * characters, Latin words, digits, emoji and punctuation.
 */
const TEXTS: Record<'names' | 'stories' | 'queries' | 'mixed', string[]> = JSON.parse(
  readFileSync(new URL('./segmenter-equality.texts.json', import.meta.url), 'utf8'),
);

/**
 * The Meilisearch indexes hold `*_seg` fields and keywords cut by jieba when they were built, and queries are cut at
 * search time: a change to how the dictionary is loaded that moved a single word boundary would make queries miss
 * documents until every index was rebuilt. The expected file was recorded from the segmenter as the indexes were
 * built with it; a deliberate change of vocabulary (dictionary/terms.txt) updates it with `vitest -u`, and the diff
 * shows what moved.
 */
describe('segmentation the indexes were built with', () => {
  it('cuts, keeps pieces and extracts keywords as recorded, before and after names are added', async () => {
    const segmenter = await createSegmenter();
    const cutAll = () => ({
      names: TEXTS.names.map((text) => segmenter.words(text)),
      queries: TEXTS.queries.map((text) => segmenter.words(text)),
      stories: [...TEXTS.stories, ...TEXTS.mixed].map((text) => ({
        words: segmenter.words(text),
        pieces: segmenter.pieces(text),
        tfidf: extractKeywords(text, { segmenter }),
        textrank: extractKeywords(text, { segmenter, method: 'textrank' }),
      })),
    });
    const curatedOnly = cutAll();
    // As the service does at start-up with the entity names its index was built with.
    const added = segmenter.addTerms(TEXTS.names);
    const withNames = cutAll();

    expect(added).toBeGreaterThan(0);
    // One line per text, so a diff names the texts whose cut moved. Not a .txt file: those count as dictionaries in
    // the document builder's fingerprint, and updating this one would make every index stale.
    const lines = [`added ${added}`];
    for (const [phase, cut] of Object.entries({ curatedOnly, withNames })) {
      for (const [kind, outputs] of Object.entries(cut)) {
        for (const output of outputs) lines.push(`${phase}.${kind} ${JSON.stringify(output)}`);
      }
    }
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./segmenter-equality.expected.snap');
  }, 120_000);
});
