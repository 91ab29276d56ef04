import { CULTURE_KINDS, type EntityKind } from './entity-kinds.ts';
import type { RelationType } from './relation-types.ts';

/** One allowed pairing of ends: any kind in `from` to any kind in `to`. */
export interface RelationEndpoint {
  from: readonly EntityKind[];
  to: readonly EntityKind[];
}

const PERSON = ['Entrepreneur', 'Craftsman'] as const satisfies readonly EntityKind[];
const SITE = ['HeritageSite', 'Museum', 'TourismSite', 'StudyBase'] as const satisfies readonly EntityKind[];
const CULTURE = CULTURE_KINDS;
const POLICY = ['PolicyDocument', 'PolicySection', 'PolicyTask'] as const satisfies readonly EntityKind[];
const ANY_CULTURE_OR_PLACE = [...CULTURE, 'Place', 'Theme'] as const satisfies readonly EntityKind[];

/**
 * The kinds each relationship type connects, the machine-readable side of `RELATION_TYPES[type].direction`.
 * Typed as a record over every RelationType, so a new type does not compile until its ends are stated
 * here too; docs/data-dictionary.md renders the same pairs (a test keeps them in step).
 *
 * These describe the model's intent. Importers check records against them and report the ones outside
 * as warnings; stores do not enforce them, so curators can still load an unusual but sourced fact.
 */
export const RELATION_ENDPOINTS: Readonly<Record<RelationType, readonly RelationEndpoint[]>> = {
  FOUNDED: [{ from: [...PERSON, 'Enterprise'], to: ['Enterprise', ...SITE] }],
  CO_FOUNDED: [{ from: [...PERSON, 'Enterprise'], to: ['Enterprise'] }],
  LED: [{ from: PERSON, to: ['Enterprise', 'Museum'] }],
  HEADS: [{ from: PERSON, to: ['Enterprise', 'Museum'] }],
  WORKED_AT: [{ from: PERSON, to: ['Enterprise', 'Museum'] }],
  FORMERLY_OF: [{ from: ['HeritageSite'], to: ['Enterprise'] }],
  OPERATED_AS: [{ from: ['HeritageSite'], to: ['Enterprise'] }],
  OPERATED_BY: [
    { from: SITE, to: ['Enterprise'] },
    { from: ['Project'], to: ['Enterprise', 'Department'] },
  ],
  OWNED_BY: [
    { from: CULTURE, to: ['Enterprise'] },
    { from: ['Project'], to: ['Department'] },
  ],
  MANAGES: [{ from: ['Enterprise', ...PERSON], to: SITE }],
  CONVERTED_TO: [{ from: ['HeritageSite'], to: ['TourismSite', 'Museum', 'StudyBase'] }],
  FORMERLY_NAMED: [{ from: ['Enterprise', ...SITE], to: ['Enterprise', ...SITE] }],
  SUCCEEDED_BY: [{ from: ['Enterprise', 'Museum'], to: ['Enterprise', 'Museum'] }],
  MERGED_INTO: [{ from: ['Enterprise', 'Museum'], to: ['Enterprise', 'Museum'] }],
  PRACTICES: [{ from: [...PERSON, 'Enterprise'], to: ['Technique'] }],
  INHERITS: [{ from: PERSON, to: ['Technique', ...PERSON, 'Enterprise'] }],
  APPRENTICE_OF: [{ from: PERSON, to: PERSON }],
  PRODUCES: [{ from: ['Enterprise'], to: ['Technique'] }],
  PROTECTED_BY: [{ from: ['Technique'], to: ['Enterprise', 'Museum', 'Department'] }],
  SUBITEM_OF: [{ from: ['Technique'], to: ['Technique'] }],
  EXHIBITS: [{ from: ['Museum', 'TourismSite', 'StudyBase'], to: CULTURE }],
  HOUSED_IN: [{ from: ['Museum'], to: ['HeritageSite', 'TourismSite'] }],
  HAS_GALLERY: [{ from: ['Museum', ...PERSON], to: ['Museum'] }],
  COMMEMORATES: [{ from: ['Museum'], to: [...PERSON, 'Enterprise', 'Story'] }],
  LOCATED_IN: [{ from: CULTURE, to: ['Place'] }],
  LOCATED_AT: [{ from: CULTURE, to: [...SITE, 'Enterprise'] }],
  ORIGINATED_IN: [{ from: ['Technique', 'Story'], to: ['Place'] }],
  ACTIVE_IN: [{ from: [...PERSON, 'Enterprise'], to: ['Place'] }],
  SET_IN: [{ from: ['Story'], to: ['Place'] }],
  ABOUT: [{ from: ['Story'], to: ANY_CULTURE_OR_PLACE }],
  MENTIONS: [{ from: ['Story', ...PERSON, ...POLICY], to: ANY_CULTURE_OR_PLACE }],
  AWARDED: [{ from: [...PERSON, 'Enterprise', 'Technique', ...SITE], to: ['Award'] }],
  DESIGNATED_AS: [{ from: CULTURE, to: ['Award'] }],
  ISSUED_BY: [{ from: ['PolicyDocument'], to: ['Department'] }],
  IMPLEMENTS: [{ from: ['PolicyDocument'], to: ['PolicyDocument'] }],
  PART_OF: [
    { from: ['PolicyTask'], to: ['PolicySection', 'PolicyDocument'] },
    { from: ['PolicySection'], to: ['PolicySection', 'PolicyDocument'] },
    { from: ['Place'], to: ['Place'] },
  ],
  LEADS: [{ from: ['Department'], to: ['PolicyTask'] }],
  PARTICIPATES_IN: [{ from: ['Department'], to: ['PolicyTask'] }],
  RESPONSIBLE_PER_DUTY: [{ from: ['Department'], to: ['PolicyTask'] }],
  JOINTLY_RESPONSIBLE: [{ from: ['Department'], to: ['PolicyTask'] }],
  HAS_TARGET: [{ from: POLICY, to: ['Target'] }],
  ADDRESSES: [{ from: POLICY, to: ['Theme'] }],
  SIMILAR_TO: [{ from: ['PolicyTask'], to: ['PolicyTask'] }],
  COLLABORATED_WITH: [{ from: PERSON, to: PERSON }],
  SIBLING_OF: [{ from: PERSON, to: PERSON }],
  CHILD_OF: [{ from: PERSON, to: PERSON }],
  GROUPED_WITH: [{ from: CULTURE, to: CULTURE }],
  DEMONSTRATES_AT: [{ from: PERSON, to: SITE }],
  STUDIED: [{ from: PERSON, to: ['Technique'] }],
  USES_BYPRODUCT_OF: [{ from: ['Enterprise'], to: ['Enterprise'] }],
  REUSES: [{ from: ['Project'], to: [...SITE, 'Enterprise'] }],
  SERVES: [{ from: ['Project'], to: [...SITE, 'Enterprise', 'Technique', 'Place'] }],
  RESULTED_IN: [{ from: ['Project'], to: SITE }],
  ANSWERS: [{ from: ['Project'], to: ['PolicyTask', 'Target'] }],
  INCLUDES: [{ from: ['Narrative'], to: [...ANY_CULTURE_OR_PLACE, ...POLICY, 'Department', 'Target'] }],
};

/** Whether the model expects a `type` relationship from a `fromKind` node to a `toKind` node. */
export function allowsEndpoints(type: RelationType, fromKind: EntityKind, toKind: EntityKind): boolean {
  return RELATION_ENDPOINTS[type].some(({ from, to }) => from.includes(fromKind) && to.includes(toKind));
}
