import { Tokenizer } from '@huggingface/tokenizers';

export interface WordPieceTokenizerOptions {
  /**
   * Tokens per text, [CLS] and [SEP] included: the model's window. A longer text keeps its beginning, as the
   * reference tokenizer truncates (longest-first, on the right).
   * @default 512
   */
  maxLength?: number;
}

export interface TokenizedText {
  /** [CLS], the text's tokens, [SEP]. */
  ids: number[];
  /** True when tokens past `maxLength` were dropped. */
  truncated: boolean;
}

export interface WordPieceTokenizer {
  encode(text: string): TokenizedText;
  /** The vocabulary id of a token, or undefined. */
  tokenToId(token: string): number | undefined;
  /** Id used to fill the positions after a shorter text in a batch (masked out). */
  readonly padId: number;
  readonly maxLength: number;
}

/** The `tokenizer.json` file is not the kind of BERT tokenizer this module knows how to complete. */
export class TokenizerConfigError extends Error {
  override readonly name = 'TokenizerConfigError';
}

interface TokenizerJson {
  model?: { type?: string };
  normalizer?: { type?: string };
  pre_tokenizer?: { type?: string };
  post_processor?: {
    type?: string;
    single?: unknown[];
    special_tokens?: Record<string, { ids?: number[] }>;
  };
}

function specialId(json: TokenizerJson, token: string): number {
  const id = json.post_processor?.special_tokens?.[token]?.ids?.[0];
  if (typeof id !== 'number') throw new TokenizerConfigError(`tokenizer.json has no id for ${token}`);
  return id;
}

/**
 * Checks the parts this module relies on: special tokens are added here (after truncation), so the post-processor
 * must be exactly `[CLS] A [SEP]`; everything else (normaliser flags, Chinese character splitting, punctuation,
 * WordPiece with `##`) is read from the file by the library.
 */
function checkShape(json: TokenizerJson): void {
  const found = `${json.normalizer?.type}/${json.pre_tokenizer?.type}/${json.model?.type}/${json.post_processor?.type}`;
  if (found !== 'BertNormalizer/BertPreTokenizer/WordPiece/TemplateProcessing') {
    throw new TokenizerConfigError(`tokenizer.json is not a BERT WordPiece tokenizer (${found})`);
  }
  const single = JSON.stringify(json.post_processor?.single);
  const expected = JSON.stringify([
    { SpecialToken: { id: '[CLS]', type_id: 0 } },
    { Sequence: { id: 'A', type_id: 0 } },
    { SpecialToken: { id: '[SEP]', type_id: 0 } },
  ]);
  if (single !== expected) throw new TokenizerConfigError(`tokenizer.json wraps a text differently: ${single}`);
}

/**
 * The model's own tokenizer, built from its `tokenizer.json` by `@huggingface/tokenizers` (a dependency-free port of
 * Hugging Face's tokenizers; see docs/decisions/0006-embedding-tokenizer.md), with the truncation to the model's
 * window that the file leaves to its caller. Text is made well-formed first: an unpaired surrogate has no UTF-8 form.
 */
export function createWordPieceTokenizer(
  tokenizerJson: unknown,
  options: WordPieceTokenizerOptions = {},
): WordPieceTokenizer {
  const json = tokenizerJson as TokenizerJson;
  checkShape(json);
  const maxLength = options.maxLength ?? 512;
  if (!Number.isInteger(maxLength) || maxLength < 3) throw new RangeError(`maxLength must be at least 3: ${maxLength}`);
  const cls = specialId(json, '[CLS]');
  const sep = specialId(json, '[SEP]');
  let tokenizer: Tokenizer;
  try {
    tokenizer = new Tokenizer(json, {});
  } catch (cause) {
    throw new TokenizerConfigError(`tokenizer.json could not be loaded: ${(cause as Error).message}`, { cause });
  }
  const padId = tokenizer.token_to_id('[PAD]');
  if (padId === undefined) throw new TokenizerConfigError('tokenizer.json has no [PAD] token');

  return {
    padId,
    maxLength,
    tokenToId: (token) => tokenizer.token_to_id(token),
    encode(text) {
      const pieces = tokenizer.encode(text.toWellFormed(), { add_special_tokens: false }).ids;
      const room = maxLength - 2;
      const truncated = pieces.length > room;
      return { ids: [cls, ...(truncated ? pieces.slice(0, room) : pieces), sep], truncated };
    },
  };
}
