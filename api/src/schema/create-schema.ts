import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { entityResolvers } from './entity/resolvers.ts';
import { searchResolvers } from './search/resolvers.ts';
import { statsResolvers } from './stats/resolvers.ts';

const sdl = (module: string) => readFileSync(new URL(`./${module}/schema.graphql`, import.meta.url), 'utf8');

/** Each module keeps its SDL beside its resolvers; the schema is their union. */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: [sdl('entity'), sdl('search'), sdl('stats')],
    resolvers: [entityResolvers, searchResolvers, statsResolvers],
  });
}
