import type { EntityKind } from '../../model/entity-kinds.ts';
import { sourceQualityOf } from '../../model/source-quality.ts';
import { verificationStatusOf } from '../../model/verification.ts';
import type { GraphNode, GraphRelationship, JsonValue, Source } from '../../model/graph-records.ts';
import { RELATION_TYPES } from '../../model/relation-types.ts';
import type { GraphSnapshot } from '../graph-snapshot.ts';
import type { ExportMetadata } from './export-metadata.ts';

/**
 * schema.org types per kind. Where schema.org has no close type (a policy task, a quantitative
 * target), the nearest general one is used and the exact kind is kept in `icg:kind`.
 */
export const SCHEMA_ORG_TYPES: Readonly<Record<EntityKind, string>> = {
  Enterprise: 'Corporation',
  Entrepreneur: 'Person',
  Craftsman: 'Person',
  HeritageSite: 'LandmarksOrHistoricalBuildings',
  Museum: 'Museum',
  TourismSite: 'TouristAttraction',
  StudyBase: 'Place',
  Technique: 'DefinedTerm',
  Story: 'CreativeWork',
  Place: 'Place',
  Award: 'DefinedTerm',
  Project: 'Project',
  PolicyDocument: 'Legislation',
  PolicySection: 'Legislation',
  PolicyTask: 'PlanAction',
  Department: 'GovernmentOrganization',
  Target: 'QuantitativeValue',
  Theme: 'DefinedTerm',
  Narrative: 'CreativeWork',
};

/** Types that are schema.org Places (they take address, geo, containedInPlace). */
const PLACE_TYPES = new Set(['LandmarksOrHistoricalBuildings', 'Museum', 'TouristAttraction', 'Place']);
/** Types that take an address: places, organisations. */
const ADDRESS_TYPES = new Set([...PLACE_TYPES, 'Corporation', 'GovernmentOrganization']);
const CREATIVE_WORK_TYPES = new Set(['CreativeWork', 'Legislation']);

/**
 * Source URLs that identify the same thing elsewhere (encyclopedia entries), as `sameAs`:
 * Wikipedia in any language, Wikidata items, and the Chinese encyclopedias Baidu Baike, Sogou
 * Baike, 360 Baike (baike.so.com) and Hudong/Baike.com.
 */
const SAME_AS_HOSTS = [
  /(^|\.)wikipedia\.org$/,
  /^(www\.)?wikidata\.org$/,
  /^(baike\.baidu\.com|baike\.sogou\.com|baike\.so\.com|(www\.)?baike\.com)$/,
];

export function isSameAsUrl(url: string): boolean {
  try {
    const { hostname, protocol } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && SAME_AS_HOSTS.some((host) => host.test(hostname));
  } catch {
    return false;
  }
}

/** Prefix of node and relationship IRIs: ids are percent-encoded after it. */
export const DEFAULT_BASE_IRI = 'urn:icg:';

export interface JsonLdOptions {
  /** @default 'urn:icg:' */
  baseIri?: string;
}

const CONTEXT = {
  '@vocab': 'https://schema.org/',
  icg: 'urn:icg:vocab:',
  'icg:properties': { '@type': '@json' },
  'icg:sources': { '@type': '@json' },
  'icg:relationshipProperties': { '@type': '@json' },
  'icg:from': { '@type': '@id' },
  'icg:to': { '@type': '@id' },
  sameAs: { '@type': '@id' },
};

function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0),
    ),
  ) as T;
}

function citation(source: Source): Record<string, unknown> {
  const extra = source as Record<string, JsonValue | undefined>;
  return compact({
    '@type': source.url ? 'WebPage' : 'CreativeWork',
    name: source.document,
    url: source.url,
    author: typeof extra.author === 'string' ? extra.author : undefined,
    datePublished: typeof extra.publishedAt === 'string' ? extra.publishedAt : undefined,
    'icg:locator': source.locator,
    'icg:takenAt': source.takenAt,
    // The class the rules or a curator give the source (docs/source-quality.md).
    'icg:sourceQuality': sourceQualityOf(source).class,
  });
}

