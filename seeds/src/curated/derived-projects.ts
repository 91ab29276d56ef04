import {
  type GraphNode,
  type GraphRelationship,
  type JsonValue,
  PROJECT_STATUS_LABELS_ZH,
  type ProjectStatus,
  relationshipId,
  type RelationType,
  type Source,
} from '@icg/graph';
import { curatedRecordSource } from './curated-sources.ts';

/** A CONVERTED_TO of the curated relations, with its position in relations.json. */
export interface CuratedConversion {
  relationship: GraphRelationship;
  /** Index in relations.json, from 0. */
  index: number;
}

export interface DerivedProjects {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

const yearOf = (value: JsonValue | undefined): number | null =>
  typeof value === 'number' && Number.isInteger(value) ? value : null;

/** The id of a site without its kind prefix: hs-jinling-arsenal → jinling-arsenal. */
const siteSlug = (id: string) => id.replace(/^hs-/, '');

/**
 * The reuse projects the curated data already implies (docs/projects.md): every heritage site CONVERTED_TO a park,
 * museum or base is one Project of type `heritage-reuse`. Pure, with ids from the site's id alone
 * (`project-reuse-jinling-arsenal`, the park's id added only when a site was converted twice), so reloading the
 * seeds writes the same records and creates nothing twice.
 *
 * - **Status**: 运营 when the site's record states what it is used for today (`current_use`): the conversion is in
 *   use now; 建成 when the data records the conversion but not its present use. The data states no project that is
 *   储备 or 在建, so none is derived as such.
 * - **Period**: `startYear` is the year the park opened (`opened_year`, else `founded_year`) where its record gives
 *   one; no derived project has an end.
 * - **Links**: REUSES the site and RESULTED_IN the park, with the CONVERTED_TO's sources; OPERATED_BY whoever the data
 *   says runs the park (its OPERATED_BY), with that relation's sources. The site's owner is not taken for the
 *   project's: nothing in the data says the owner carried out the conversion.
 * - **Sources**: the CONVERTED_TO's own, then a pointer to each record a property was read from.
 */
export function deriveReuseProjects(
  nodes: ReadonlyMap<string, GraphNode>,
  conversions: readonly CuratedConversion[],
  relationships: readonly GraphRelationship[],
): DerivedProjects {
  const conversionsBySite = new Map<string, number>();
  for (const { relationship } of conversions) {
    conversionsBySite.set(relationship.from, (conversionsBySite.get(relationship.from) ?? 0) + 1);
  }
  const derived: DerivedProjects = { nodes: [], relationships: [] };
  for (const { relationship: conversion, index } of conversions) {
    const site = nodes.get(conversion.from);
    const park = nodes.get(conversion.to);
    if (!site || !park || site.kind !== 'HeritageSite') continue;
    const twice = (conversionsBySite.get(site.id) ?? 0) > 1;
    const id = `project-reuse-${siteSlug(site.id)}${twice ? `-${park.id}` : ''}`;
    const locator = `relations.json #${index}`;
    // The pages the conversion was seen on, and the record that states it: the project is read out of that record.
    const conversionSources: Source[] = [...conversion.sources, curatedRecordSource(locator)];

    const currentUse = typeof site.properties.current_use === 'string' ? site.properties.current_use : null;
    const status: ProjectStatus = currentUse ? 'operating' : 'completed';
    const yearKey = yearOf(park.properties.opened_year) !== null ? 'opened_year' : 'founded_year';
    const startYear = yearOf(park.properties[yearKey]);

    const sources: Source[] = [...conversionSources];
    const note = [`由整理数据推得：${site.name}改造为${park.name}（CONVERTED_TO，${locator}）。`];
    if (currentUse) {
      sources.push(curatedRecordSource(`entities.json ${site.id} current_use`));
      note.push(`状态“${PROJECT_STATUS_LABELS_ZH[status]}”：旧址记录的现状用途为“${currentUse}”。`);
    } else {
      note.push(`状态“${PROJECT_STATUS_LABELS_ZH[status]}”：数据记有改造，未记现状用途。`);
    }
    if (startYear !== null) {
      sources.push(curatedRecordSource(`entities.json ${park.id} ${yearKey}`));
      note.push(`起始年份取自${park.name}的${yearKey === 'opened_year' ? '开放' : '创建'}年份（${yearKey}）。`);
    }

    const properties: Record<string, JsonValue> = { projectType: 'heritage-reuse', status };
    if (startYear !== null) properties.startYear = startYear;
    properties.derivedFrom = conversion.id;
    properties.note = note.join('');
    derived.nodes.push({
      id,
      kind: 'Project',
      name: `${site.name}活化利用项目`,
      aliases: [],
      province: site.province,
      city: site.city ?? park.city,
      description: `${site.name}改造为${park.name}${startYear === null ? '' : `，${startYear}年开放`}。`,
      properties,
      sources,
    });

    const link = (type: RelationType, to: string, linkSources: Source[]): GraphRelationship => ({
      id: relationshipId(type, id, to),
      type,
      from: id,
      to,
      properties: {},
      sources: linkSources,
    });
    derived.relationships.push(link('REUSES', site.id, conversionSources));
    derived.relationships.push(link('RESULTED_IN', park.id, conversionSources));
    for (const operated of relationships) {
      if (operated.type === 'OPERATED_BY' && operated.from === park.id) {
        derived.relationships.push(link('OPERATED_BY', operated.to, operated.sources));
      }
    }
  }
  return derived;
}
