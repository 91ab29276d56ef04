import type { ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from './limit-exceeded.ts';

/**
 * Refuses a document with more than `maxAliases` aliased fields: aliases let one request ask
 * the same expensive field many times over.
 */
export function maxAliasesRule(maxAliases: number): ValidationRule {
  return (context) => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > maxAliases) {
            context.reportError(
              limitExceeded({
                limit: 'aliases',
                maximum: maxAliases,
                actual: aliases,
                message: 'The document uses too many aliases',
              }),
            );
          }
        },
      },
    };
  };
}

/** Maximum number of aliases in a document, checked before execution. */
export function useMaxAliases(maxAliases: number): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(maxAliasesRule(maxAliases));
    },
  };
}
