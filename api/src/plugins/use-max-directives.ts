import type { ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from './limit-exceeded.ts';

/**
 * Refuses a document with more than `maxDirectives` directive uses (`@include`, `@skip`, …):
 * repeated directives are a cheap way to make validation and execution do more work.
 */
export function maxDirectivesRule(maxDirectives: number): ValidationRule {
  return (context) => {
    let directives = 0;
    return {
      Directive() {
        directives += 1;
      },
      Document: {
        leave() {
          if (directives > maxDirectives) {
            context.reportError(
              limitExceeded({
                limit: 'directives',
                maximum: maxDirectives,
                actual: directives,
                message: 'The document uses too many directives',
              }),
            );
          }
        },
      },
    };
  };
}

/** Maximum number of directive uses in a document, checked before execution. */
export function useMaxDirectives(maxDirectives: number): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(maxDirectivesRule(maxDirectives));
    },
  };
}
