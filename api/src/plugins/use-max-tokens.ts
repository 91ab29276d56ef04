import { Lexer, Source, TokenKind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from './limit-exceeded.ts';

/**
 * Counts the lexical tokens of a document with graphql's own lexer, stopping one past the
 * limit, so an oversized document costs no more than `maxTokens` tokens of work. A syntax error
 * met on the way is left for the parser to report.
 */
export function countTokens(source: string | Source, stopAfter = Infinity): number {
  const lexer = new Lexer(typeof source === 'string' ? new Source(source) : source);
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > stopAfter) break;
    }
  } catch {
    // The parser reports the syntax error with its location.
  }
  return count;
}

/**
 * Maximum number of tokens in a document, counted before it is parsed. It wraps the parse
 * function, so a document served from Yoga's parser cache (already counted) is not lexed again.
 */
export function useMaxTokens(maxTokens: number): Plugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        const tokens = countTokens(source, maxTokens);
        if (tokens > maxTokens) {
          throw limitExceeded({ limit: 'tokens', maximum: maxTokens, message: 'The document has too many tokens' });
        }
        return parseFn(source, options);
      });
    },
  };
}
