import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;
type Variables = Readonly<Record<string, unknown>>;

/** False for a selection that `@skip` or `@include` leaves out, as execution decides it. */
function isIncluded(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, variables: Variables): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** The fields selected directly in `selectionSet`, through inline fragments and fragment spreads. */
function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  variables: Variables,
  visiting: Set<string>,
): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (!isIncluded(selection, variables)) return [];
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return fieldsOf(selection.selectionSet, fragments, variables, visiting);
    }
    const name = selection.name.value;
    const fragment = fragments[name];
    // Validation refuses fragment cycles; the guard only keeps a walk finite should one get here.
    if (!fragment || visiting.has(name)) return [];
    visiting.add(name);
    const fields = fieldsOf(fragment.selectionSet, fragments, variables, visiting);
    visiting.delete(name);
    return fields;
  });
}

/**
 * The names of the fields selected at `path` below the resolved field (`['hits', 'entity']` below `search`),
 * under any alias, type condition or fragment, leaving out what `@skip` and `@include` leave out. Type
 * conditions are not checked: a field asked of one type only counts for all, which can make a caller do more
 * than needed, never less.
 */
export function selectedFieldNames(
  fieldNodes: readonly FieldNode[],
  fragments: Fragments,
  path: readonly string[],
  variables: Variables = {},
): Set<string> {
  const fieldsBelow = (fields: readonly FieldNode[]) =>
    fields.flatMap((field) => fieldsOf(field.selectionSet, fragments, variables, new Set()));
  let level: FieldNode[] = [...fieldNodes];
  for (const name of path) level = fieldsBelow(level).filter((field) => field.name.value === name);
  return new Set(fieldsBelow(level).map((field) => field.name.value));
}
