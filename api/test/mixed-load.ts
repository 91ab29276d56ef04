import { createSeededRandom } from '@icg/graph/testing';
import { graphql } from '@icg/api/testing';

export const SEARCH = /* GraphQL */ `
  query FaultSearch($query: String!) {
    search(query: $query, first: 5) {
      totalHits
      hits {
        entity {
          id
          name
        }
      }
    }
  }
`;
export const ENTITY = /* GraphQL */ `
  query FaultEntity($id: ID!) {
    entity(id: $id) {
      id
      name
    }
  }
`;
export const NEIGHBORHOOD = /* GraphQL */ `
  query FaultNeighborhood($id: ID!) {
    neighborhood(id: $id, depth: 1, limit: 20) {
      nodes {
        id
      }
    }
  }
`;
export const UPSERT_ENTITY = /* GraphQL */ `
  mutation FaultUpsertEntity($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      created
      entity {
        id
        name
      }
    }
  }
`;

export const QUERIES = ['工业遗产', '纺织', '南通', '煤矿', '钢铁', '博物馆', '张謇', '运河'];
/** Several clients at once, as a small crowd on a two-core machine. */
export const CLIENTS = 6;
export const LOAD_BEFORE_KILL_MS = 2_000;
export const LOAD_AFTER_KILL_MS = 2_500;

export type Operation = 'search' | 'entity' | 'neighborhood';

export interface Outcome {
  operation: Operation;
  startedAt: number;
  endedAt: number;
  status: number;
  /** The first error's code, undefined when the answer had no error. */
  code: string | undefined;
  message: string | undefined;
}

export interface SearchData {
  search: { totalHits: number; hits: { entity: { id: string; name: string } }[] };
}

/**
 * One client of a mixed load against `url`: 70 % searches, 20 % entity reads, 10 % neighbourhoods of `entityIds`,
 * until `until()` says stop. Seeded, so a failing run can be repeated with the same mix of operations.
 */
export async function runClient(
  url: string,
  entityIds: readonly string[],
  seed: number,
  until: () => boolean,
  outcomes: Outcome[],
): Promise<void> {
  const random = createSeededRandom(seed).next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  while (!until()) {
    const roll = random();
    const operation: Operation = roll < 0.7 ? 'search' : roll < 0.9 ? 'entity' : 'neighborhood';
    const [query, variables] =
      operation === 'search'
        ? [SEARCH, { query: pick(QUERIES) }]
        : [operation === 'entity' ? ENTITY : NEIGHBORHOOD, { id: pick(entityIds) }];
    const startedAt = performance.now();
    const { status, body } = await graphql(url, query, variables);
    outcomes.push({
      operation,
      startedAt,
      endedAt: performance.now(),
      status,
      code: body.errors?.[0]?.extensions?.code ?? (body.errors ? 'NO_CODE' : undefined),
      message: body.errors?.[0]?.message,
    });
  }
}

/** Polls `probe` every 50 ms until it gives a value, failing after `timeoutMs`. */
export async function pollUntil<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`nothing within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const round = (ms: number) => Math.round(ms);
