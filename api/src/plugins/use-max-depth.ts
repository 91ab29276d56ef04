import { Kind, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from './limit-exceeded.ts';
import { fragmentsOf, selectionDepth } from './walk-selections.ts';

/** Refuses, at validation, an operation whose fields nest deeper than `maxDepth`. */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context) => ({
    Document(document) {
      const fragments = fragmentsOf(document);
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const depth = selectionDepth(definition.selectionSet, fragments);
        if (depth > maxDepth) {
          context.reportError(
            limitExceeded({
              limit: 'depth',
              maximum: maxDepth,
              actual: depth,
              message: 'The operation nests fields too deeply',
            }),
          );
          return;
        }
      }
    },
  });
}

/** Maximum field depth of an operation, checked before execution. */
export function useMaxDepth(maxDepth: number): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(maxDepthRule(maxDepth));
    },
  };
}
