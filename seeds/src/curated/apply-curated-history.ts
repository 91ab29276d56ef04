import {
  createApprenticeRelationship,
  designationToJson,
  findNodesNamed,
  type FormerName,
  type GraphNode,
  type GraphRelationship,
  normalizeText,
  type PersonReference,
  personReferenceToJson,
  withFormerNames,
} from '@icg/graph';
import {
  DESIGNATION_NOTES,
  type DesignationNote,
  FORMER_NAME_NOTES,
  type FormerNameNote,
  type HistoryEvidence,
  PERSON_NOTES,
  type PersonNote,
} from './curated-history.ts';
import type { CuratedIssueLog } from './curated-issue.ts';
import type { CuratedEntity } from './curated-records.ts';
import { curatedRecordSource, curatedSources } from './curated-sources.ts';

export interface CuratedHistoryNotes {
  formerNames: readonly FormerNameNote[];
  people: readonly PersonNote[];
  designations: readonly DesignationNote[];
}

export const CURATED_HISTORY_NOTES: CuratedHistoryNotes = {
  formerNames: FORMER_NAME_NOTES,
  people: PERSON_NOTES,
  designations: DESIGNATION_NOTES,
};

/** Every string in a record, normalised and joined: what a note's evidence is looked up in. */
function recordText(record: CuratedEntity): string {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(normalizeText(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(record);
  return strings.join('\n');
}

/** Earliest year first, names without a year last; sort() is stable, so ties keep their order. */
function byYear(a: FormerName, b: FormerName): number {
  const year = (name: FormerName): number => name.from ?? name.to ?? Number.MAX_SAFE_INTEGER;
  return year(a) - year(b);
}

/**
 * Applies former names (from FOUNDED.original_name, collected by the caller, and from the notes), masters and
 * apprentices, and noted designations to `nodes`, in place. A note is applied only when the record it cites
 * contains its evidence; otherwise it is logged as HISTORY_UNSUPPORTED. Returns the APPRENTICE_OF
 * relationships for masters or apprentices that are nodes themselves.
 */
export function applyCuratedHistory(
  nodes: Map<string, GraphNode>,
  entities: ReadonlyMap<string, { entity: CuratedEntity; index: number }>,
  formerNamesFromRelations: ReadonlyMap<string, readonly FormerName[]>,
  log: CuratedIssueLog,
  notes: CuratedHistoryNotes = CURATED_HISTORY_NOTES,
): GraphRelationship[] {
  /** The id of the record the note cites, when the note holds; undefined (and logged) otherwise. */
  const citedBy = (note: HistoryEvidence & { entity: string }, what: string): string | undefined => {
    const statedIn = note.statedIn ?? note.entity;
    const cited = entities.get(statedIn);
    if (!nodes.has(note.entity)) {
      log.entity(cited?.index ?? -1, note.entity, 'HISTORY_UNSUPPORTED', 'id', `${what}: no node ${note.entity}`);
      return undefined;
    }
    if (!cited || !recordText(cited.entity).includes(normalizeText(note.evidence))) {
      const where = cited ? `${statedIn} does not contain it` : `there is no record ${statedIn}`;
      log.entity(
        cited?.index ?? -1,
        statedIn,
        'HISTORY_UNSUPPORTED',
        'description',
        `${what} of ${note.entity} rests on "${note.evidence}", but ${where}; not applied`,
      );
      return undefined;
    }
    return statedIn;
  };

  const formerNames = new Map<string, FormerName[]>();
  for (const [id, names] of formerNamesFromRelations) formerNames.set(id, [...names]);
  for (const note of notes.formerNames) {
    const statedIn = citedBy(note, `former name ${note.name}`);
    if (statedIn === undefined) continue;
    const formerName: FormerName = { name: note.name, source: curatedRecordSource(`entities.json ${statedIn}`) };
    if (note.from !== undefined) formerName.from = note.from;
    if (note.to !== undefined) formerName.to = note.to;
    if (note.note !== undefined) formerName.note = note.note;
    formerNames.set(note.entity, [...(formerNames.get(note.entity) ?? []), formerName]);
  }
  for (const [id, names] of formerNames) {
    const node = nodes.get(id);
    if (node) nodes.set(id, withFormerNames(node, [...names].sort(byYear)));
  }

  const people = [...nodes.values()].filter(({ kind }) => kind === 'Craftsman' || kind === 'Entrepreneur');
  const apprenticeships: GraphRelationship[] = [];
  const references = new Map<string, { masters: PersonReference[]; apprentices: PersonReference[] }>();
  for (const note of notes.people) {
    const statedIn = citedBy(note, `${note.role} ${note.name}`);
    const cited = statedIn === undefined ? undefined : entities.get(statedIn);
    if (statedIn === undefined || !cited) continue;
    const matches = findNodesNamed(people, note.name);
    const other = matches.length === 1 ? matches[0] : undefined;
    const recordSource = curatedRecordSource(`entities.json ${statedIn}`);
    const reference: PersonReference = { name: note.name, source: recordSource };
    if (other) reference.id = other.id;
    if (note.year !== undefined) reference.year = note.year;
    if (note.technique !== undefined) reference.technique = note.technique;
    const lists = references.get(note.entity) ?? { masters: [], apprentices: [] };
    (note.role === 'master' ? lists.masters : lists.apprentices).push(reference);
    references.set(note.entity, lists);

    if (other) {
      const [apprentice, master] = note.role === 'master' ? [note.entity, other.id] : [other.id, note.entity];
      apprenticeships.push(
        createApprenticeRelationship({
          apprentice,
          master,
          technique: note.technique,
          year: note.year,
          sources: [...curatedSources(cited.entity.sources), recordSource],
        }),
      );
    }
  }
  for (const [id, { masters, apprentices }] of references) {
    const node = nodes.get(id);
    if (!node) continue;
    const properties = { ...node.properties };
    if (masters.length) properties.masters = masters.map(personReferenceToJson);
    if (apprentices.length) properties.apprentices = apprentices.map(personReferenceToJson);
    nodes.set(id, { ...node, properties });
  }

  for (const note of notes.designations) {
    if (citedBy(note, `designation ${note.designation.list}`) === undefined) continue;
    const node = nodes.get(note.entity);
    if (!node) continue;
    const existing = Array.isArray(node.properties.designations) ? node.properties.designations : [];
    nodes.set(note.entity, {
      ...node,
      properties: { ...node.properties, designations: [...existing, designationToJson(note.designation)] },
    });
  }

  return apprenticeships;
}
