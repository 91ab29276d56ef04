import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFieldNames } from './selected-fields.ts';

/** The root fields of the document's operation named `field`, and its fragments, as a resolver's info has them. */
function resolved(document: string, field = 'search') {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fieldNodes = operation.selectionSet.selections.filter(
    (selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === field,
  );
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of parsed.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return { fieldNodes, fragments };
}

describe('selectedFieldNames', () => {
  it('names the fields selected at a path, whatever their aliases', () => {
    const { fieldNodes, fragments } = resolved(/* GraphQL */ `
      {
        search(query: "工业遗产") {
          found: hits {
            entity {
              id
              title: name
            }
          }
        }
      }
    `);
    expect(selectedFieldNames(fieldNodes, fragments, ['hits', 'entity'])).toEqual(new Set(['id', 'name']));
    expect(selectedFieldNames(fieldNodes, fragments, ['facets'])).toEqual(new Set());
  });

  it('looks through fragment spreads, inline fragments and repeated fields', () => {
    const { fieldNodes, fragments } = resolved(/* GraphQL */ `
      query SearchPage {
        search(query: "工业遗产") {
          hits {
            ...SearchHit_hit
          }
          hits {
            entity {
              ... on PolicyTask {
                number
              }
            }
          }
          facets {
            kinds {
              value
            }
          }
        }
      }
      fragment SearchHit_hit on SearchHit {
        snippet
        entity {
          ...EntityName
        }
      }
      fragment EntityName on Entity {
        name
        __typename
      }
    `);
    expect(selectedFieldNames(fieldNodes, fragments, ['hits', 'entity'])).toEqual(
      new Set(['name', '__typename', 'number']),
    );
    expect(selectedFieldNames(fieldNodes, fragments, ['facets'])).toEqual(new Set(['kinds']));
    expect(selectedFieldNames(fieldNodes, fragments, [])).toEqual(new Set(['hits', 'facets']));
  });

  it('leaves out what @skip and @include leave out, reading their variables', () => {
    const { fieldNodes, fragments } = resolved(/* GraphQL */ `
      query ($full: Boolean!) {
        search(query: "工业遗产") {
          hits {
            entity {
              name
              sources @include(if: $full) {
                document
              }
              ... on PolicyTask @skip(if: $full) {
                number
              }
              ...Described @include(if: false)
            }
          }
        }
      }
      fragment Described on Entity {
        description
      }
    `);
    const at = (full: boolean) => selectedFieldNames(fieldNodes, fragments, ['hits', 'entity'], { full });
    expect(at(true)).toEqual(new Set(['name', 'sources']));
    expect(at(false)).toEqual(new Set(['name', 'number']));
  });

  it('stops at a fragment that spreads itself instead of walking forever', () => {
    const { fieldNodes, fragments } = resolved(/* GraphQL */ `
      {
        search(query: "x") {
          ...Loop
        }
      }
      fragment Loop on SearchResult {
        totalHits
        ...Loop
      }
    `);
    expect(selectedFieldNames(fieldNodes, fragments, [])).toEqual(new Set(['totalHits']));
  });
});
