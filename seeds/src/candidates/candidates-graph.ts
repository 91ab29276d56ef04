import {
  designationToJson,
  type GraphNode,
  type GraphRelationship,
  type JsonValue,
  normalizeText,
  relationshipId,
  type RelationType,
  type Source,
} from '@icg/graph';
import { normalizeProvince } from '../curated/curated-places.ts';
import { documentForUrl } from '../curated/curated-sources.ts';
import { SeedError } from '../seed-error.ts';
import { candidateDesignation } from './candidate-designation.ts';
import { CANDIDATE_IDS, NAMED_TECHNIQUES } from './candidate-ids.ts';
import type { CandidateRecord } from './candidate-records.ts';

/**
 * When the candidates' facts were taken from their pages, as precisely as we can vouch: candidates.json gives no
 * date, and it was delivered with issue 17 in December 2026.
 */
export const CANDIDATES_TAKEN_AT = '2026-12';

/** How a candidate of each kind is placed in its city, as the curated relations place records of that kind. */
const CITY_RELATION: Readonly<Record<CandidateRecord['kind'], RelationType>> = {
  HeritageSite: 'LOCATED_IN',
  Museum: 'LOCATED_IN',
  TourismSite: 'LOCATED_IN',
  Craftsman: 'ACTIVE_IN',
  Technique: 'ORIGINATED_IN',
};

/** What the candidates are converted against: the graph's city Places and Techniques (the curated graph's). */
export interface CandidateTargets {
  /** City Place id by name (南京市 → city-nanjing). */
  cityIds: ReadonlyMap<string, string>;
  techniqueIds: ReadonlySet<string>;
  /** Every id the graph already has, so that no candidate overwrites a record. */
  existingIds: ReadonlySet<string>;
}

export interface CandidatesGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** What was left unlinked, and why, for the curator running the conversion. */
  notices: string[];
}

function sourcesOf(record: CandidateRecord): Source[] {
  return record.sources.map((url) => {
    const document = documentForUrl(url);
    const locator = `candidates.json ${normalizeText(record.name).trim()}`;
    return document === undefined
      ? { url, locator, takenAt: CANDIDATES_TAKEN_AT }
      : { url, document, locator, takenAt: CANDIDATES_TAKEN_AT };
  });
}

/**
 * Converts candidates into graph records, unverified (no `verification`: a curator checks them from the review
 * queue): each with its designation in `properties.designations`, its note as `properties.note`, its pages as
 * sources; linked to the city Place it names (LOCATED_IN, ACTIVE_IN for masters, ORIGINATED_IN for techniques) and,
 * for masters, to the Techniques their record names (PRACTICES). Links carry the record's sources. Pure: equal
 * input gives equal output, ids included.
 * @throws SeedError `MALFORMED_DOCUMENT` for a candidate without an id in CANDIDATE_IDS, one whose id the graph
 * already has, a province other than 江苏 or 安徽, or a named Technique the graph lacks.
 */
export function candidatesGraph(records: readonly CandidateRecord[], targets: CandidateTargets): CandidatesGraph {
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const notices: string[] = [];
  const cityNames: ReadonlySet<string> = new Set(targets.cityIds.keys());
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const name = normalizeText(record.name).trim();
    const fail = (message: string): never => {
      throw new SeedError('MALFORMED_DOCUMENT', `candidates.json record ${index + 1} (${name}): ${message}`);
    };
    const id = CANDIDATE_IDS[name] ?? fail('has no id in CANDIDATE_IDS (seeds/src/candidates/candidate-ids.ts)');
    if (targets.existingIds.has(id)) fail(`its id ${id} is already a record of the graph`);
    if (seen.has(id)) fail(`its id ${id} is given to another candidate too`);
    seen.add(id);
    const province = normalizeProvince(normalizeText(record.province)) ?? fail(`province "${record.province}"`);
    const city = normalizeText(record.city).trim();
    const note = record.note === undefined ? undefined : normalizeText(record.note).trim();
    const properties: Record<string, JsonValue> = {
      designations: [designationToJson(candidateDesignation(record.designation, note, cityNames))],
    };
    if (note) properties.note = note;
    const sources = sourcesOf(record);
    nodes.push({ id, kind: record.kind, name, aliases: [], province, city, description: null, properties, sources });

    const link = (type: RelationType, to: string) =>
      relationships.push({ id: relationshipId(type, id, to), type, from: id, to, properties: {}, sources });
    const cityId = targets.cityIds.get(city);
    if (cityId) link(CITY_RELATION[record.kind], cityId);
    else
      notices.push(
        `${name} (${id}): the graph has no city Place named ${city}; left without ${CITY_RELATION[record.kind]}`,
      );
    if (record.kind !== 'Craftsman') return;
    const named = NAMED_TECHNIQUES.filter(({ words }) => note?.includes(words));
    for (const { words, techniqueId } of named) {
      if (!targets.techniqueIds.has(techniqueId)) fail(`names ${words}, but the graph has no Technique ${techniqueId}`);
      link('PRACTICES', techniqueId);
    }
    if (named.length === 0) notices.push(`${name} (${id}): the record names no technique of the graph; no PRACTICES`);
  });
  return { nodes, relationships, notices };
}
