import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from './use-max-cost.ts';

const schema = buildSchema(/* GraphQL */ `
  type Department {
    id: ID!
    name: String!
  }
  type Task {
    id: ID!
    text: String
    leadDepartments: [Department!]!
  }
  type Hit {
    task: Task!
  }
  type SearchResult {
    totalHits: Int!
    hits: [Hit!]!
  }
  type Relationship {
    id: ID!
    from: Place!
    to: Place!
  }
  type Place {
    id: ID!
    relationships(first: Int = 50, after: ID): [Relationship!]!
    relationshipCount: Int!
  }
  type Event {
    year: Int!
    place: Place!
  }
  type Query {
    place(id: ID!): Place
    timeline(first: Int = 200, after: String): [Event!]!
    tasks: [Task!]!
    task(id: ID!): Task
    search(query: String!, first: Int): SearchResult!
    suggest(prefix: String!, limit: Int = 8): [Task!]!
  }
`);

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost(schema, parse(query), { variables });

describe('operationCost', () => {
  it('costs 1 per field, and nothing for __typename or introspection', () => {
    expect(cost('{ task(id: "1") { id text __typename } __schema { types { name } } }')).toBe(3);
  });

  it('multiplies a list without a page argument by the assumed size (10)', () => {
    expect(cost('{ tasks { id leadDepartments { name } } }')).toBe(1 + 10 * (1 + (1 + 10 * 1)));
  });

  it("multiplies a connection's list by the page of the field above it", () => {
    expect(cost('{ search(query: "工业", first: 20) { totalHits hits { task { id } } } }')).toBe(
      1 + (1 + (1 + 20 * 2)),
    );
  });

  it('reads the page from variables, then from the default of the variable or the argument', () => {
    const query = 'query Q($first: Int = 5) { search(query: "x", first: $first) { hits { task { id } } } }';
    expect(cost(query, { first: 50 })).toBe(1 + (1 + 50 * 2));
    expect(cost(query)).toBe(1 + (1 + 5 * 2));
    expect(cost('{ suggest(prefix: "j") { id } }')).toBe(1 + 8 * 1);
  });

  it('counts a page above 100 as 100: its resolver refuses it with BAD_USER_INPUT', () => {
    expect(cost('{ search(query: "x", first: 100000) { hits { task { id } } } }')).toBe(1 + (1 + 100 * 2));
  });

  it('counts fragments where they are spread', () => {
    expect(cost('{ tasks { ...T } } fragment T on Task { id text }')).toBe(1 + 10 * 2);
  });

  it('prices a paged list by its default page when none is asked, and by the page asked for', () => {
    // The adversarial hub query, one alias: three relationship lists deep, at the default page of 50.
    const hub =
      '{ place(id: "hub") { relationships { from { relationships { to { relationships { id from { id } to { id } } } } } } } }';
    expect(cost(hub)).toBe(2 + 50 * (2 + 50 * (2 + 50 * 5)));
    expect(cost('{ place(id: "hub") { relationshipCount relationships(first: 3, after: "x") { id } } }')).toBe(
      1 + 1 + (1 + 3 * 1),
    );
  });

  it("counts a field's own largest page, given in maxPageSizes, instead of the common one", () => {
    const query = '{ timeline(first: 5000) { year } }';
    expect(cost(query)).toBe(1 + 100);
    expect(operationCost(schema, parse(query), { maxPageSizes: { timeline: 1000 } })).toBe(1 + 1000);
    expect(operationCost(schema, parse('{ timeline { year } }'), { maxPageSizes: { timeline: 1000 } })).toBe(1 + 200);
  });
});
