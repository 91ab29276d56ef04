import type { EntityKind } from './entity-kinds.ts';
import type { RelationType } from './relation-types.ts';
import type { SourceQualityCorrection } from './source-quality.ts';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Where a fact was taken from: a document or URL, a place inside it, and when. */
export interface Source {
  /** Title of the document, or of the web page. */
  document?: string;
  url?: string;
  /** Where in the document: 序号 6, 第7条, a CSV row. */
  locator?: string;
  /** ISO date the fact was taken from the source. */
  takenAt?: string;
  /** A curator's correction of the class the rules give this source (`sourceQualityOf`). */
  quality?: SourceQualityCorrection;
}

export interface GraphNode {
  /** Stable id: the same input always yields the same id, so loads are upserts. */
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  province: string | null;
  city: string | null;
  description: string | null;
  /** Kind-specific properties (years, levels, text); stored as JSON by both adapters. */
  properties: Record<string, JsonValue>;
  sources: Source[];
}

export interface GraphRelationship {
  /** Stable id, by default derived from type, ends and qualifier (see relationshipId). */
  id: string;
  type: RelationType;
  from: string;
  to: string;
  properties: Record<string, JsonValue>;
  sources: Source[];
}

export interface Subgraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  nodesByKind: Partial<Record<EntityKind, number>>;
  relationshipsByType: Partial<Record<RelationType, number>>;
}

/** The id a relationship gets when its source data has none: one per (from, type, to, qualifier). */
export function relationshipId(type: RelationType, from: string, to: string, qualifier?: string): string {
  return qualifier ? `${from}|${type}|${to}|${qualifier}` : `${from}|${type}|${to}`;
}
