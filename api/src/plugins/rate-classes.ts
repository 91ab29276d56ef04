import {
  getOperationAST,
  Kind,
  type DirectiveNode,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { RateClass } from './api-limits.ts';
import { fragmentsOf } from './walk-selections.ts';

type Variables = Readonly<Record<string, unknown>>;

function argumentValue(node: ValueNode | undefined, variables: Variables, operation: OperationDefinitionNode): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value;
    if (variables[name] !== undefined) return variables[name];
    const fallback = operation.variableDefinitions?.find((v) => v.variable.name.value === name)?.defaultValue;
    return fallback ? argumentValue(fallback, variables, operation) : undefined;
  }
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.BOOLEAN) return node.value;
  return undefined;
}

/** `@skip`/`@include`, as execution will read them: a skipped field runs nothing, so costs nothing. */
function isSkipped(
  directives: readonly DirectiveNode[] | undefined,
  variables: Variables,
  operation: OperationDefinitionNode,
) {
  for (const directive of directives ?? []) {
    const condition = argumentValue(
      directive.arguments?.find((arg) => arg.name.value === 'if')?.value,
      variables,
      operation,
    );
    if (directive.name.value === 'skip' && condition === true) return true;
    if (directive.name.value === 'include' && condition === false) return true;
  }
  return false;
}

/** The default `depth` of `neighborhood` in the schema. */
const DEFAULT_NEIGHBORHOOD_DEPTH = 1;

/** Fields that read every relationship of an entity, whatever page they return: a hub's thousands. */
const ADJACENCY_FIELDS: ReadonlySet<string> = new Set(['relationships', 'relationshipCount']);

/** Root fields that read the whole graph on every call. */
const WHOLE_GRAPH_FIELDS: ReadonlySet<string> = new Set(['timeline', 'timelineCount']);

/**
 * How many operations of each rate class a document's operation asks for: its root fields, through
 * fragments and aliases (`a: search … b: search …` counts 2), with variables read, so the figure is
 * that of what would run. `neighborhood` counts only with `depth` 2 or more. Besides its own class, a
 * root field counts one `fanout` when anything below it reads an entity's relationships
 * (`entity { relationships … }`, `entities { edges { node { relationshipCount } } }`, a search hit's
 * entity's relationships …).
 */
export function rateClassesOf(
  document: DocumentNode,
  options: { operationName?: string | null; variables?: Variables | null } = {},
): Map<RateClass, number> {
  const counts = new Map<RateClass, number>();
  const operation = getOperationAST(document, options.operationName);
  if (!operation) return counts;
  const variables = options.variables ?? {};
  const fragments = fragmentsOf(document);
  const count = (rateClass: RateClass) => counts.set(rateClass, (counts.get(rateClass) ?? 0) + 1);
  const classOf = (field: {
    name: { value: string };
    arguments?: readonly { name: { value: string }; value: ValueNode }[];
  }): RateClass | undefined => {
    const name = field.name.value;
    if (name === 'search' || name === 'suggest' || name === 'paths') return name;
    if (WHOLE_GRAPH_FIELDS.has(name)) return 'timeline';
    if (name !== 'neighborhood') return undefined;
    const given = field.arguments?.find((arg) => arg.name.value === 'depth')?.value;
    const depth = given ? argumentValue(given, variables, operation) : DEFAULT_NEIGHBORHOOD_DEPTH;
    // A depth that is not a number fails variable coercion or falls back to the default: nothing deep runs.
    return typeof depth === 'number' && depth >= 2 ? 'neighborhood' : undefined;
  };

  // Whether a fragment reads relationships, worked out once: fragments spreading each other several
  // times would otherwise be walked an exponential number of times.
  const fragmentReads = new Map<string, boolean>();
  const readsAdjacency = (selectionSet: SelectionSetNode | undefined, visiting: Set<string>): boolean => {
    for (const selection of selectionSet?.selections ?? []) {
      if (isSkipped(selection.directives, variables, operation)) continue;
      if (selection.kind === Kind.FIELD) {
        if (ADJACENCY_FIELDS.has(selection.name.value) || readsAdjacency(selection.selectionSet, visiting)) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (readsAdjacency(selection.selectionSet, visiting)) return true;
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        let reads = fragmentReads.get(name);
        if (reads === undefined) {
          visiting.add(name);
          reads = readsAdjacency(fragment.selectionSet, visiting);
          visiting.delete(name);
          fragmentReads.set(name, reads);
        }
        if (reads) return true;
      }
    }
    return false;
  };

  const walk = (selectionSet: SelectionSetNode, visiting: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (isSkipped(selection.directives, variables, operation)) continue;
      if (selection.kind === Kind.FIELD) {
        const rateClass = classOf(selection);
        if (rateClass) count(rateClass);
        if (readsAdjacency(selection.selectionSet, new Set())) count('fanout');
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, visiting);
      } else {
        const fragment = fragments.get(selection.name.value);
        // A cycle is refused by validation; stopping here keeps a refused document from hanging the walk.
        if (!fragment || visiting.has(fragment.name.value)) continue;
        visiting.add(fragment.name.value);
        walk(fragment.selectionSet, visiting);
        visiting.delete(fragment.name.value);
      }
    }
  };
  walk(operation.selectionSet, new Set());
  return counts;
}
