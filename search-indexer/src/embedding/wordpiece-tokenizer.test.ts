import { readFile } from 'node:fs/promises';
import { ensureEmbeddingModel } from '@icg/runtime';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWordPieceTokenizer, TokenizerConfigError, type WordPieceTokenizer } from './wordpiece-tokenizer.ts';

/**
 * Ids from Hugging Face's reference implementation (the Rust `tokenizers` 0.23.2, npm `tokenizers`, loading the same
 * tokenizer.json with `setTruncation(512)`), computed once outside the repository and pinned here.
 */
const REFERENCE_IDS: Record<string, number[]> = {
  谁创办了大生纱厂: [101, 6443, 1158, 1215, 749, 1920, 4495, 5285, 1322, 102],
  芜湖铁画锻制技艺: [101, 5697, 3959, 7188, 4514, 7248, 1169, 2825, 5686, 102],
  '2024年南通纺织博物馆': [101, 9707, 8159, 2399, 1298, 6858, 5293, 5302, 1300, 4289, 7667, 102],
  '〔清〕张謇《啬翁自订年谱》': [101, 526, 3926, 527, 2476, 100, 517, 1572, 5419, 5632, 6370, 2399, 6480, 518, 102],
  '繁體字：張謇創辦大生紗廠': [101, 5246, 7768, 2099, 8038, 2484, 100, 1201, 6794, 1920, 4495, 5156, 2449, 102],
  'iPhone 15 Pro在芜湖组装': [101, 100, 8115, 100, 1762, 5697, 3959, 5299, 6163, 102],
  'e-mail: info@example.com': [101, 147, 118, 8313, 131, 9603, 137, 9577, 8608, 10383, 119, 8134, 102],
  '第1,234.56元': [101, 5018, 122, 117, 10129, 119, 8259, 1039, 102],
  "don't stop": [101, 9524, 112, 162, 11467, 102],
  '   多个   空格\t制表\n换行 ': [101, 1914, 702, 4958, 3419, 1169, 6134, 2940, 6121, 102],
  '😀表情符号🏭': [101, 100, 6134, 2658, 5016, 1384, 100, 102],
  'unaffable antidisestablishmentarianism': [
    101, 163, 8374, 9049, 9609, 9204, 9172, 12856, 8383, 8204, 13128, 8631, 11172, 13154, 10244, 102,
  ],
  'naïve café': [101, 100, 100, 102],
  'COVID-19疫情': [101, 100, 118, 8131, 4554, 2658, 102],
};

describe('createWordPieceTokenizer (the model’s tokenizer.json)', () => {
  let json: { model: { vocab: Record<string, number> }; normalizer: Record<string, unknown> };
  let tokenizer: WordPieceTokenizer;
  /** Straight from the file's vocabulary, without the library. */
  const vocabId = (token: string) => json.model.vocab[token] ?? json.model.vocab['[UNK]']!;

  beforeAll(async () => {
    const { tokenizerPath } = await ensureEmbeddingModel();
    json = JSON.parse(await readFile(tokenizerPath, 'utf8')) as typeof json;
    tokenizer = createWordPieceTokenizer(json);
  }, 120_000);

  it.each(Object.entries(REFERENCE_IDS))('gives the reference ids for %j', (text, ids) => {
    expect(tokenizer.encode(text)).toEqual({ ids, truncated: false });
  });

  it('gives [CLS], one id per Chinese character from the vocabulary, and [SEP]', () => {
    const text = '张謇创办了大生纱厂';
    const { ids } = tokenizer.encode(text);
    expect(ids).toEqual([vocabId('[CLS]'), ...[...text].map((char) => vocabId(char)), vocabId('[SEP]')]);
    expect(ids[0]).toBe(101);
    expect(ids.at(-1)).toBe(102);
    // 謇 is not in this vocabulary: it becomes [UNK] (100), still one id for its character.
    expect(json.model.vocab['謇']).toBeUndefined();
    expect(ids[2]).toBe(100);
  });

  it('splits a Latin word into the longest word pieces of the vocabulary, and punctuation into its own tokens', () => {
    expect(tokenizer.encode('unaffable').ids).toEqual([101, ...['u', '##na', '##ff', '##able'].map(vocabId), 102]);
    expect(tokenizer.encode('大生纱厂，南通。').ids).toEqual([101, ...[...'大生纱厂，南通。'].map(vocabId), 102]);
    expect(tokenizer.encode('e-mail:').ids).toEqual([
      101,
      vocabId('e'),
      vocabId('-'),
      vocabId('mail'),
      vocabId(':'),
      102,
    ]);
  });

  it('keeps case as this tokenizer.json says: its normaliser does not lowercase, and the vocabulary has no capitals', () => {
    expect(json.normalizer).toMatchObject({ type: 'BertNormalizer', lowercase: false, handle_chinese_chars: true });
    expect(Object.keys(json.model.vocab).some((token) => /^[A-Z]/.test(token))).toBe(false);
    expect(tokenizer.encode('NLP nlp').ids).toEqual([101, 100, ...tokenizer.encode('nlp').ids.slice(1, -1), 102]);
  });

  it('lowercases and strips accents when a tokenizer.json asks for it', () => {
    const lowercasing = createWordPieceTokenizer({ ...json, normalizer: { ...json.normalizer, lowercase: true } });
    expect(lowercasing.encode('Hello WORLD café').ids).toEqual([101, ...['hello', 'world', 'cafe'].map(vocabId), 102]);
    expect(['hello', 'world', 'cafe'].every((word) => word in json.model.vocab)).toBe(true);
  });

  it('drops control characters and whitespace, and gives an empty text just [CLS] [SEP]', () => {
    expect(tokenizer.encode('\u0000大\u0007生\u200b').ids).toEqual([101, vocabId('大'), vocabId('生'), 102]);
    expect(tokenizer.encode('').ids).toEqual([101, 102]);
    expect(tokenizer.encode('  \n\t ').ids).toEqual([101, 102]);
  });

  it('cuts a long text to the model’s 512 tokens, keeping its beginning and ending with [SEP]', () => {
    const long = '南通大生纱厂由张謇于1895年筹办。Dasheng cotton mill. '.repeat(40);
    const full = createWordPieceTokenizer(json, { maxLength: 100_000 }).encode(long);
    const cut = tokenizer.encode(long);
    expect(full.ids.length).toBeGreaterThan(800);
    expect(cut.truncated).toBe(true);
    expect(cut.ids).toHaveLength(512);
    expect(cut.ids.slice(0, 511)).toEqual(full.ids.slice(0, 511));
    expect(cut.ids.at(-1)).toBe(102);
  });

  it('refuses a tokenizer.json of another kind, saying what it found', () => {
    const bpe = { ...json, model: { type: 'BPE' } };
    expect(() => createWordPieceTokenizer(bpe)).toThrow(TokenizerConfigError);
    expect(() => createWordPieceTokenizer(bpe)).toThrow(/BertNormalizer\/BertPreTokenizer\/BPE\/TemplateProcessing/);
    expect(() => createWordPieceTokenizer({})).toThrow(/not a BERT WordPiece tokenizer/);
  });
});
