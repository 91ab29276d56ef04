export {
  CULTURE_KINDS,
  ENTITY_KINDS,
  ENTITY_KIND_LABELS_ZH,
  isEntityKind,
  type EntityKind,
} from './model/entity-kinds.ts';
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
  MAX_PATH_HOPS,
  type BulkLoadCounts,
  type BulkLoadInput,
  type BulkLoadResult,
  type Direction,
  type FindNodesFilter,
  type FindRelationshipsFilter,
  type GraphBatch,
  type GraphPath,
  type GraphStore,
  type GraphWritePhase,
  type GraphWriteProgress,
  type Link,
  type GraphShapeVisitor,
  type NeighborhoodOptions,
  type NodeFilter,
  type NodeExpectation,
  type PathHop,
  type ProvinceKindCount,
  type RelationshipsFilter,
  type ShortestPathsOptions,
  type UpsertGraphOptions,
} from './graph-store.ts';
export { GraphStoreError, isGraphStoreError, type GraphStoreErrorCode } from './graph-store-error.ts';
export {
  graphStoreConfigFromEnv,
  isLocalNeo4jConfig,
  redactGraphStoreConfig,
  type GraphStoreConfig,
  type LocalNeo4jConfig,
} from './graph-store-config.ts';
export { createGraphStore } from './create-graph-store.ts';
export {
  createEmbeddedGraphStore,
  EMBEDDED_DATABASE_FILE,
  type EmbeddedGraphStoreOptions,
} from './adapters/embedded/create-embedded-graph-store.ts';
export { createNeo4jGraphStore, type Neo4jGraphStoreOptions } from './adapters/neo4j/create-neo4j-graph-store.ts';
export {
  localNeo4jPaths,
  startLocalNeo4j,
  type LocalNeo4jOptions,
  type LocalNeo4jServer,
} from './adapters/neo4j/local-server/local-neo4j-server.ts';
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
export {
  COUNTED_PROJECT_STATUSES,
  isProjectStatus,
  isProjectType,
  PROJECT_STATUSES,
  PROJECT_STATUS_LABELS_ZH,
  PROJECT_TYPES,
  PROJECT_TYPE_LABELS_ZH,
  projectPropertyProblems,
  type ProjectStatus,
  type ProjectType,
} from './model/project.ts';
export { isSource, sourceToJson } from './model/source-guard.ts';
export {
  isVerification,
  isVerificationStatus,
  VERIFICATION_PROPERTY,
  VERIFICATION_STATUSES,
  VERIFIED_MARKER,
  verificationOf,
  verificationProblem,
  verificationStatusOf,
  verificationToJson,
  type Verification,
  type VerificationStatus,
} from './model/verification.ts';
export {
  bestSourceQuality,
  hostQuality,
  isSourceQualityClass,
  isSourceQualityCorrection,
  SOURCE_QUALITY_CLASSES,
  SOURCE_QUALITY_RANK,
  sourceQualityByRule,
  sourceQualityCorrectionToJson,
  sourceQualityOf,
  type SourceQuality,
  type SourceQualityClass,
  type SourceQualityCorrection,
} from './model/source-quality.ts';
export { compactJson, isJsonObject, type JsonObject } from './model/json-object.ts';
export {
  canonicalCity,
  canonicalPlace,
  canonicalProvince,
  citiesOf,
  closeCityNames,
  isProvince,
  PROVINCE_FULL_NAMES,
  PROVINCES,
  provinceOfCity,
  type Place,
  type PlaceCheck,
  type PlaceProblem,
  type Province,
} from './model/places.ts';
export { controlCharacterProblem } from './model/control-characters.ts';
export {
  aliasesProblem,
  MAX_ALIAS_LENGTH,
  MAX_ALIASES,
  MAX_ALIASES_TOTAL_LENGTH,
  MAX_RECORD_BYTES,
  recordBytes,
  recordSizeProblem,
} from './model/entity-limits.ts';
export { jsonValueProblem, MAX_PROPERTY_DEPTH, normalizeJsonStrings } from './model/json-values.ts';
export {
  calendarDateProblem,
  EARLIEST_SOURCE_DATE,
  isRealTimestampDay,
  type CalendarDateOptions,
} from './model/calendar-date.ts';
export { canonicalJson, datasetVersion, DATASET_VERSION_PREFIX } from './exchange/dataset-version.ts';
export {
  readGraphSnapshot,
  snapshotOf,
  type GraphSnapshot,
  type ReadGraphSnapshotOptions,
} from './exchange/graph-snapshot.ts';
export {
  importGraphFiles,
  importGraphFilesFromDisk,
  type ImportChanges,
  type ImportFileSummary,
  type ImportInput,
  type ImportOptions,
  type ImportReport,
} from './exchange/import/import-graph-files.ts';
export type { ImportIssue } from './exchange/import/import-issue.ts';
export { IMPORTED_AT, IMPORTED_FROM, withoutStamps } from './exchange/import/import-stamps.ts';
export { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './exchange/import/import-limits.ts';
export { PROPERTY_COLUMNS, type PropertyColumn, type PropertyColumnType } from './exchange/csv/kind-columns.ts';
export {
  exportGraph,
  formatExport,
  type ExportGraphOptions,
  type ExportResult,
} from './exchange/export/export-graph.ts';
export {
  EXPORT_FORMATS,
  isExportFormat,
  type ExportFormat,
  type ExportMetadata,
} from './exchange/export/export-metadata.ts';
export { csvExportFiles, CSV_MANIFEST_FILE, type CsvManifest } from './exchange/export/export-csv.ts';
export { jsonLdExport, SCHEMA_ORG_TYPES } from './exchange/export/export-jsonld.ts';
export {
  citationType,
  formatGbt7714Citation,
  formatGbt7714References,
  type CitationType,
} from './exchange/export/cite-gbt7714.ts';
export {
  completenessReport,
  DATE_PROPERTIES,
  KINDS_WITH_COORDINATES,
  renderCompletenessCsv,
  renderCompletenessMarkdown,
  type CompletenessCounts,
  type CompletenessReport,
  type CompletenessRow,
} from './reports/completeness.ts';
export {
  factTallies,
  renderFactTalliesMarkdown,
  tallyFacts,
  type FactTallies,
  type FactTally,
} from './reports/fact-tallies.ts';
export { GRAPH_REVISION_FILE, markGraphChanged, readGraphRevision } from './graph-revision.ts';
export {
  withTraversal,
  type NeighborhoodPage,
  type TraversableGraphStore,
  type TraversalPath,
  type TraversalIndexStats,
  type TraversalOptions,
} from './traversal/traversable-graph-store.ts';
export { AdjacencyIndex } from './traversal/adjacency-index.ts';
export { planNeighborhood, type NeighborCursor, type NeighborhoodPageOptions } from './traversal/neighborhood-page.ts';
export { planPaths, type PathSearchOptions } from './traversal/k-shortest-paths.ts';
export { HOP_PENALTY } from './traversal/path-weights.ts';
export { coordinatesProblem, storedCoordinates, SURVEY_AREA, type LatLng } from './position/coordinates.ts';
export {
  entityPosition,
  POSITIONED_KINDS,
  type EntityPosition,
  type PositionPrecision,
} from './position/entity-position.ts';
export { countyNamed, gazetteer, type CityCentre, type CountyUnit, type Gazetteer } from './position/gazetteer.ts';
