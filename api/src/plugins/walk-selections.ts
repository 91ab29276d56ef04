import { Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

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
