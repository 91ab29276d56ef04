import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { curationResolvers } from './curation/resolvers.ts';
import { entityResolvers } from './entity/resolvers.ts';
import { graphResolvers } from './graph/resolvers.ts';
import { mapResolvers } from './map/resolvers.ts';
import { answerResolvers } from './search/answers.ts';
import { searchResolvers } from './search/resolvers.ts';
import { policyResolvers } from './policy/resolvers.ts';
import { projectResolvers } from './project/resolvers.ts';
import { reviewResolvers } from './review/resolvers.ts';
import { statsResolvers } from './stats/resolvers.ts';
import { timelineResolvers } from './timeline/resolvers.ts';
import { verificationResolvers } from './verification/resolvers.ts';

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
      sdl('map'),
      sdl('verification'),
      sdl('project'),
      sdl('review'),
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
      mapResolvers,
      verificationResolvers,
      projectResolvers,
      reviewResolvers,
    ],
  });
}
