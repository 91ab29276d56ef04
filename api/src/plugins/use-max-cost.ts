import {
  getOperationAST,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_PAGE_SIZE } from '../page-size.ts';
import { limitExceeded } from './limit-exceeded.ts';
import { fragmentsOf, isIntrospectionField } from './walk-selections.ts';

// graphql's isObjectType, getNamedType and friends test `instanceof`, and graphql 16 ships a CJS
// and an ESM build: the schema may come from the other one (it does under vitest, where Vite
// resolves `module` and Node `main`). These read the type's own tag instead.
const tagOf = (type: unknown): string | undefined => (type as { [Symbol.toStringTag]?: string })[Symbol.toStringTag];
const isListType = (type: GraphQLOutputType) => tagOf(type) === 'GraphQLList';
const isNonNullType = (type: GraphQLOutputType) => tagOf(type) === 'GraphQLNonNull';
const isObjectType = (type: unknown): type is GraphQLObjectType => tagOf(type) === 'GraphQLObjectType';
const isInterfaceType = (type: unknown): type is GraphQLInterfaceType => tagOf(type) === 'GraphQLInterfaceType';
const isCompositeType = (type: unknown) =>
  isObjectType(type) || isInterfaceType(type) || tagOf(type) === 'GraphQLUnionType';
const getNullableType = (type: GraphQLOutputType): GraphQLOutputType =>
  isNonNullType(type) ? (type as { ofType: GraphQLOutputType }).ofType : type;
function getNamedType(type: GraphQLOutputType): GraphQLNamedType {
  let named = type;
  while (isListType(named) || isNonNullType(named)) named = (named as { ofType: GraphQLOutputType }).ofType;
  return named as GraphQLNamedType;
}

export interface CostModel {
  /** Items assumed in a list field that has no `first`/`limit` argument (relationship lists). @default 10 */
  assumedListSize?: number;
  /** Items assumed when a `first`/`limit` argument is left out and has no default. @default 10 */
  defaultPageSize?: number;
  /**
   * The largest page a list field serves. A larger `first` is refused by its resolver with
   * BAD_USER_INPUT before anything is loaded, so it is counted as this many: the client then
   * hears about the page size, the limit it actually broke, not about cost. @default 100
   */
  maxPageSize?: number;
  /** The largest page of the fields whose largest page is not `maxPageSize`, by field name (`timeline`: 1,000). */
  maxPageSizes?: Readonly<Record<string, number>>;
}

const PAGE_ARGUMENTS = ['first', 'limit'];

/**
 * Our cost model, simple on purpose:
 * - every field costs 1 (`__typename` and introspection cost nothing);
 * - a list of objects multiplies the cost of its selection by its size: its own `first`/`limit`
 *   argument, or the `first`/`limit` of the field right above it (connection style:
 *   `search(first: 20) { hits { … } }` holds 20 hits), or else `assumedListSize`;
 * - fragments count for every type they may apply to (an upper bound);
 * - a page above the field's largest (`maxPageSize`, or its own in `maxPageSizes`) counts as that
 *   largest page (its resolver refuses it anyway).
 * Variables are read from the request, so the figure is the one that will run.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: { operationName?: string | null; variables?: Record<string, unknown> | null } & CostModel = {},
): number {
  const operation = getOperationAST(document, options.operationName);
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = fragmentsOf(document);
  const assumedListSize = options.assumedListSize ?? 10;
  const defaultPageSize = options.defaultPageSize ?? 10;
  const maxPageSize = options.maxPageSize ?? MAX_PAGE_SIZE;
  const variables = options.variables ?? {};

  const pageSizeOf = (
    field: GraphQLField<unknown, unknown>,
    args: readonly { name: { value: string }; value: ValueNode }[],
  ) => {
    const definition = field.args.find((arg) => PAGE_ARGUMENTS.includes(arg.name));
    if (!definition) return undefined;
    const given = args.find((arg) => arg.name.value === definition.name)?.value;
    const value = given ? valueOf(given, operation, variables) : undefined;
    const size = value ?? (typeof definition.defaultValue === 'number' ? definition.defaultValue : defaultPageSize);
    const largest = options.maxPageSizes?.[field.name] ?? maxPageSize;
    return Number.isFinite(size) ? Math.min(largest, Math.max(0, size)) : defaultPageSize;
  };

  const fragmentCosts = new Map<string, number>();
  const costOf = (
    selectionSet: SelectionSetNode | undefined,
    parent: GraphQLNamedType | undefined,
    pageFromParent: number | undefined,
    visiting: Set<string>,
  ): number => {
    if (!selectionSet || !parent) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += costOf(selection.selectionSet, type ?? undefined, pageFromParent, visiting);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment: FragmentDefinitionNode | undefined = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        // Remembered per fragment and page: fragments spreading each other several times would
        // otherwise be walked an exponential number of times (a fragment bomb hangs the server).
        const key = `${name}|${pageFromParent ?? ''}`;
        let fragmentCost = fragmentCosts.get(key);
        if (fragmentCost === undefined) {
          visiting.add(name);
          const type = schema.getType(fragment.typeCondition.name.value) ?? undefined;
          fragmentCost = costOf(fragment.selectionSet, type, pageFromParent, visiting);
          visiting.delete(name);
          fragmentCosts.set(key, fragmentCost);
        }
        total += fragmentCost;
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename' || isIntrospectionField(name)) continue;
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const field = parent.getFields()[name];
      if (!field) continue;
      const type = getNamedType(field.type);
      const ownPage = pageSizeOf(field, selection.arguments ?? []);
      const isObjectList = isListType(getNullableType(field.type)) && isCompositeType(type);
      const multiplier = isObjectList ? (ownPage ?? pageFromParent ?? assumedListSize) : 1;
      const passedDown = isObjectList ? undefined : ownPage;
      total += 1 + multiplier * costOf(selection.selectionSet, type, passedDown, visiting);
    }
    return total;
  };

  return costOf(operation.selectionSet, root, undefined, new Set());
}

function valueOf(
  node: ValueNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number | undefined {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind !== Kind.VARIABLE) return undefined;
  const name = node.name.value;
  const given = variables[name];
  if (typeof given === 'number') return given;
  if (given !== undefined && given !== null) return undefined;
  const fallback = operation.variableDefinitions?.find((v) => v.variable.name.value === name)?.defaultValue;
  return fallback?.kind === Kind.INT ? Number(fallback.value) : undefined;
}

/**
 * Maximum cost of an operation (see `operationCost`). It needs the variables, so it runs when
 * execution is about to start, after validation, and stops it with the refusal instead.
 */
export function useMaxCost(maxCost: number, model: CostModel = {}): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = operationCost(args.schema, args.document, {
        ...model,
        operationName: args.operationName,
        variables: args.variableValues as Record<string, unknown> | null | undefined,
      });
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            limitExceeded({
              limit: 'cost',
              maximum: maxCost,
              actual: cost,
              message: 'The operation would cost too much',
            }),
          ],
        });
      }
    },
  };
}
