import {
  aliasesProblem,
  calendarDateProblem,
  canonicalPlace,
  controlCharacterProblem,
  recordSizeProblem,
  type Source,
} from '@icg/graph';
import { describe, expect, it } from 'vitest';
import { buildSeedGraph } from './load-seeds.ts';

/** The problems a curator's write or an import would meet with this source; none expected. */
const sourceProblems = (where: string, sources: readonly Source[]) =>
  sources.flatMap((source, index) => [
    ...(['document', 'url', 'locator'] as const).map((field) => {
      const text = source[field];
      return text === undefined ? undefined : controlCharacterProblem(`${where} sources[${index}].${field}`, text);
    }),
    source.takenAt === undefined
      ? undefined
      : calendarDateProblem(`${where} sources[${index}].takenAt`, source.takenAt, { partial: true }),
  ]);

describe('the seeds meet the rules every write is held to', () => {
  it('name provinces and cities as the vocabulary stores them, within the limits on text, dates and size', async () => {
    const { nodes, relationships } = await buildSeedGraph();
    const problems = [
      ...nodes.flatMap((node) => {
        const checked = canonicalPlace(node);
        return [
          checked.problem
            ? `${node.id}: ${checked.problem.reason}`
            : checked.place.province !== node.province || checked.place.city !== node.city
              ? `${node.id}: stored as ${node.province}/${node.city}, not ${checked.place.province}/${checked.place.city}`
              : undefined,
          controlCharacterProblem(`${node.id} name`, node.name),
          ...node.aliases.map((alias, i) => controlCharacterProblem(`${node.id} aliases[${i}]`, alias)),
          node.description === null
            ? undefined
            : controlCharacterProblem(`${node.id} description`, node.description, { lineBreaks: true }),
          aliasesProblem(`${node.id} aliases`, node.aliases),
          recordSizeProblem(node),
          ...sourceProblems(node.id, node.sources),
        ];
      }),
      ...relationships.flatMap((relationship) => [
        recordSizeProblem(relationship),
        ...sourceProblems(relationship.id, relationship.sources),
      ]),
    ].filter((problem) => problem !== undefined);
    expect(problems).toEqual([]);
    expect(nodes.length).toBeGreaterThan(400);
  });
});
