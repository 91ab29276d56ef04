export { ENTITY_KINDS, ENTITY_KIND_LABELS_ZH, isEntityKind, type EntityKind } from './model/entity-kinds.ts';
export { RELATION_TYPES, RELATION_TYPE_NAMES, isRelationType, type RelationType } from './model/relation-types.ts';
export { normalizeText } from './model/normalize-text.ts';
export {
  relationshipId,
  type GraphCounts,
  type GraphNode,
  type GraphRelationship,
  type JsonValue,
  type Source,
  type Subgraph,
} from './model/graph-records.ts';
export {
  MAX_NEIGHBORHOOD_DEPTH,
  type Direction,
  type FindNodesFilter,
  type GraphStore,
  type NeighborhoodOptions,
  type RelationshipsFilter,
} from './graph-store.ts';
export { GraphStoreError, isGraphStoreError, type GraphStoreErrorCode } from './graph-store-error.ts';
export { graphStoreConfigFromEnv, redactGraphStoreConfig, type GraphStoreConfig } from './graph-store-config.ts';
export { createGraphStore } from './create-graph-store.ts';
export {
  createEmbeddedGraphStore,
  EMBEDDED_DATABASE_FILE,
  type EmbeddedGraphStoreOptions,
} from './adapters/embedded/create-embedded-graph-store.ts';
export { createNeo4jGraphStore, type Neo4jGraphStoreOptions } from './adapters/neo4j/create-neo4j-graph-store.ts';
export { allowsEndpoints, RELATION_ENDPOINTS, type RelationEndpoint } from './model/relation-endpoints.ts';
export {
  createApprenticeRelationship,
  formerNamesOf,
  formerNameToJson,
  isFormerName,
  isPersonReference,
  personReferencesOf,
  personReferenceToJson,
  withFormerNames,
  type ApprenticeRelationshipInput,
  type FormerName,
  type PersonReference,
} from './model/history.ts';
export {
  DESIGNATION_LEVELS,
  designationsOf,
  designationToJson,
  isDesignation,
  isDesignationLevel,
  type Designation,
  type DesignationLevel,
} from './model/designation.ts';
export { findNodesNamed, isNamed, namesOf } from './model/node-names.ts';
export { isSource, sourceToJson } from './model/source-guard.ts';
export { compactJson, isJsonObject, type JsonObject } from './model/json-object.ts';