const numberProperty = (node: GraphNode, ...keys: string[]) => {
  for (const key of keys) {
    const value = node.properties[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
};

const textProperty = (node: GraphNode, ...keys: string[]) => {
  for (const key of keys) {
    const value = node.properties[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
};

const yearText = (value: number | undefined) => (value === undefined ? undefined : String(value));

/** Type-specific schema.org properties read from documented properties (see kind-columns). */
function typedProperties(node: GraphNode, type: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const location = compact({ '@type': 'PostalAddress', addressRegion: node.province, addressLocality: node.city });
  if (ADDRESS_TYPES.has(type) && (node.province || node.city)) out.address = location;
  if (type === 'Person' && (node.province || node.city)) out.homeLocation = { '@type': 'Place', address: location };
  if (CREATIVE_WORK_TYPES.has(type) && (node.province || node.city)) {
    out.spatialCoverage = { '@type': 'Place', address: location };
  }
  if (PLACE_TYPES.has(type)) {
    const latitude = numberProperty(node, 'lat', 'latitude');
    const longitude = numberProperty(node, 'lng', 'longitude');
    if (latitude !== undefined && longitude !== undefined) out.geo = { '@type': 'GeoCoordinates', latitude, longitude };
  }
  if (type === 'Corporation') out.foundingDate = yearText(numberProperty(node, 'founded_year'));
  if (type === 'Person') {
    out.birthDate = textProperty(node, 'birth') ?? yearText(numberProperty(node, 'birth_year'));
    out.deathDate = textProperty(node, 'death') ?? yearText(numberProperty(node, 'death_year'));
  }
  if (type === 'Legislation') {
    out.legislationIdentifier = textProperty(node, 'documentNumber');
    out.legislationDate = textProperty(node, 'signedOn', 'publishedOn');
    out.datePublished = textProperty(node, 'publishedOn');
  }
  return compact(out);
}

/** schema.org links a relationship type also gives: the property, and which end of the relationship carries it. */
const SCHEMA_LINKS: Partial<Record<keyof typeof RELATION_TYPES, { property: string; on: 'from' | 'to' }>> = {
  FOUNDED: { property: 'founder', on: 'to' },
  CO_FOUNDED: { property: 'founder', on: 'to' },
  PART_OF: { property: 'isPartOf', on: 'from' },
  ABOUT: { property: 'about', on: 'from' },
  AWARDED: { property: 'award', on: 'from' },
};

/**
 * JSON-LD with schema.org types. The document is the Dataset, with `version` (the dataset version)
 * and its records in `@graph`: one node object per entity (`@id` = base IRI + id), with
 * `sameAs` for encyclopedia URLs among its sources and `citation` for every source; one
 * `icg:Relationship` object per relationship. Everything schema.org has no term for (the kind,
 * raw properties, relationship types) is kept under the `icg:` prefix, so nothing is lost.
 */
export function jsonLdExport(snapshot: GraphSnapshot, metadata: ExportMetadata, options: JsonLdOptions = {}) {
  const base = options.baseIri ?? DEFAULT_BASE_IRI;
  const iri = (kind: 'entity' | 'relationship', id: string) => `${base}${kind}:${encodeURIComponent(id)}`;
  const kindOf = new Map(snapshot.nodes.map((node) => [node.id, node.kind]));

  const links = new Map<string, Record<string, string[]>>();
  const link = (nodeId: string, property: string, target: string) => {
    const forNode = links.get(nodeId) ?? {};
    (forNode[property] ??= []).push(iri('entity', target));
    links.set(nodeId, forNode);
  };
  for (const relationship of snapshot.relationships) {
    const schemaLink = SCHEMA_LINKS[relationship.type];
    if (schemaLink) {
      const [on, target] =
        schemaLink.on === 'from' ? [relationship.from, relationship.to] : [relationship.to, relationship.from];
      link(on, schemaLink.property, target);
    }
    if (
      relationship.type === 'LOCATED_IN' &&
      PLACE_TYPES.has(SCHEMA_ORG_TYPES[kindOf.get(relationship.from) ?? 'Theme'])
    ) {
      link(relationship.from, 'containedInPlace', relationship.to);
    }
  }

  const entities = snapshot.nodes.map((node) => {
    const type = SCHEMA_ORG_TYPES[node.kind];
    const sameAs = node.sources.flatMap((source) => (source.url && isSameAsUrl(source.url) ? [source.url] : []));
    const nodeLinks = Object.fromEntries(
      Object.entries(links.get(node.id) ?? {}).map(([property, targets]) => [
        property,
        targets.map((id) => ({ '@id': id })),
      ]),
    );
    return compact({
      '@id': iri('entity', node.id),
      '@type': type,
      identifier: node.id,
      'icg:kind': node.kind,
      name: node.name,
      alternateName: node.aliases,
      description: node.description ?? undefined,
      ...typedProperties(node, type),
      ...nodeLinks,
      sameAs: [...new Set(sameAs)],
      citation: node.sources.map(citation),
      'icg:verificationStatus': verificationStatusOf(node),
      'icg:province': node.province ?? undefined,
      'icg:city': node.city ?? undefined,
      'icg:properties': node.properties,
      'icg:sources': node.sources,
    });
  });

  const relationships = snapshot.relationships.map((relationship: GraphRelationship) =>
    compact({
      '@id': iri('relationship', relationship.id),
      '@type': 'icg:Relationship',
      identifier: relationship.id,
      'icg:type': relationship.type,
      name: RELATION_TYPES[relationship.type].zh,
      'icg:from': iri('entity', relationship.from),
      'icg:to': iri('entity', relationship.to),
      citation: relationship.sources.map(citation),
      'icg:verificationStatus': verificationStatusOf(relationship),
      'icg:relationshipProperties': relationship.properties,
      'icg:sources': relationship.sources,
    }),
  );

  return {
    '@context': CONTEXT,
    '@id': `${base}dataset`,
    '@type': 'Dataset',
    name: '工业文化知识图谱 (Industrial culture knowledge graph)',
    version: metadata.datasetVersion,
    dateModified: metadata.exportedAt,
    '@graph': [...entities, ...relationships],
  };
}

export function* jsonLdExportChunks(
  snapshot: GraphSnapshot,
  metadata: ExportMetadata,
  options: JsonLdOptions = {},
): Generator<string> {
  const { '@graph': graph, ...dataset } = jsonLdExport(snapshot, metadata, options);
  const head = JSON.stringify(dataset, null, 2);
  yield `${head.slice(0, -2)},\n  "@graph": [`;
  for (const [index, item] of graph.entries()) yield `${index === 0 ? '\n' : ',\n'}    ${JSON.stringify(item)}`;
  yield graph.length > 0 ? '\n  ]\n}\n' : ']\n}\n';
}
