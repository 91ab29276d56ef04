import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Introspection (`__schema`, `__type`) is governed by the INTROSPECTION switch, not by limits. */
export function isIntrospectionField(name: string): boolean {
  return name === '__schema' || name === '__type';
}

/**
 * The deepest field nesting of a selection set, through fragments (which add no level of
 * their own); `{ a { b } }` has depth 2. A fragment cycle (refused by validation anyway) stops
 * where it repeats instead of recursing forever.
 */
export function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string> = new Set(),
  // Each fragment's depth is worked out once: fragments spreading each other several times would
  // otherwise be walked an exponential number of times (a fragment bomb hangs the server).
  fragmentDepths: Map<string, number> = new Map(),
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth: number;
    if (selection.kind === Kind.FIELD) {
      if (isIntrospectionField(selection.name.value)) continue;
      depth = 1 + selectionDepth(selection.selectionSet, fragments, visiting, fragmentDepths);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, fragments, visiting, fragmentDepths);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      const known = fragmentDepths.get(name);
      if (known === undefined) {
        visiting.add(name);
        depth = selectionDepth(fragment.selectionSet, fragments, visiting, fragmentDepths);
        visiting.delete(name);
        fragmentDepths.set(name, depth);
      } else depth = known;
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
