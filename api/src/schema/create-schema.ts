import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { curationResolvers } from './curation/resolvers.ts';
import { entityResolvers } from './entity/resolvers.ts';
import { graphResolvers } from './graph/resolvers.ts';
import { answerResolvers } from './search/answers.ts';
import { searchResolvers } from './search/resolvers.ts';
import { policyResolvers } from './policy/resolvers.ts';
import { statsResolvers } from './stats/resolvers.ts';
import { timelineResolvers } from './timeline/resolvers.ts';

const sdl = (module: string) => readFileSync(new URL(`./${module}/schema.graphql`, import.meta.url), 'utf8');

/** Each module keeps its SDL beside its resolvers; the schema is their union. */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: [
      sdl('entity'),
      sdl('graph'),
      sdl('search'),
      sdl('stats'),
      sdl('policy'),
      sdl('timeline'),
      sdl('curation'),
    ],
    resolvers: [
      entityResolvers,
      graphResolvers,
      searchResolvers,
      answerResolvers,
      statsResolvers,
      policyResolvers,
      timelineResolvers,
      curationResolvers,
    ],
  });
}
