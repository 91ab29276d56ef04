import type { GraphQLResolveInfo } from 'graphql';
import type {
  NodeParent,
  RelationshipParent,
  PathParent,
  RelationTypeCountParent,
  EntityPage,
} from '../graph/graph-parents.ts';
import type {
  GraphNode,
  NeighborhoodPage as NeighborhoodPageModel,
  FormerName as FormerNameModel,
  Source as SourceModel,
} from '@icg/graph';
import type { TargetProgress as TargetProgressModel } from '../policy/target-progress.ts';
import type { SimilarTask as SimilarTaskModel } from '../policy/similar-tasks.ts';
import type { TimelineEvent as TimelineEventModel } from '../timeline/timeline-events.ts';
import type { NarrativeItemParent } from '../curation/narratives.ts';
import type { AddedRelationship, UpsertedEntity } from '../curation/entity-writes.ts';
import type { QuestionAnswer, ProvenAnswer } from '@icg/search-indexer';
import type { ReviewEntry } from '../review/review-order.ts';
import type { Proposal as ProposalModel } from '../review/approval-rules.ts';
import type { ReviewDecision as ReviewDecisionModel } from '../review/decision-log.ts';
import type { RequestContext } from '../../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
};

/**
 * A relationship to add between two stored entities. Its type must be allow-listed and allowed
 * between the two kinds (docs/data-dictionary.md); INCLUDES belongs to narratives.
 */
export type AddRelationshipInput = {
  from: Scalars['ID']['input'];
  /** Type-specific properties as JSON object text, e.g. {"year":1895}. */
  properties?: InputMaybe<Scalars['String']['input']>;
  /** At least one. Added to the sources of the relationship if it is already stored. */
  sources: Array<SourceInput>;
  to: Scalars['ID']['input'];
  /** A relation type such as FOUNDED. */
  type: Scalars['String']['input'];
};

export type AddRelationshipPayload = {
  __typename?: 'AddRelationshipPayload';
  /** False when the relationship was already stored (its properties and sources were merged). */
  created: Scalars['Boolean']['output'];
  /** Set when the relationship was verified: the merge waits for a second curator (see UpsertEntityPayload.proposal). */
  proposal?: Maybe<ReviewProposal>;
  /** The stored relationship (stable id from|TYPE|to), with its merged properties and sources. */
  relationship: Relationship;
};

/** An answer the graph holds to a question put to search. */
export type Answer = {
  __typename?: 'Answer';
  /** The relationships asked, in order: one, or two (荣德生的兄弟创办了什么: 兄弟, then 创办). */
  asked: Array<AskedRelation>;
  /** The entities the graph gives, each with its proof; at least one. */
  items: Array<AnswerItem>;
  /** How the question names it: 保兴面粉厂 for 茂新面粉厂, 恒顺醋业 for 江苏恒顺醋业股份有限公司. */
  mention: Scalars['String']['output'];
  /** True when the question misspells the name (荣德声); the answer is about the entity it most nearly writes. */
  nearMiss: Scalars['Boolean']['output'];
  /** The entity the question is about. */
  subject: Entity;
};

/** One entity of an answer and what proves it. */
export type AnswerItem = {
  __typename?: 'AnswerItem';
  entity: Entity;
  /** One plain Chinese sentence saying why: 张謇 创办 大生纱厂。 */
  explanation: Scalars['String']['output'];
  /** For a question naming a former name: that name, with its years. */
  formerName?: Maybe<FormerName>;
  /**
   * The relationships from the question's subject to this entity, each with its sources; length 0 when the answer is
   * the subject itself under the name it bears now (保兴面粉厂后来改名叫什么 → 茂新面粉厂).
   */
  path: Path;
  /** The sources of every relationship of the path (or of the former name), each once, in path order. */
  sources: Array<Source>;
};

/** What a question asks of its subject, in the question's own words. */
export type AskedRelation = {
  __typename?: 'AskedRelation';
  /** The words that ask it: 创办人, 前身, 传承人, 改名叫. */
  phrase: Scalars['String']['output'];
  /** The relationship types followed (FOUNDED, CO_FOUNDED), or FORMER_NAME for a name the subject bore before. */
  relationTypes: Array<Scalars['String']['output']>;
};

/** An award, title, designation or programme named in the plans: 江苏制造突出贡献奖. */
export type Award = Entity &
  Node & {
    __typename?: 'Award';
    aliases: Array<Scalars['String']['output']>;
    bestSourceQuality: SourceQualityClass;
    citations: Array<Scalars['String']['output']>;
    city?: Maybe<Scalars['String']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    kind: EntityKind;
    name: Scalars['String']['output'];
    position?: Maybe<Position>;
    properties: Scalars['String']['output'];
    province?: Maybe<Scalars['String']['output']>;
    related?: Maybe<Array<RelatedEntity>>;
    relationshipCount: Scalars['Int']['output'];
    relationships: Array<Relationship>;
    sources: Array<Source>;
    /** `award`, `title`, `designation` or `programme`. */
    type?: Maybe<Scalars['String']['output']>;
    verification: Verification;
  };

/** An award, title, designation or programme named in the plans: 江苏制造突出贡献奖. */
export type AwardRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An award, title, designation or programme named in the plans: 江苏制造突出贡献奖. */
export type AwardRelationshipCountArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An award, title, designation or programme named in the plans: 江苏制造突出贡献奖. */
export type AwardRelationshipsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<RelationshipDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An entity of a kind that has no dedicated type yet. */
export type BasicEntity = Entity &
  Node & {
    __typename?: 'BasicEntity';
    aliases: Array<Scalars['String']['output']>;
    bestSourceQuality: SourceQualityClass;
    citations: Array<Scalars['String']['output']>;
    city?: Maybe<Scalars['String']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    kind: EntityKind;
    name: Scalars['String']['output'];
    position?: Maybe<Position>;
    properties: Scalars['String']['output'];
    province?: Maybe<Scalars['String']['output']>;
    related?: Maybe<Array<RelatedEntity>>;
    relationshipCount: Scalars['Int']['output'];
    relationships: Array<Relationship>;
    sources: Array<Source>;
    verification: Verification;
  };

/** An entity of a kind that has no dedicated type yet. */
export type BasicEntityRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An entity of a kind that has no dedicated type yet. */
export type BasicEntityRelationshipCountArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An entity of a kind that has no dedicated type yet. */
export type BasicEntityRelationshipsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<RelationshipDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Entities of one city, as stored on the entities themselves (`city`), for the map's counts. */
export type CityCount = {
  __typename?: 'CityCount';
  byKind: Array<KindCount>;
  /** The stored city name: 南京市. */
  city: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  /** 江苏 or 安徽; null when the stored entities name no province. */
  province?: Maybe<Scalars['String']['output']>;
};

/** What the survey still lacks, the same report as `pnpm graph report completeness`. */
export type CompletenessReport = {
  __typename?: 'CompletenessReport';
  /** One row per kind, every city together. */
  byKind: Array<CompletenessRow>;
  /** One row per kind and city, cities in Chinese order, records without a city last. */
  byKindAndCity: Array<CompletenessRow>;
  /** How much of the survey a curator has checked, and what it rests on. */
  facts: FactTallies;
  totals: CompletenessTotals;
};

/** Counts of one kind (and city, or every city together) of the records, and of those that lack each field. */
export type CompletenessRow = {
  __typename?: 'CompletenessRow';
  /** Null on a kind's total row, and on the row of records that name no city. */
  city?: Maybe<Scalars['String']['output']>;
  kind: EntityKind;
  /** Null where the kind is not expected to sit at one spot on a map. */
  missingCoordinates?: Maybe<Scalars['Int']['output']>;
  /** Null where the kind has no defining date. */
  missingDates?: Maybe<Scalars['Int']['output']>;
  missingDescriptions: Scalars['Int']['output'];
  /** Records without a source naming a URL or a document. */
  missingSources: Scalars['Int']['output'];
  records: Scalars['Int']['output'];
};

export type CompletenessTotals = {
  __typename?: 'CompletenessTotals';
  missingCoordinates: Scalars['Int']['output'];
  missingDates: Scalars['Int']['output'];
  missingDescriptions: Scalars['Int']['output'];
  missingSources: Scalars['Int']['output'];
  records: Scalars['Int']['output'];
};

export type CorrectSourceQualityInput = {
  document?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The class it should have; null removes a curator's correction, so the rules decide again. */
  quality?: InputMaybe<SourceQualityClass>;
  /** An entity's id, or a relationship's (from|TYPE|to). */
  target: Scalars['ID']['input'];
  /** The source to correct, by its url; or by its document title when it has no url. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CorrectSourceQualityPayload = {
  __typename?: 'CorrectSourceQualityPayload';
  /** Its sources, the corrected one among them. */
  sources: Array<Source>;
  /** The entity or relationship, as stored now. */
  target: Node;
};

/** A curator, as named when their token was issued (`pnpm curator add <label>`). */
export type Curator = {
  __typename?: 'Curator';
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};

export type DecisionLogFormat = 'CSV' | 'JSON';

/** A government department named in a policy document, by its full official name. */
export type Department = Entity &
  Node & {
    __typename?: 'Department';
    aliases: Array<Scalars['String']['output']>;
    bestSourceQuality: SourceQualityClass;
    citations: Array<Scalars['String']['output']>;
    city?: Maybe<Scalars['String']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    kind: EntityKind;
    name: Scalars['String']['output'];
    position?: Maybe<Position>;
    properties: Scalars['String']['output'];
    province?: Maybe<Scalars['String']['output']>;
    related?: Maybe<Array<RelatedEntity>>;
    relationshipCount: Scalars['Int']['output'];
    relationships: Array<Relationship>;
    sources: Array<Source>;
    verification: Verification;
  };

/** A government department named in a policy document, by its full official name. */
export type DepartmentRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A government department named in a policy document, by its full official name. */
export type DepartmentRelationshipCountArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A government department named in a policy document, by its full official name. */
export type DepartmentRelationshipsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<RelationshipDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DesignationListCount = {
  __typename?: 'DesignationListCount';
  /** Points on the list, under the other filters. */
  count: Scalars['Int']['output'];
  list: Scalars['String']['output'];
};

/** A node of the knowledge graph. */
export type Entity = {
  aliases: Array<Scalars['String']['output']>;
  /** The best class among the entity's sources; UNKNOWN when it has none. */
  bestSourceQuality: SourceQualityClass;
  /** GB/T 7714-2015 reference entries for the entity's sources, one per source, as narratives cite them. */
  citations: Array<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Where it is on the map; null for kinds that are not at a place, or a record that names no city. */
  position?: Maybe<Position>;
  /** Kind-specific properties as JSON object text, e.g. {"founded_year":1895}; "{}" when there are none. */
  properties: Scalars['String']['output'];
  province?: Maybe<Scalars['String']['output']>;
  /**
   * The entities nearest this one in meaning (their embeddings) that are not its neighbours in the graph, nearest
   * first; `first` is 1–20 (default 6). Empty when the service has no embedding model; null, with
   * SEARCH_UNAVAILABLE, while the search engine is down.
   */
  related?: Maybe<Array<RelatedEntity>>;
  /** How many relationships `relationships` pages through with the same filters. */
  relationshipCount: Scalars['Int']['output'];
  /**
   * The entity's relationships, optionally of these `types` only (allow-listed names such as
   * FOUNDED; an unknown one is refused) and in one `direction`, in id order; with `verifiedOnly`, only those a
   * curator has verified. A narrative's
   * INCLUDES relationships are not among them: narratives are curators' documents, not entities.
   * A page at a time: `first` (1–100, default 50) relationships whose id sorts after `after` (the id of
   * the last relationship of the previous page); `relationshipCount` tells how many there are in all.
   */
  relationships: Array<Relationship>;
  sources: Array<Source>;
  verification: Verification;
};

/** A node of the knowledge graph. */
export type EntityRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A node of the knowledge graph. */
export type EntityRelationshipCountArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A node of the knowledge graph. */
export type EntityRelationshipsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<RelationshipDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One page of entities in id order, Relay style. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  pageInfo: EntityPageInfo;
  /** How many entities match the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

/** The kinds of node the graph holds (see docs/data-dictionary.md). */
export type EntityKind =
  | 'Award'
  | 'Craftsman'
  | 'Department'
  | 'Enterprise'
  | 'Entrepreneur'
  | 'HeritageSite'
  | 'Museum'
  /** A curator's ordered selection of entities (see Narrative). */
  | 'Narrative'
  | 'Place'
  | 'PolicyDocument'
  | 'PolicySection'
  | 'PolicyTask'
  | 'Project'
  | 'Story'
  | 'StudyBase'
  | 'Target'
  | 'Technique'
  | 'Theme'
  | 'TourismSite';

export type EntityPageInfo = {
  __typename?: 'EntityPageInfo';
  /** Cursor of the last edge, for the next page's `after`; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** How many hits share one value of a field. */
export type FacetCount = {
  __typename?: 'FacetCount';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

export type FactTallies = {
  __typename?: 'FactTallies';
  entities: FactTally;
  /** Relationships between entities; narratives' items are not facts and are left out. */
  relationships: FactTally;
};

/** Facts of one sort counted by verification status and by the best class among their sources. */
export type FactTally = {
  __typename?: 'FactTally';
  /** Every class, best first, with the facts whose best source is of that class. */
  byBestSourceQuality: Array<SourceQualityCount>;
  disputed: Scalars['Int']['output'];
  facts: Scalars['Int']['output'];
  unverified: Scalars['Int']['output'];
  verified: Scalars['Int']['output'];
};

/** One field a proposal changes. */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['String']['output']>;
  /** The value as text (JSON for lists and objects); null when absent. */
  before?: Maybe<Scalars['String']['output']>;
  /** `name`, `description`, `sources`, `properties.<key>` … */
  field: Scalars['String']['output'];
};

/** A name an entity bore before the one it bears now, as the graph records it. */
export type FormerName = {
  __typename?: 'FormerName';
  /** First year the name was in use, where a source gives it. */
  from?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** How the change happened (公私合营, 接盘改组). */
  note?: Maybe<Scalars['String']['output']>;
  /** Year the name stopped being used: the year of the change. */
  to?: Maybe<Scalars['Int']['output']>;
};

/** How one hit matched the query. */
export type HitMatch =
  /** It has the words and is near in meaning. */
  | 'BOTH'
  /** It is among the entities nearest the query in meaning, without having its words. */
  | 'MEANING'
  /** It has the query's words (or their pinyin, or a synonym). */
  | 'WORDS';

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: EntityKind;
};

export type MapPoint = {
  __typename?: 'MapPoint';
  entity: Entity;
  position: Position;
};

export type MapPointConnection = {
  __typename?: 'MapPointConnection';
  /** Matching points by precision, over all pages. */
  countsByPrecision: Array<PrecisionCount>;
  /** Designation lists among the points matching the other filters, most first: the choices of that filter. */
  designationLists: Array<DesignationListCount>;
  pageInfo: MapPointPageInfo;
  /** Points in id order, `first` at a time. */
  points: Array<MapPoint>;
  /** Points matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Entities matching the filter that have no position (no city named): listed beside the map, not on it. */
  withoutPosition: Scalars['Int']['output'];
};

/** Which entities the map shows. Every filter given must hold; a list matches any of its values. */
export type MapPointFilter = {
  /** Lists the entity is on (`Designation.list`), e.g. 国家工业遗产, 全国重点文物保护单位. */
  designationLists?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default: the kinds that stand at a place (HeritageSite, Museum, TourismSite, StudyBase, Enterprise). */
  kinds?: InputMaybe<Array<EntityKind>>;
  /** Only positions of these precisions. */
  precisions?: InputMaybe<Array<PositionPrecision>>;
  /** Projects of these statuses only (储备, 在建, 建成, 运营); entities of other kinds are not filtered by it. */
  projectStatuses?: InputMaybe<Array<ProjectStatus>>;
  /** 江苏 or 安徽. */
  province?: InputMaybe<Scalars['String']['input']>;
  /** Verification statuses; a record nobody has checked is UNVERIFIED. */
  verificationStatuses?: InputMaybe<Array<VerificationStatus>>;
};

export type MapPointPageInfo = {
  __typename?: 'MapPointPageInfo';
  /** For the next page's `after`; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type Mutation = {
  __typename?: 'Mutation';
  addRelationship: AddRelationshipPayload;
  /**
   * Approves a proposal: the proposed version replaces the verified one and is verified by the approver. Refused to its
   * proposer (FORBIDDEN), for a decided proposal (BAD_USER_INPUT, reason ALREADY_DECIDED) and when the fact changed
   * since it was proposed (BAD_USER_INPUT, reason STALE_PROPOSAL).
   */
  approveProposal: ReviewProposal;
  /**
   * Corrects the quality class of one source of an entity or relationship (every source of it with that url, or with
   * that title and no url), recording the curator and the time.
   */
  correctSourceQuality: CorrectSourceQualityPayload;
  createNarrative: Narrative;
  /**
   * Turns a chosen path or set of entities (1–100 ids, in order) into a draft narrative: one item per
   * entity with a caption, a note saying how each entity relates to the one before when they are
   * directly related, and citations from their sources.
   */
  createNarrativeFromPath: Narrative;
  /** Deletes a narrative (its creator only); when `version` is given it must be current. Returns the id. */
  deleteNarrative: Scalars['ID']['output'];
  /**
   * Places an entity on the map, or moves it: stores `lat`/`lng` in its properties with who placed it and
   * when, adds the source, and goes through the same edit log and search sync as upsertEntity.
   */
  placeEntity: PlaceEntityPayload;
  /**
   * Publishes a narrative (its creator only): `search` and `suggest` find it from then on (within 2 s). `version`
   * must be current, as for updateNarrative, and grows by one.
   */
  publishNarrative: Narrative;
  /** Rejects a proposal, saying why (note required); the verified version stays. Its proposer may reject it to withdraw it. */
  rejectProposal: ReviewProposal;
  /**
   * Brings a retraction's records back exactly as they were (its curator only). RESTORE_CONFLICT when the id has been
   * taken since or an end of a relationship is gone.
   */
  restoreRetraction: Retraction;
  /**
   * Removes an entity its curator created (FORBIDDEN for anyone else, and for seeded or imported entities), with every
   * relationship touching it, from the graph and from search. `reason` is required. A verified entity (or one with a
   * verified relationship) is BAD_USER_INPUT with reason VERIFIED_FACT: dispute it first; an item of a narrative is
   * reason IN_NARRATIVE. Logged, so a restart keeps it retracted; restoreRetraction undoes it.
   */
  retractEntity: Retraction;
  /** Removes a relationship its curator created, as retractEntity does an entity. */
  retractRelationship: Retraction;
  /**
   * Sets the verification status of an entity or relationship, recording the curator and the time. VERIFIED needs
   * `source`, DISPUTED needs `note`. Policy-document entities and narratives are not facts to verify (FORBIDDEN).
   */
  setVerification: SetVerificationPayload;
  /** Takes a narrative back to a draft (its creator only), out of `search` and `suggest` within 2 s; checks `version` likewise. */
  unpublishNarrative: Narrative;
  /**
   * Replaces a narrative's content. `version` must be the narrative's current version; otherwise the
   * error is BAD_USER_INPUT with extensions { reason: "VERSION_CONFLICT", currentVersion }. Only the
   * curator who created it may update it (FORBIDDEN otherwise).
   */
  updateNarrative: Narrative;
  upsertEntity: UpsertEntityPayload;
  /** Creates or updates a project and the links given, in one transaction (a curator token is required). */
  upsertProject: UpsertProjectPayload;
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationAddRelationshipArgs = {
  input: AddRelationshipInput;
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationApproveProposalArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationCorrectSourceQualityArgs = {
  input: CorrectSourceQualityInput;
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationCreateNarrativeArgs = {
  input: NarrativeInput;
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationCreateNarrativeFromPathArgs = {
  pathOf: Array<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationDeleteNarrativeArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationPlaceEntityArgs = {
  input: PlaceEntityInput;
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationPublishNarrativeArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationRejectProposalArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationRestoreRetractionArgs = {
  id: Scalars['ID']['input'];
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationRetractEntityArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationRetractRelationshipArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationSetVerificationArgs = {
  input: SetVerificationInput;
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationUnpublishNarrativeArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationUpdateNarrativeArgs = {
  id: Scalars['ID']['input'];
  input: NarrativeInput;
  version: Scalars['Int']['input'];
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationUpsertEntityArgs = {
  input: UpsertEntityInput;
};

/** Every mutation requires a curator token: `Authorization: Bearer icg_…` (UNAUTHENTICATED otherwise). */
export type MutationUpsertProjectArgs = {
  input: UpsertProjectInput;
};

/** A curator's ordered story through the graph: a draft for an exhibition, a lesson or a portal page. */
export type Narrative = {
  __typename?: 'Narrative';
  /** ISO timestamp. */
  createdAt: Scalars['String']['output'];
  /** The label of the curator who created it. */
  createdBy: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** True when the request's curator owns it (its creator, a later token of theirs, or whom it was reassigned to), so updateNarrative and deleteNarrative will accept it. */
  editable: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  items: Array<NarrativeItem>;
  /**
   * ISO timestamp of its publication; null while it is a draft. Only a published narrative is found by `search`
   * and `suggest` (as kind Narrative, to be opened with `narrative(id)`, never `entity`); published or not, it is
   * no entity of `entities` nor counted by `stats`.
   */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** The label of the curator who published it; null while it is a draft. */
  publishedBy?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** ISO timestamp. */
  updatedAt: Scalars['String']['output'];
  /** Starts at 1 and grows by one with each update; updateNarrative and deleteNarrative check it. */
  version: Scalars['Int']['output'];
};

/** A narrative's content. On update it replaces title, description and every item. */
export type NarrativeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** In order; at most 100. */
  items: Array<NarrativeItemInput>;
  title: Scalars['String']['input'];
};

/** One entry of a narrative, in order. */
export type NarrativeItem = {
  __typename?: 'NarrativeItem';
  /** A short label, e.g. 张謇（企业家，江苏南通市）. */
  caption?: Maybe<Scalars['String']['output']>;
  /** GB/T 7714-2015 reference entries for the entity's sources, one per line; null when it has none. */
  citation?: Maybe<Scalars['String']['output']>;
  /** The same entries as a list. */
  citations: Array<Scalars['String']['output']>;
  entity: Entity;
  /** The curator's text about this entry, e.g. how it follows from the one before. */
  note?: Maybe<Scalars['String']['output']>;
  /** 1, 2, 3 … in the narrative's order. */
  position: Scalars['Int']['output'];
};

export type NarrativeItemInput = {
  caption?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Anything with a global id. */
export type Node = {
  id: Scalars['ID']['output'];
};

/** One way two entities connect. */
export type Path = {
  __typename?: 'Path';
  /** The relationship of each hop, in order, each in its stored direction. */
  edges: Array<Relationship>;
  /** One plain Chinese clause per hop, in walking order, e.g. 张謇 创办 大生纱厂；大生纱厂旧址 曾作为 大生纱厂。 */
  explanation: Scalars['String']['output'];
  /** Number of hops. */
  length: Scalars['Int']['output'];
  /** From the start to the end, length + 1 entities. */
  nodes: Array<Entity>;
};

/**
 * A position to give an entity. Coordinates are WGS 84 degrees within Jiangsu and Anhui (a margin of
 * about half a degree is allowed); anything else is BAD_USER_INPUT naming the problem.
 */
export type PlaceEntityInput = {
  id: Scalars['ID']['input'];
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
  /** Where the position comes from: a survey, a map service's page, or the curator's own reading of the map. */
  source: SourceInput;
};

export type PlaceEntityPayload = {
  __typename?: 'PlaceEntityPayload';
  /** The entity as stored: the verified version when `proposal` is set. */
  entity: Entity;
  /** The position given: EXACT, stored, or proposed when `proposal` is set. */
  position: Position;
  /** The position before, or null. */
  previous?: Maybe<Position>;
  /** Set when the entity was verified: the placing was kept as a proposal for a second curator (reviewQueue). */
  proposal?: Maybe<ReviewProposal>;
};

/** A province's policy document, such as Jiangsu's task division table. */
export type PolicyDocument = Entity &
  Node & {
    __typename?: 'PolicyDocument';
    aliases: Array<Scalars['String']['output']>;
    bestSourceQuality: SourceQualityClass;
    citations: Array<Scalars['String']['output']>;
    city?: Maybe<Scalars['String']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    /** 文号 (the national plan). */
    documentNumber?: Maybe<Scalars['String']['output']>;
    endYear?: Maybe<Scalars['Int']['output']>;
    id: Scalars['ID']['output'];
    /** The higher-level plans this one implements (IMPLEMENTS). */
    implements: Array<PolicyDocument>;
    /** 印发单位 (ISSUED_BY), in the order the document lists its signatories. */
    issuers: Array<Department>;
    kind: EntityKind;
    name: Scalars['String']['output'];
    /** Title of the notice that issued the plan (Anhui). */
    noticeTitle?: Maybe<Scalars['String']['output']>;
    /** Years the plan covers: 2021-2025. */
    period?: Maybe<Scalars['String']['output']>;
    position?: Maybe<Position>;
    properties: Scalars['String']['output'];
    province?: Maybe<Scalars['String']['output']>;
    /** ISO date published (the Anhui plan). */
    publishedOn?: Maybe<Scalars['String']['output']>;
    related?: Maybe<Array<RelatedEntity>>;
    relationshipCount: Scalars['Int']['output'];
    relationships: Array<Relationship>;
    sections: Array<PolicySection>;
    /** ISO date signed (the Anhui plan); null where the document does not say. */
    signedOn?: Maybe<Scalars['String']['output']>;
    sources: Array<Source>;
    startYear?: Maybe<Scalars['Int']['output']>;
    verification: Verification;
  };

/** A province's policy document, such as Jiangsu's task division table. */
export type PolicyDocumentRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A province's policy document, such as Jiangsu's task division table. */
export type PolicyDocumentRelationshipCountArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A province's policy document, such as Jiangsu's task division table. */
export type PolicyDocumentRelationshipsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<RelationshipDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A 工程, 主要任务 or 保障措施 part of a policy document. */
export type PolicySection = Entity &
  Node & {
    __typename?: 'PolicySection';
    aliases: Array<Scalars['String']['output']>;
    bestSourceQuality: SourceQualityClass;
    citations: Array<Scalars['String']['output']>;
    city?: Maybe<Scalars['String']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    document?: Maybe<PolicyDocument>;
    /** The heading as numbered (Anhui): （一）传承弘扬工业文化精神. */
    heading?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    kind: EntityKind;
    name: Scalars['String']['output'];
    /** Position among its siblings, from 1. */
    number?: Maybe<Scalars['Int']['output']>;
    position?: Maybe<Position>;
    properties: Scalars['String']['output'];
    province?: Maybe<Scalars['String']['output']>;
    related?: Maybe<Array<RelatedEntity>>;
    relationshipCount: Scalars['Int']['output'];
    relationships: Array<Relationship>;
    sources: Array<Source>;
    /** Sections nested in this one (Anhui's 主要任务 has four), in order. */
    subsections: Array<PolicySection>;
    tasks: Array<PolicyTask>;
    verification: Verification;
  };

/** A 工程, 主要任务 or 保障措施 part of a policy document. */
export type PolicySectionRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A 工程, 主要任务 or 保障措施 part of a policy document. */
export type PolicySectionRelationshipCountArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A 工程, 主要任务 or 保障措施 part of a policy document. */
export type PolicySectionRelationshipsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<RelationshipDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One task of a policy document, with the departments responsible for it. */
export type PolicyTask = Entity &
  Node & {
    __typename?: 'PolicyTask';
    aliases: Array<Scalars['String']['output']>;
    bestSourceQuality: SourceQualityClass;
    citations: Array<Scalars['String']['output']>;
    city?: Maybe<Scalars['String']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    /** 共同负责 departments. */
    jointlyResponsibleDepartments: Array<Department>;
    kind: EntityKind;
    /** 牵头 departments, in the order the document names them. */
    leadDepartments: Array<Department>;
    /** The task's first sentence. */
    name: Scalars['String']['output'];
    /** 序号 in the document. */
    number?: Maybe<Scalars['Int']['output']>;
    /** 参与 departments. */
    participatingDepartments: Array<Department>;
    position?: Maybe<Position>;
    /** Projects that answer the task or one of its targets (ANSWERS), in id order. */
    projects: Array<Project>;
    properties: Scalars['String']['output'];
    province?: Maybe<Scalars['String']['output']>;
    related?: Maybe<Array<RelatedEntity>>;
    relationshipCount: Scalars['Int']['output'];
    relationships: Array<Relationship>;
    /** 按职责分工负责 departments. */
    responsiblePerDutyDepartments: Array<Department>;
    section?: Maybe<PolicySection>;
    /** Similar tasks (SIMILAR_TO, either direction; in practice the other province's plan), best first. */
    similarTasks: Array<SimilarTask>;
    sources: Array<Source>;
    /** Quantified targets the task sets (HAS_TARGET), in the order written. */
    targets: Array<Target>;
    /** The task's full text. */
    text?: Maybe<Scalars['String']['output']>;
    /** Themes the task addresses (ADDRESSES). */
    themes: Array<Theme>;
    verification: Verification;
  };

/** One task of a policy document, with the departments responsible for it. */
export type PolicyTaskRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One task of a policy document, with the departments responsible for it. */
export type PolicyTaskRelationshipCountArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One task of a policy document, with the departments responsible for it. */
export type PolicyTaskRelationshipsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<RelationshipDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Where an entity is, at the finest level its record supports (docs/data-dictionary.md, Positions). */
export type Position = {
  __typename?: 'Position';
  /** What the position was taken from, in words: 坐标（wikiwand（维基百科））, 宜兴市（320282，无锡市）, 南京市中心. */
  basis: Scalars['String']['output'];
  /** For COUNTY: the unit's code as of 2023 (a former district has its successor's: 戚墅堰区 → 320412). */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** For COUNTY: the unit as the record names it (宜兴市, 戚墅堰区). */
  countyName?: Maybe<Scalars['String']['output']>;
  /** The record field it was read from: lat/lng, coordinates, district, address, name, description, city … */
  field: Scalars['String']['output'];
  /** WGS 84 degrees. */
  lat: Scalars['Float']['output'];
  /** WGS 84 degrees. */
  lng: Scalars['Float']['output'];
  precision: PositionPrecision;
};

/** How fine an entity's position is. */
export type PositionPrecision =
  /** The centre of its city, as the map labels it: the record names no finer place. */
  | 'CITY'
  /** The point of the county-level unit (县, 县级市, 市辖区) its record names: 宜兴, 泾县, 戚墅堰 … */
  | 'COUNTY'
  /** Coordinates a curator placed on the map, an import gave (`lat`/`lng`), or a source states. */
  | 'EXACT';

export type PrecisionCount = {
  __typename?: 'PrecisionCount';
  count: Scalars['Int']['output'];
  precision: PositionPrecision;
};

/**
 * An entry of the project base (项目库): a heritage reuse, a tourism project or route, a study programme, a craft
 * region or a development project, with what it reuses or serves, who runs it and the policy it answers. Projects
 * the curated data implies (a heritage site CONVERTED_TO a park) are derived at load, with `derivedFrom` and a
 * `note` saying from what (docs/projects.md); curators create others with `upsertProject`.
 */
export type Project = Entity &
  Node & {
    __typename?: 'Project';
    aliases: Array<Scalars['String']['output']>;
    /** The targets it answers (ANSWERS), in id order. */
    answersTargets: Array<Target>;
    /** The policy tasks it answers (ANSWERS), in id order. */
    answersTasks: Array<PolicyTask>;
    bestSourceQuality: SourceQualityClass;
    citations: Array<Scalars['String']['output']>;
    city?: Maybe<Scalars['String']['output']>;
    /** For a derived project, the id of the relationship it was derived from (hs-…|CONVERTED_TO|ts-…); null otherwise. */
    derivedFrom?: Maybe<Scalars['String']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    /** Last year of the period, when it has one. */
    endYear?: Maybe<Scalars['Int']['output']>;
    id: Scalars['ID']['output'];
    kind: EntityKind;
    name: Scalars['String']['output'];
    /** How the project was derived, or a curator's note. */
    note?: Maybe<Scalars['String']['output']>;
    /** Who runs it (OPERATED_BY). */
    operators: Array<Entity>;
    /** Who owns it (OWNED_BY). */
    owners: Array<Entity>;
    position?: Maybe<Position>;
    projectType: ProjectType;
    /** The type in Chinese: 工业遗产活化利用. */
    projectTypeLabel: Scalars['String']['output'];
    properties: Scalars['String']['output'];
    province?: Maybe<Scalars['String']['output']>;
    related?: Maybe<Array<RelatedEntity>>;
    relationshipCount: Scalars['Int']['output'];
    relationships: Array<Relationship>;
    /** The park, museum or base it created (RESULTED_IN). */
    resultedIn: Array<Entity>;
    /** What it reuses (REUSES): a heritage site, works or building. */
    reuses: Array<Entity>;
    /** What it serves (SERVES): sites a route joins, the craft a region supports. */
    serves: Array<Entity>;
    sources: Array<Source>;
    /** First year of the project's period. */
    startYear?: Maybe<Scalars['Int']['output']>;
    status: ProjectStatus;
    /** The status in Chinese: 储备, 在建, 建成 or 运营. */
    statusLabel: Scalars['String']['output'];
    verification: Verification;
  };

/**
 * An entry of the project base (项目库): a heritage reuse, a tourism project or route, a study programme, a craft
 * region or a development project, with what it reuses or serves, who runs it and the policy it answers. Projects
 * the curated data implies (a heritage site CONVERTED_TO a park) are derived at load, with `derivedFrom` and a
 * `note` saying from what (docs/projects.md); curators create others with `upsertProject`.
 */
export type ProjectRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An entry of the project base (项目库): a heritage reuse, a tourism project or route, a study programme, a craft
 * region or a development project, with what it reuses or serves, who runs it and the policy it answers. Projects
 * the curated data implies (a heritage site CONVERTED_TO a park) are derived at load, with `derivedFrom` and a
 * `note` saying from what (docs/projects.md); curators create others with `upsertProject`.
 */
export type ProjectRelationshipCountArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * An entry of the project base (项目库): a heritage reuse, a tourism project or route, a study programme, a craft
 * region or a development project, with what it reuses or serves, who runs it and the policy it answers. Projects
 * the curated data implies (a heritage site CONVERTED_TO a park) are derived at load, with `derivedFrom` and a
 * `note` saying from what (docs/projects.md); curators create others with `upsertProject`.
 */
export type ProjectRelationshipsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<RelationshipDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * A page of projects in id order. The counts are facets: `countsByType` counts the projects matching every filter
 * but `type`, `countsByStatus` every filter but `status`, so each says what choosing that value would list. Every
 * type and status is listed, with 0 where none matches.
 */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  countsByStatus: Array<ProjectStatusCount>;
  countsByType: Array<ProjectTypeCount>;
  nodes: Array<Project>;
  pageInfo: EntityPageInfo;
  /** How many projects match the whole filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Which projects to list; every field narrows the list, none means all. */
export type ProjectFilter = {
  /** A city's name: 南京市. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** 江苏 or 安徽. */
  province?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProjectStatus>;
  /** A PolicyTask's id: the projects that ANSWER it or one of its targets. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<ProjectType>;
};

/** Where a project stands: RESERVE 储备, UNDER_CONSTRUCTION 在建, COMPLETED 建成, OPERATING 运营. */
export type ProjectStatus = 'COMPLETED' | 'OPERATING' | 'RESERVE' | 'UNDER_CONSTRUCTION';

export type ProjectStatusCount = {
  __typename?: 'ProjectStatusCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  status: ProjectStatus;
};

/**
 * What a project does (the plans' words): HERITAGE_REUSE 工业遗产活化利用, INDUSTRIAL_TOURISM 工业旅游特色项目、线路,
 * STUDY 工业文化研学, CRAFT_REGION 工艺美术特色区域, DEVELOPMENT 工业文化发展项目.
 */
export type ProjectType = 'CRAFT_REGION' | 'DEVELOPMENT' | 'HERITAGE_REUSE' | 'INDUSTRIAL_TOURISM' | 'STUDY';

export type ProjectTypeCount = {
  __typename?: 'ProjectTypeCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  type: ProjectType;
};

export type ProposalState = 'APPROVED' | 'PENDING' | 'REJECTED';

/** Nodes of one province (江苏, 安徽), or of none: national documents, themes and national awards. */
export type ProvinceCount = {
  __typename?: 'ProvinceCount';
  byKind: Array<KindCount>;
  count: Scalars['Int']['output'];
  /** The stored short name (江苏); null for nodes that belong to no province. */
  province?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The completeness report over the surveyed entities (narratives are curators' documents and are left out). */
  completeness: CompletenessReport;
  /**
   * The curator whose token the request carries (`Authorization: Bearer …`), or null when it carries
   * none. An unknown or revoked token is UNAUTHENTICATED, as it is for a mutation, so a client can
   * check a token before it writes.
   */
  curator?: Maybe<Curator>;
  /**
   * Entities in id order, filtered by kind, province, city (exact) and text (name or alias
   * contains it, ignoring case); an empty province, city or text is refused. `first` is 1–100
   * (default 10); `after` takes an `endCursor` or edge cursor of an earlier page.
   */
  entities: EntityConnection;
  /** An entity by its global id; null when unknown. */
  entity?: Maybe<Entity>;
  /**
   * Entities with their positions, for a map of points. `first` is 1–100 (default 10); the map asks page
   * after page.
   */
  mapPoints: MapPointConnection;
  /** A narrative by id, or null. */
  narrative?: Maybe<Narrative>;
  /**
   * Narratives in the order they were created. `first` is 1–100 (default 100); `after` is the id of
   * the last narrative of the previous page.
   */
  narratives: Array<Narrative>;
  /**
   * The entities within `depth` hops (1–3) of one entity, in either direction, a page at a time:
   * `first` (1–100, default 100; `limit` is its former name) neighbours after the cursor `after`
   * (an `endCursor` of an earlier page with the same arguments), so every neighbour of a hub can be
   * reached. `relationTypes` keeps only routes of those types; `excludeKinds` neither lists nor
   * passes through entities of those kinds. An unknown `id` is an error with code NOT_FOUND rather
   * than an empty subgraph, so a mistyped id is not mistaken for an isolated entity.
   */
  neighborhood: Subgraph;
  /** An entity or relationship by its global id (city-nanjing, policy-jiangsu-2021-2025-t06, a relationship's from|TYPE|to); null when unknown. */
  node?: Maybe<Node>;
  /**
   * The k shortest simple paths between two entities (k = `limit`, 1–20), ignoring direction, within
   * `maxHops` (1–6), shortest first. `relationTypes` keeps only those types; `excludeTypes` and
   * `excludeKinds` avoid relationships of those types and inner entities of those kinds ("not through
   * a city": excludeKinds: [City]). Among paths of one length, factual relations (创办, 旧址, 传承,
   * 收藏展示, 前身 …) come before links through a story's mentions, a shared place or a policy's
   * wording, then paths through specific entities before those through hubs, then by ids; the
   * weights are in docs/exploration.md. An empty list means no path within `maxHops`, or `from`
   * equal to `to`; an unknown `from` or `to` is an error with code NOT_FOUND.
   */
  paths: Array<Path>;
  /** Every policy document: the national plan first, then the provinces' by id. */
  policyDocuments: Array<PolicyDocument>;
  /**
   * A policy task by id. Null when no entity has the id (as `entity(id:)`); BAD_USER_INPUT when
   * the id names an entity that is not a task (a section or a document).
   */
  policyTask?: Maybe<PolicyTask>;
  /**
   * Projects matching `filter`, in id order. `first` is 1–100 (default 10); `after` is the `endCursor` of the
   * previous page. An unknown `taskId`, or the id of an entity that is not a PolicyTask, is BAD_USER_INPUT.
   */
  projects: ProjectConnection;
  /**
   * True when the request's curator created this entity or relationship through a curator mutation, so
   * retractEntity or retractRelationship may accept it (a verified fact or a narrative's item is still refused, with
   * the reason). False without a curator token.
   */
  retractable: Scalars['Boolean']['output'];
  /** The request's curator's retractions not restored yet, newest first (curators only). */
  retractions: Array<Retraction>;
  /**
   * The whole decision log, oldest first, as one CSV or JSON document for download. Curators only. Cells of the CSV
   * that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) begin with `'`.
   */
  reviewDecisionLog: Scalars['String']['output'];
  /** The log of curators' decisions, newest first. Curators only. `first` 1–100, default 10. */
  reviewDecisions: ReviewDecisionPage;
  /** Proposed changes to verified facts waiting for a second curator, oldest first. Curators only. `first` 1–100. */
  reviewProposals: Array<ReviewProposal>;
  /**
   * Facts waiting for a curator, weakest first (repost-only, disputed, imported, other unverified; within each the
   * weakest best source, the fewest sources, the longest waiting, entities before relationships, then by id). Curators
   * only (UNAUTHENTICATED otherwise). `first` 1–100, default 10.
   */
  reviewQueue: ReviewQueuePage;
  /**
   * Search in Chinese over the graph's entities, by words and by meaning. The query is read as a person meant it:
   * question words and particles (谁, 哪里, 哪些, 了 …) do not have to match, and place, kind, industry and period
   * words become filters (南通有哪些纺织工业遗产 → 南通市 × 纺织 × 工业遗产; see `SearchResult.understood`). By words,
   * the rest is converted to simplified characters and cut the way documents are (jieba with the domain vocabulary
   * and every entity name), words run together are split into the graph's names (马钢高炉 → 马钢 高炉), synonyms
   * apply (非遗, 金陵, 省工信厅 …), every word must match, and when no entity has them all the least informative
   * words are dropped first; a mistyped word is rescued through the pinyin of names (see `SearchStrategy`). A query
   * in Latin letters only also searches the pinyin of names and aliases. By meaning, the entities whose embedding
   * is nearest the query's are found even without its words (钢铁厂 finds 马钢). `mode` chooses; each hit says how
   * it matched.
   * Null, with the error SEARCH_UNAVAILABLE, while the search engine is down; the other fields of the request are still
   * answered.
   * Among equal text matches, a higher designation (national above provincial) and then more relationships rank
   * first. At most 200 characters; empty only with a filter, to browse what the filters keep (every museum of
   * 无锡市), best designated and most related first. `first` is 1–100 (default 10); `after` is a cursor from `endCursor`.
   */
  search?: Maybe<SearchResult>;
  stats: Stats;
  /**
   * Completions of a name or alias from its first characters, or, for Latin letters only, from its pinyin or
   * initials (jinling, jl → 金陵…); never by folding characters to pinyin, so 景点 does not suggest 经典.
   * Most important first: highest designation level, then most relationships. `prefix` is 1–50 characters,
   * `limit` 1–20 (default 8). Null, with SEARCH_UNAVAILABLE, while the search engine is down.
   */
  suggest?: Maybe<Array<Suggestion>>;
  /**
   * Dated events, oldest first (then by date, entity id and label), a page at a time: `first` (1–1000,
   * default 200) events after the event whose `cursor` is `after`. Events are founding (node years
   * and FOUNDED relationships), heritage listings and designations with a year, awards and dated
   * titles, policy documents signed, published and their period's start, and other dated changes
   * (opened, rebuilt, renamed, merged, born, died, a story's year). `kinds` and `province` (江苏 or
   * 江苏省) filter on the event's entity; `from` and `to` are inclusive years from 1000 to 2100. A
   * year outside that range, `from` after `to`, or an empty or blank `province` is BAD_USER_INPUT.
   */
  timeline: Array<TimelineEvent>;
  /** How many events `timeline` pages through with the same filters. */
  timelineCount: Scalars['Int']['output'];
};

export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  province?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};

export type QueryMapPointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MapPointFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryNarrativeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryNarrativesArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryNeighborhoodArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  excludeKinds?: InputMaybe<Array<EntityKind>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPathsArgs = {
  excludeKinds?: InputMaybe<Array<EntityKind>>;
  excludeTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  to: Scalars['ID']['input'];
};

export type QueryPolicyTaskArgs = {
  id: Scalars['ID']['input'];
};

export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryRetractableArgs = {
  id: Scalars['ID']['input'];
};

export type QueryReviewDecisionLogArgs = {
  format: DecisionLogFormat;
};

export type QueryReviewDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryReviewProposalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReviewQueueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  era?: InputMaybe<Array<Scalars['String']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Array<Scalars['String']['input']>>;
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  kinds?: InputMaybe<Array<EntityKind>>;
  level?: InputMaybe<Array<Scalars['String']['input']>>;
  literal?: InputMaybe<Array<Scalars['String']['input']>>;
  mode?: InputMaybe<SearchMode>;
  province?: InputMaybe<Scalars['String']['input']>;
  query: Scalars['String']['input'];
  scope?: InputMaybe<SearchScope>;
  semanticRatio?: InputMaybe<Scalars['Float']['input']>;
  understand?: InputMaybe<Scalars['Boolean']['input']>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

export type QuerySuggestArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  prefix: Scalars['String']['input'];
  scope?: InputMaybe<SearchScope>;
};

export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  province?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryTimelineCountArgs = {
  from?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  province?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
};

/** An entity near another in meaning. */
export type RelatedEntity = {
  __typename?: 'RelatedEntity';
  entity: Entity;
  /** How near, 0–1 (the cosine of their embeddings mapped to 0–1). */
  similarity: Scalars['Float']['output'];
};

export type RelationTypeCount = {
  __typename?: 'RelationTypeCount';
  count: Scalars['Int']['output'];
  type: Scalars['String']['output'];
  /** The type's Chinese verb, e.g. 创办. */
  typeLabel: Scalars['String']['output'];
};

/**
 * A relationship between two entities, in its stored direction, with the sources that attest it.
 * Its id (by default from|TYPE|to) is a global id too: `node(id:)` resolves it.
 */
export type Relationship = Node & {
  __typename?: 'Relationship';
  from: Entity;
  id: Scalars['ID']['output'];
  /** Type-specific properties as JSON text, e.g. {"year":1895}. */
  properties: Scalars['String']['output'];
  sources: Array<Source>;
  to: Entity;
  /** One of the allow-listed relation types, e.g. FOUNDED. */
  type: Scalars['String']['output'];
  /** The type's Chinese verb, e.g. 创办. */
  typeLabel: Scalars['String']['output'];
  verification: Verification;
};

export type RelationshipDirection =
  | 'BOTH'
  /** Relationships ending at this entity. */
  | 'IN'
  /** Relationships starting at this entity. */
  | 'OUT';

export type RetractedFact = 'ENTITY' | 'RELATIONSHIP';

/**
 * A curator's removal of an entity or relationship they created, with a reason; its records are kept in the curator
 * edit log, so restoreRetraction brings them back exactly.
 */
export type Retraction = {
  __typename?: 'Retraction';
  /** ENTITY (with every relationship that touched it) or RELATIONSHIP. */
  fact: RetractedFact;
  /** ret-…; what restoreRetraction takes. */
  id: Scalars['ID']['output'];
  /** The entity's name, or the relationship's type. */
  name: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  /** How many relationships were removed with it. */
  relationshipCount: Scalars['Int']['output'];
  /** ISO timestamp. */
  retractedAt: Scalars['String']['output'];
  /** The label of the curator who retracted it. */
  retractedBy: Scalars['String']['output'];
  /** The retracted entity's or relationship's id. */
  target: Scalars['ID']['output'];
};

export type ReviewAction = 'APPROVE' | 'DISPUTE' | 'PROPOSE' | 'REJECT' | 'UNVERIFY' | 'VERIFY';

/** One entry of the decision log. */
export type ReviewDecision = {
  __typename?: 'ReviewDecision';
  action: ReviewAction;
  /** The fact after it (for PROPOSE: the version proposed), as JSON. */
  after?: Maybe<Scalars['String']['output']>;
  /** ISO timestamp. */
  at: Scalars['String']['output'];
  /** The fact before the decision, as JSON. */
  before?: Maybe<Scalars['String']['output']>;
  /** The curator's label. */
  curator: Scalars['String']['output'];
  fact: ReviewFact;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The proposal an APPROVE or REJECT decides. */
  proposalId?: Maybe<Scalars['ID']['output']>;
  /** The entity's or relationship's id. */
  target: Scalars['ID']['output'];
};

export type ReviewDecisionPage = {
  __typename?: 'ReviewDecisionPage';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  /** Newest first. */
  items: Array<ReviewDecision>;
  totalCount: Scalars['Int']['output'];
};

export type ReviewFact = 'ENTITY' | 'RELATIONSHIP';

/** One fact waiting for a curator, and why. */
export type ReviewItem = {
  __typename?: 'ReviewItem';
  /** The best class among its sources; null when it has none. */
  bestSourceQuality?: Maybe<SourceQualityClass>;
  /** The entity, when the fact is one. */
  entity?: Maybe<Entity>;
  /** Why it is in the queue, in words (`Unverified, resting only on reposts or unknown sources (1 source, the best repost).`). */
  explanation: Scalars['String']['output'];
  fact: ReviewFact;
  /** The entity's id, or the relationship's (from|TYPE|to): what setVerification takes as its target. */
  id: Scalars['ID']['output'];
  /** The entity's name, or the relationship as `from —TYPE→ to` with the ends' names. */
  label: Scalars['String']['output'];
  reason: ReviewReason;
  /** The relationship, when the fact is one. */
  relationship?: Maybe<Relationship>;
  /** Since when it has waited (imported or disputed at); null for facts from the seeds. */
  since?: Maybe<Scalars['String']['output']>;
  sourceCount: Scalars['Int']['output'];
  verification: Verification;
};

/** A curator's change to a verified fact, kept beside the verified version until a second curator approves or rejects it. */
export type ReviewProposal = {
  __typename?: 'ReviewProposal';
  /** The proposed version, as JSON. */
  after: Scalars['String']['output'];
  /** The verified version, as JSON. */
  before: Scalars['String']['output'];
  changes: Array<FieldChange>;
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** Who approved or rejected it, when, and why. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  fact: ReviewFact;
  id: Scalars['ID']['output'];
  /** The fact's name as verified. */
  label: Scalars['String']['output'];
  /** Whether the asking curator made it: they cannot approve it, only withdraw it. */
  mine: Scalars['Boolean']['output'];
  /** ISO timestamp. */
  proposedAt: Scalars['String']['output'];
  proposedBy: Scalars['String']['output'];
  /** The source given with the change; an approval verifies the fact against it. */
  source?: Maybe<Source>;
  state: ProposalState;
  /** The entity's or relationship's id. */
  target: Scalars['ID']['output'];
};

export type ReviewQueueFilter = {
  /** Only entities or only relationships; both when absent. */
  fact?: InputMaybe<ReviewFact>;
  /** Only these reasons; all when absent. */
  reasons?: InputMaybe<Array<ReviewReason>>;
};

export type ReviewQueuePage = {
  __typename?: 'ReviewQueuePage';
  /** Facts per reason (under the filter's `fact`, whatever its `reasons`). */
  counts: Array<ReviewReasonCount>;
  /** Pass as `after` for the next page; it names a place in the order, so a page is right even after the queue changed. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  items: Array<ReviewItem>;
  /** Facts the filter keeps, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Why a fact is in the review queue; the queue lists them in this order (docs/decisions/review.md). */
export type ReviewReason =
  /** A curator found that sources disagree. */
  | 'DISPUTED'
  /** Imported by the survey importer and not yet checked. */
  | 'IMPORTED'
  /** Unverified, and every source is a repost or unknown (or it has none). */
  | 'REPOST_ONLY'
  /** Any other fact nobody has checked yet. */
  | 'UNVERIFIED';

export type ReviewReasonCount = {
  __typename?: 'ReviewReasonCount';
  count: Scalars['Int']['output'];
  reason: ReviewReason;
};

/**
 * Hits counted by kind, province, city, keyword, industry, era and level over every page, under all the filters
 * given; most frequent first. Every entity has one kind, so the kind counts add up to `totalHits`; hits without a
 * value of another field are not counted in its facet.
 */
export type SearchFacets = {
  __typename?: 'SearchFacets';
  cities: Array<FacetCount>;
  /**
   * Periods the hits' years fall in: 古代（1840年前）, 晚清（1840–1911）, 民国（1912–1948）,
   * 新中国成立初期（1949–1977）, 改革开放以来（1978年起）. Hits without a year are not counted.
   */
  eras: Array<FacetCount>;
  /** Industries of the hits (棉纺织, 化工 …); a hit with two industries counts under both. */
  industries: Array<FacetCount>;
  /** Keywords the hits are tagged with (jieba TF-IDF over name and description, domain terms whole); the top 100. */
  keywords: Array<FacetCount>;
  kinds: Array<FacetCount>;
  /** Highest designation of the hits: 世界级, 国家级, 省级, 行业名录 (an association's national list), 市级, 县级, 其他. */
  levels: Array<FacetCount>;
  provinces: Array<FacetCount>;
};

export type SearchHighlight = {
  __typename?: 'SearchHighlight';
  field: SearchHighlightField;
  /** An excerpt of the field, HTML-escaped, with whole matched words (工业遗产, not 工 and 业) inside <mark>…</mark>. */
  snippet: Scalars['String']['output'];
};

export type SearchHighlightField = 'ALIAS' | 'DESCRIPTION' | 'NAME';

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  /** The period `year` falls in, as in `SearchFacets.eras`. */
  era?: Maybe<Scalars['String']['output']>;
  /** Every field with a matched word: the name, an alias, the description; HTML-escaped, whole words in <mark>. */
  highlights: Array<SearchHighlight>;
  /** Industries of the entity (棉纺织, 化工 …), as in `SearchFacets.industries`. */
  industry: Array<Scalars['String']['output']>;
  /** The entity's highest designation in words (世界级, 国家级, 省级, 行业名录, 市级, 县级, 其他); null without one. */
  level?: Maybe<Scalars['String']['output']>;
  /** Whether the hit has the query's words, is near the query in meaning, or both. */
  matchedBy: HitMatch;
  /**
   * How near the hit is to the query in meaning, 0–1 (the cosine of their embeddings mapped to 0–1); null when it
   * was not among the nearest, or the search was by words only.
   */
  similarity?: Maybe<Scalars['Float']['output']>;
  /** The matching passage of the description, HTML-escaped, with whole matched words inside <mark>…</mark>. */
  snippet?: Maybe<Scalars['String']['output']>;
  /** The best class among the entity's sources, as indexed. */
  sourceQuality: SourceQualityClass;
  /** The entity's verification status, as indexed. */
  verification: VerificationStatus;
  /**
   * The entity's most meaningful year: founded (or built, or opened) for an enterprise or heritage site; opened,
   * else founded, for a museum, tourism site or study base; born for a person; the year a story is set in; signed
   * for a policy document. Null for other kinds and when the data gives none.
   */
  year?: Maybe<Scalars['Int']['output']>;
};

/**
 * How a search matches. HYBRID merges the two rankings (reciprocal rank fusion, weighted by `semanticRatio`); a
 * service without its embedding model answers every search by words, whatever was asked, and says so in
 * `SearchResult.mode`.
 */
export type SearchMode =
  /** Both, merged into one ranking. */
  | 'HYBRID'
  /** By words only: every word must match, with the fallbacks of `SearchStrategy`. */
  | 'KEYWORD'
  /** By meaning only: the entities whose embedding is nearest the query's (bge-small-zh-v1.5), above a floor. */
  | 'SEMANTIC';

export type SearchResult = {
  __typename?: 'SearchResult';
  /**
   * When the query is a question the graph's relationships answer (谁创办了大生纱厂, 苏绣的传承人有哪些,
   * 荣德生的兄弟创办了什么): the answer, with the path and the sources that prove each entity of it. Null when the
   * graph does not hold the answer, or the question is not one about relationships: never a guess.
   */
  answer?: Maybe<Answer>;
  /** Cursor of the last hit, for the next page's `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  facets: SearchFacets;
  hasNextPage: Scalars['Boolean']['output'];
  hits: Array<SearchHit>;
  /** The attempt that answered; when nothing matched at all, the last one tried. */
  matchedBy: SearchStrategy;
  /** How the search matched: as asked, or KEYWORD when the service has no embedding model. */
  mode: SearchMode;
  /** Time Meilisearch spent, in milliseconds. */
  processingTimeMs: Scalars['Int']['output'];
  totalHits: Scalars['Int']['output'];
  /** Words of the query read as filters (place, kind, industry, period): every hit satisfies them. */
  understood: Array<UnderstoodWord>;
};

/** Which public index a search or suggestion reads; each is built from the graph by the same document builder. */
export type SearchScope =
  /** Entities of every kind. */
  | 'ALL'
  /** People's profiles: entrepreneurs (企业家) and craftsmen (工匠) only. */
  | 'PROFILES'
  /** 工业精神 stories (kind Story) only. */
  | 'STORIES';

/**
 * Which attempt answered a search. A query is tried with every word first, then dropping words from the end,
 * then, for a query with Chinese characters, by the pinyin of its words against the pinyin of names and aliases.
 */
export type SearchStrategy =
  /** Every word of the query matched. */
  | 'ALL'
  /** Never answered any more; SOME replaced it. */
  | 'LAST'
  /**
   * A word of the query is in no document, or nothing matched the characters at all: the pinyin of the query
   * matched the pinyin of a name or alias that also shares at least half of each word's characters (芜湖铁化 finds
   * 芜湖铁画). A last resort, and never a way for a homophone in (景点 does not find 经典).
   */
  | 'PINYIN'
  /** No entity had every word; the least informative words (those most entities have) were dropped first. */
  | 'SOME';

export type SetVerificationInput = {
  /** Required for DISPUTED: how the sources disagree. */
  note?: InputMaybe<Scalars['String']['input']>;
  /**
   * Required for VERIFIED: the source the fact was checked against. It is added to the fact's sources when it is not
   * among them already.
   */
  source?: InputMaybe<SourceInput>;
  status: VerificationStatus;
  /** An entity's id, or a relationship's (from|TYPE|to). */
  target: Scalars['ID']['input'];
};

export type SetVerificationPayload = {
  __typename?: 'SetVerificationPayload';
  /** The entity or relationship, as stored now. */
  target: Node;
  verification: Verification;
};

/** A task whose text resembles another's (TF-IDF cosine over character bigrams). */
export type SimilarTask = {
  __typename?: 'SimilarTask';
  /** Cosine similarity, 0–1. */
  score: Scalars['Float']['output'];
  /** Names of the themes both tasks address. */
  sharedThemes: Array<Scalars['String']['output']>;
  task: PolicyTask;
};

/** Where a fact was taken from. */
export type Source = {
  __typename?: 'Source';
  document?: Maybe<Scalars['String']['output']>;
  /** Where in the document: 序号 6, 第7条, a CSV row. */
  locator?: Maybe<Scalars['String']['output']>;
  quality: SourceQuality;
  /** ISO date the fact was taken. */
  takenAt?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

/** Where a curated fact was taken from. A document title or a URL is required. */
export type SourceInput = {
  document?: InputMaybe<Scalars['String']['input']>;
  /** Where in the document: 序号 6, 第7条, 第3页. */
  locator?: InputMaybe<Scalars['String']['input']>;
  /** ISO date (YYYY-MM-DD) the fact was taken from the source. */
  takenAt?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type SourceQuality = {
  __typename?: 'SourceQuality';
  /** ISO timestamp of the correction. */
  at?: Maybe<Scalars['String']['output']>;
  /** The curator who corrected the class, when one did. */
  by?: Maybe<Scalars['String']['output']>;
  class: SourceQualityClass;
  note?: Maybe<Scalars['String']['output']>;
  /** The rule that gave the class (`xinhuanet.com: a news agency or major newspaper`), or `set by a curator`. */
  reason: Scalars['String']['output'];
  setBy: SourceQualitySetBy;
};

/** How far a source can be trusted, by who published it (rules in docs/source-quality.md). */
export type SourceQualityClass =
  /** A government site or document, or an organisation's own site. */
  | 'OFFICIAL'
  /** A news agency, a national medium, a provincial or city newspaper or broadcaster. */
  | 'PRESS'
  /** An encyclopedia, a book, a gazetteer or yearbook, a periodical. */
  | 'REFERENCE'
  /** A copy on an unrelated site, such as a news mirror. */
  | 'REPOST'
  /** Nothing known for or against it. */
  | 'UNKNOWN';

export type SourceQualityCount = {
  __typename?: 'SourceQualityCount';
  class: SourceQualityClass;
  count: Scalars['Int']['output'];
};

export type SourceQualitySetBy =
  /** A curator's correction, which wins over the rules. */
  | 'CURATOR'
  /** The documented rules on the source's host and kind. */
  | 'RULE';

/** What the graph holds. */
export type Stats = {
  __typename?: 'Stats';
  /**
   * Entities per city, largest first, of the given kinds only when `kinds` is set (the map passes the
   * kinds it shows). Entities without a city are not counted here; `byProvince` counts them.
   */
  byCity: Array<CityCount>;
  byKind: Array<KindCount>;
  /** Nodes by province, largest first, the province-less row last; the counts add up to nodes. */
  byProvince: Array<ProvinceCount>;
  byRelationType: Array<RelationTypeCount>;
  nodes: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
};

/** What the graph holds. */
export type StatsByCityArgs = {
  kinds?: InputMaybe<Array<EntityKind>>;
};

/**
 * A page of one entity's neighbourhood, ready to draw: the centre, then neighbours nearest first and
 * by id within a ring. Its edges are the relationships among the centre and this page's neighbours,
 * and for each neighbour the relationship by which it was reached from the ring before (whose other
 * end is the centre or a neighbour on this or an earlier page), so pages drawn one after the other
 * stay connected. The counts are over the whole neighbourhood, every page.
 */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Neighbours in all pages by kind, most first. */
  countsByKind: Array<KindCount>;
  /** Relationships that join one ring to the next (for depth 1: the centre's own), by type, most first. */
  countsByType: Array<RelationTypeCount>;
  edges: Array<Relationship>;
  /** The centre first, then this page's neighbours, nearest first. */
  nodes: Array<Entity>;
  pageInfo: EntityPageInfo;
  /** Neighbours within the depth in all pages, the centre not counted. */
  totalCount: Scalars['Int']['output'];
};

export type Suggestion = {
  __typename?: 'Suggestion';
  entity: Entity;
  matchedBy: SuggestionMatch;
  /** The name or alias the prefix completes: what to put into the search box. */
  text: Scalars['String']['output'];
};

export type SuggestionMatch =
  /** An alias starts with the prefix. */
  | 'ALIAS'
  /** The initials of the name or an alias start with the prefix (jl → 金陵机器局). */
  | 'INITIALS'
  /** The name starts with the prefix. */
  | 'NAME'
  /** The pinyin of the name or an alias starts with the prefix (jinling → 金陵机器局). */
  | 'PINYIN';

/** A quantified target a policy task sets: 50家具有影响力的工业（企业）博物馆. */
export type Target = Entity &
  Node & {
    __typename?: 'Target';
    aliases: Array<Scalars['String']['output']>;
    bestSourceQuality: SourceQualityClass;
    citations: Array<Scalars['String']['output']>;
    city?: Maybe<Scalars['String']['output']>;
    count?: Maybe<Scalars['Float']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    kind: EntityKind;
    /** The target as written. */
    name: Scalars['String']['output'];
    /** Per what, where the target recurs: 每次. */
    per?: Maybe<Scalars['String']['output']>;
    position?: Maybe<Position>;
    /** How far the graph's own entities go towards the target. */
    progress: TargetProgress;
    properties: Scalars['String']['output'];
    province?: Maybe<Scalars['String']['output']>;
    related?: Maybe<Array<RelatedEntity>>;
    relationshipCount: Scalars['Int']['output'];
    relationships: Array<Relationship>;
    sources: Array<Source>;
    /** The task that sets it. */
    task?: Maybe<PolicyTask>;
    unit?: Maybe<Scalars['String']['output']>;
    verification: Verification;
    what?: Maybe<Scalars['String']['output']>;
  };

/** A quantified target a policy task sets: 50家具有影响力的工业（企业）博物馆. */
export type TargetRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A quantified target a policy task sets: 50家具有影响力的工业（企业）博物馆. */
export type TargetRelationshipCountArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A quantified target a policy task sets: 50家具有影响力的工业（企业）博物馆. */
export type TargetRelationshipsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<RelationshipDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * Entities of the graph that count towards a target, and the rule that chose them. The graph is a
 * curated sample, not a register: progress says how much of the target the graph documents, not
 * how far the province has come. Rules (by what the target counts, first match wins):
 * 研学 → StudyBase, and sites on a list whose name contains 研学; 博物馆/纪念馆/档案馆 → Museum;
 * 活化利用 → Projects of type HERITAGE_REUSE (one is derived from each heritage site CONVERTED_TO a park);
 * 工艺美术特色区域 → CRAFT_REGION projects; 线路 or 旅游…项目 → INDUSTRIAL_TOURISM projects; 旅游 → TourismSite;
 * 发展项目/项目库 → DEVELOPMENT projects; 企业 → Enterprise awarded an award the task names (AWARDED or a curated
 * title); 个人/人才/工匠/大师 → Entrepreneur and Craftsman awarded one. Only entities of the target's province (else
 * its task's) count, and projects that ANSWER the target or its task wherever they lie; a project counts when it is
 * UNDER_CONSTRUCTION, COMPLETED or OPERATING, never in RESERVE. Any other target, and a project target while no
 * project of its type is a candidate (工艺美术特色区域 in the seeds), is not measurable (docs/projects.md).
 */
export type TargetProgress = {
  __typename?: 'TargetProgress';
  /** How many entities count; 0 when the target is not measurable. */
  counted: Scalars['Int']['output'];
  /** The kinds of entity the rule reads. */
  countedKinds: Array<EntityKind>;
  /** The entities counted, in id order (at most 100). */
  entities: Array<Entity>;
  /** The number the target names (50 for 50家博物馆). */
  goal?: Maybe<Scalars['Float']['output']>;
  /** False when no rule maps the target onto entities of the graph. */
  measurable: Scalars['Boolean']['output'];
  /** counted / goal, rounded to three decimals; null when the goal is unknown or the target is not measurable. */
  ratio?: Maybe<Scalars['Float']['output']>;
  /** What was counted, in Chinese, for the UI to show beside the number. */
  rule: Scalars['String']['output'];
};

/** A theme policy tasks address: 工业遗产保护利用, 工业博物馆. */
export type Theme = Entity &
  Node & {
    __typename?: 'Theme';
    aliases: Array<Scalars['String']['output']>;
    bestSourceQuality: SourceQualityClass;
    citations: Array<Scalars['String']['output']>;
    city?: Maybe<Scalars['String']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    /** Words that place a task under the theme. */
    keywords: Array<Scalars['String']['output']>;
    kind: EntityKind;
    name: Scalars['String']['output'];
    position?: Maybe<Position>;
    properties: Scalars['String']['output'];
    province?: Maybe<Scalars['String']['output']>;
    related?: Maybe<Array<RelatedEntity>>;
    relationshipCount: Scalars['Int']['output'];
    relationships: Array<Relationship>;
    sources: Array<Source>;
    /** Tasks addressing the theme, in id order. */
    tasks: Array<PolicyTask>;
    /** `topic` or `programme`. */
    type?: Maybe<Scalars['String']['output']>;
    verification: Verification;
  };

/** A theme policy tasks address: 工业遗产保护利用, 工业博物馆. */
export type ThemeRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A theme policy tasks address: 工业遗产保护利用, 工业博物馆. */
export type ThemeRelationshipCountArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A theme policy tasks address: 工业遗产保护利用, 工业博物馆. */
export type ThemeRelationshipsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<RelationshipDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A dated event, read from node properties and dated relationships. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** This event's place in the order, for the next page's `after`. */
  cursor: Scalars['String']['output'];
  /** ISO date (or year-month) when the source is more precise than the year. */
  date?: Maybe<Scalars['String']['output']>;
  /** What the event is about (the founded enterprise, the listed site, the document). */
  entity: Entity;
  kind: TimelineEventKind;
  /** A Chinese sentence: 1895年 张謇 创办 大生纱厂（江苏大生集团有限公司）. */
  label: Scalars['String']['output'];
  /** The other party, when there is one (the founder). */
  related?: Maybe<Entity>;
  sources: Array<Source>;
  year: Scalars['Int']['output'];
};

export type TimelineEventKind =
  /** Received an award or title. */
  | 'AWARDED'
  /** Founded, created (创办). */
  | 'FOUNDED'
  /** Placed on an official list: 国家工业遗产, 中华老字号, 非遗名录. */
  | 'LISTED'
  /** Anything else dated: opened, rebuilt, closed, renamed, merged, born, a story's year. */
  | 'OTHER'
  /** A policy document was published (印发). */
  | 'PUBLISHED'
  /** A policy document was signed. */
  | 'SIGNED';

/** What a word of the query was read as. */
export type UnderstoodField = 'CITY' | 'ERA' | 'INDUSTRY' | 'KIND' | 'PROVINCE';

/**
 * A word of the query read as a filter (南通 → city 南通市), applied to every hit. To search it as a word instead, send
 * it in `search(literal:)`: the web app shows each as a removable chip.
 */
export type UnderstoodWord = {
  __typename?: 'UnderstoodWord';
  field: UnderstoodField;
  /** The filter values it stands for: entity kinds (HeritageSite …), a province, a city, industries or a period. */
  values: Array<Scalars['String']['output']>;
  /** The word as it stood in the query. */
  word: Scalars['String']['output'];
};

/**
 * An entity to create or update. Policy-document kinds (PolicyDocument, PolicySection, PolicyTask,
 * Department, Target, Theme) are parsed from the seed documents and cannot be edited here, nor can
 * Narrative (use the narrative mutations).
 */
export type UpsertEntityInput = {
  /** Replace the stored aliases when given. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  city?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /**
   * Absent: a stable id is derived from kind, name, province and city, and the entity stored under it is updated
   * if it still bears this name. Otherwise, when stored entities of the kind answer to the name (by name or alias; in
   * the same city for places), or the derived id belongs to an entity renamed since, the answer is BAD_USER_INPUT
   * with extensions { reason: "POSSIBLE_DUPLICATE", candidates: [{ id, name, province, city }] }: send the id of the
   * one you mean, or newEntity. Present: that entity is updated.
   */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: EntityKind;
  name: Scalars['String']['input'];
  /** True: this is a new entity even though entities with its name exist (the answer to POSSIBLE_DUPLICATE). */
  newEntity?: InputMaybe<Scalars['Boolean']['input']>;
  /** Kind-specific properties as JSON object text, merged over the stored ones, e.g. {"founded_year":1895}. */
  properties?: InputMaybe<Scalars['String']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  /** At least one. Added to the sources already stored. */
  sources: Array<SourceInput>;
};

export type UpsertEntityPayload = {
  __typename?: 'UpsertEntityPayload';
  /** False when an entity with this id was already stored and has been updated. */
  created: Scalars['Boolean']['output'];
  entity: Entity;
  /**
   * Set when the entity was verified: the change was kept as a proposal for a second curator, and `entity` is still
   * the verified version.
   */
  proposal?: Maybe<ReviewProposal>;
};

/**
 * A project to create or update, with its links, in one write. Links are added to those stored (and their
 * sources merged); none is removed. Each link's end must exist and be of a kind the relationship type allows.
 */
export type UpsertProjectInput = {
  /** Ids of the policy tasks or targets it answers (ANSWERS). */
  answers?: InputMaybe<Array<Scalars['ID']['input']>>;
  city?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** Absent: a stable id is derived from the name, province and city. Present: that project is updated. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Ids of its operators (OPERATED_BY): enterprises or departments. */
  operatedBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Ids of its owners (OWNED_BY): enterprises or departments. */
  ownedBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  province?: InputMaybe<Scalars['String']['input']>;
  /** Ids of the parks, museums or bases it created (RESULTED_IN). */
  resultedIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Ids of what it reuses (REUSES): heritage sites, enterprises, museums. */
  reuses?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Ids of what it serves (SERVES). */
  serves?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At least one. Added to the project's sources, and the sources of every link given here. */
  sources: Array<SourceInput>;
  /** Whole years, the start not after the end. */
  startYear?: InputMaybe<Scalars['Int']['input']>;
  status: ProjectStatus;
  type: ProjectType;
};

export type UpsertProjectPayload = {
  __typename?: 'UpsertProjectPayload';
  /** False when the project was already stored and has been updated. */
  created: Scalars['Boolean']['output'];
  project: Project;
};

/** A fact's verification status, who set it and when. A fact nobody has checked is UNVERIFIED with `by` and `at` null. */
export type Verification = {
  __typename?: 'Verification';
  /** ISO timestamp. */
  at?: Maybe<Scalars['String']['output']>;
  /** The label of the curator who set the status. */
  by?: Maybe<Scalars['String']['output']>;
  /** How the sources disagree (always given for DISPUTED), or what the curator adds. */
  note?: Maybe<Scalars['String']['output']>;
  /** The source the curator checked a VERIFIED fact against. */
  source?: Maybe<Source>;
  status: VerificationStatus;
};

/** Whether a curator has checked a fact (docs/source-quality.md). */
export type VerificationStatus =
  /** Sources disagree; `Verification.note` says how. */
  | 'DISPUTED'
  /** Nobody has checked it yet: every fact until a curator sets a status. */
  | 'UNVERIFIED'
  /** A curator checked it against a named source (`Verification.source`). */
  | 'VERIFIED';

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> =
  ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddRelationshipInput: ResolverTypeWrapper<Partial<AddRelationshipInput>>;
  AddRelationshipPayload: ResolverTypeWrapper<AddedRelationship>;
  Answer: ResolverTypeWrapper<QuestionAnswer>;
  AnswerItem: ResolverTypeWrapper<ProvenAnswer>;
  AskedRelation: ResolverTypeWrapper<Partial<AskedRelation>>;
  Award: ResolverTypeWrapper<GraphNode>;
  BasicEntity: ResolverTypeWrapper<GraphNode>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  CityCount: ResolverTypeWrapper<Partial<CityCount>>;
  CompletenessReport: ResolverTypeWrapper<Partial<CompletenessReport>>;
  CompletenessRow: ResolverTypeWrapper<Partial<CompletenessRow>>;
  CompletenessTotals: ResolverTypeWrapper<Partial<CompletenessTotals>>;
  CorrectSourceQualityInput: ResolverTypeWrapper<Partial<CorrectSourceQualityInput>>;
  CorrectSourceQualityPayload: ResolverTypeWrapper<
    Partial<
      Omit<CorrectSourceQualityPayload, 'sources' | 'target'> & {
        sources: Array<ResolversTypes['Source']>;
        target: ResolversTypes['Node'];
      }
    >
  >;
  Curator: ResolverTypeWrapper<Partial<Curator>>;
  DecisionLogFormat: ResolverTypeWrapper<Partial<DecisionLogFormat>>;
  Department: ResolverTypeWrapper<GraphNode>;
  DesignationListCount: ResolverTypeWrapper<Partial<DesignationListCount>>;
  Entity: ResolverTypeWrapper<GraphNode>;
  EntityConnection: ResolverTypeWrapper<EntityPage>;
  EntityEdge: ResolverTypeWrapper<GraphNode>;
  EntityKind: ResolverTypeWrapper<Partial<EntityKind>>;
  EntityPageInfo: ResolverTypeWrapper<Partial<EntityPageInfo>>;
  FacetCount: ResolverTypeWrapper<Partial<FacetCount>>;
  FactTallies: ResolverTypeWrapper<Partial<FactTallies>>;
  FactTally: ResolverTypeWrapper<Partial<FactTally>>;
  FieldChange: ResolverTypeWrapper<Partial<FieldChange>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  FormerName: ResolverTypeWrapper<FormerNameModel>;
  HitMatch: ResolverTypeWrapper<Partial<HitMatch>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  KindCount: ResolverTypeWrapper<Partial<KindCount>>;
  MapPoint: ResolverTypeWrapper<Partial<Omit<MapPoint, 'entity'> & { entity: ResolversTypes['Entity'] }>>;
  MapPointConnection: ResolverTypeWrapper<
    Partial<Omit<MapPointConnection, 'points'> & { points: Array<ResolversTypes['MapPoint']> }>
  >;
  MapPointFilter: ResolverTypeWrapper<Partial<MapPointFilter>>;
  MapPointPageInfo: ResolverTypeWrapper<Partial<MapPointPageInfo>>;
  Mutation: ResolverTypeWrapper<{}>;
  Narrative: ResolverTypeWrapper<GraphNode>;
  NarrativeInput: ResolverTypeWrapper<Partial<NarrativeInput>>;
  NarrativeItem: ResolverTypeWrapper<NarrativeItemParent>;
  NarrativeItemInput: ResolverTypeWrapper<Partial<NarrativeItemInput>>;
  Node: ResolverTypeWrapper<NodeParent>;
  Path: ResolverTypeWrapper<PathParent>;
  PlaceEntityInput: ResolverTypeWrapper<Partial<PlaceEntityInput>>;
  PlaceEntityPayload: ResolverTypeWrapper<
    Partial<
      Omit<PlaceEntityPayload, 'entity' | 'proposal'> & {
        entity: ResolversTypes['Entity'];
        proposal?: Maybe<ResolversTypes['ReviewProposal']>;
      }
    >
  >;
  PolicyDocument: ResolverTypeWrapper<GraphNode>;
  PolicySection: ResolverTypeWrapper<GraphNode>;
  PolicyTask: ResolverTypeWrapper<GraphNode>;
  Position: ResolverTypeWrapper<Partial<Position>>;
  PositionPrecision: ResolverTypeWrapper<Partial<PositionPrecision>>;
  PrecisionCount: ResolverTypeWrapper<Partial<PrecisionCount>>;
  Project: ResolverTypeWrapper<GraphNode>;
  ProjectConnection: ResolverTypeWrapper<
    Partial<Omit<ProjectConnection, 'nodes'> & { nodes: Array<ResolversTypes['Project']> }>
  >;
  ProjectFilter: ResolverTypeWrapper<Partial<ProjectFilter>>;
  ProjectStatus: ResolverTypeWrapper<Partial<ProjectStatus>>;
  ProjectStatusCount: ResolverTypeWrapper<Partial<ProjectStatusCount>>;
  ProjectType: ResolverTypeWrapper<Partial<ProjectType>>;
  ProjectTypeCount: ResolverTypeWrapper<Partial<ProjectTypeCount>>;
  ProposalState: ResolverTypeWrapper<Partial<ProposalState>>;
  ProvinceCount: ResolverTypeWrapper<Partial<ProvinceCount>>;
  Query: ResolverTypeWrapper<{}>;
  RelatedEntity: ResolverTypeWrapper<Partial<Omit<RelatedEntity, 'entity'> & { entity: ResolversTypes['Entity'] }>>;
  RelationTypeCount: ResolverTypeWrapper<RelationTypeCountParent>;
  Relationship: ResolverTypeWrapper<RelationshipParent>;
  RelationshipDirection: ResolverTypeWrapper<Partial<RelationshipDirection>>;
  RetractedFact: ResolverTypeWrapper<Partial<RetractedFact>>;
  Retraction: ResolverTypeWrapper<Partial<Retraction>>;
  ReviewAction: ResolverTypeWrapper<Partial<ReviewAction>>;
  ReviewDecision: ResolverTypeWrapper<ReviewDecisionModel>;
  ReviewDecisionPage: ResolverTypeWrapper<
    Partial<Omit<ReviewDecisionPage, 'items'> & { items: Array<ResolversTypes['ReviewDecision']> }>
  >;
  ReviewFact: ResolverTypeWrapper<Partial<ReviewFact>>;
  ReviewItem: ResolverTypeWrapper<ReviewEntry>;
  ReviewProposal: ResolverTypeWrapper<ProposalModel>;
  ReviewQueueFilter: ResolverTypeWrapper<Partial<ReviewQueueFilter>>;
  ReviewQueuePage: ResolverTypeWrapper<
    Partial<Omit<ReviewQueuePage, 'items'> & { items: Array<ResolversTypes['ReviewItem']> }>
  >;
  ReviewReason: ResolverTypeWrapper<Partial<ReviewReason>>;
  ReviewReasonCount: ResolverTypeWrapper<Partial<ReviewReasonCount>>;
  SearchFacets: ResolverTypeWrapper<Partial<SearchFacets>>;
  SearchHighlight: ResolverTypeWrapper<Partial<SearchHighlight>>;
  SearchHighlightField: ResolverTypeWrapper<Partial<SearchHighlightField>>;
  SearchHit: ResolverTypeWrapper<Partial<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>>;
  SearchMode: ResolverTypeWrapper<Partial<SearchMode>>;
  SearchResult: ResolverTypeWrapper<
    Partial<
      Omit<SearchResult, 'answer' | 'hits'> & {
        answer?: Maybe<ResolversTypes['Answer']>;
        hits: Array<ResolversTypes['SearchHit']>;
      }
    >
  >;
  SearchScope: ResolverTypeWrapper<Partial<SearchScope>>;
  SearchStrategy: ResolverTypeWrapper<Partial<SearchStrategy>>;
  SetVerificationInput: ResolverTypeWrapper<Partial<SetVerificationInput>>;
  SetVerificationPayload: ResolverTypeWrapper<
    Partial<
      Omit<SetVerificationPayload, 'target' | 'verification'> & {
        target: ResolversTypes['Node'];
        verification: ResolversTypes['Verification'];
      }
    >
  >;
  SimilarTask: ResolverTypeWrapper<SimilarTaskModel>;
  Source: ResolverTypeWrapper<SourceModel>;
  SourceInput: ResolverTypeWrapper<Partial<SourceInput>>;
  SourceQuality: ResolverTypeWrapper<Partial<SourceQuality>>;
  SourceQualityClass: ResolverTypeWrapper<Partial<SourceQualityClass>>;
  SourceQualityCount: ResolverTypeWrapper<Partial<SourceQualityCount>>;
  SourceQualitySetBy: ResolverTypeWrapper<Partial<SourceQualitySetBy>>;
  Stats: ResolverTypeWrapper<
    Partial<Omit<Stats, 'byRelationType'> & { byRelationType: Array<ResolversTypes['RelationTypeCount']> }>
  >;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Subgraph: ResolverTypeWrapper<NeighborhoodPageModel>;
  Suggestion: ResolverTypeWrapper<Partial<Omit<Suggestion, 'entity'> & { entity: ResolversTypes['Entity'] }>>;
  SuggestionMatch: ResolverTypeWrapper<Partial<SuggestionMatch>>;
  Target: ResolverTypeWrapper<GraphNode>;
  TargetProgress: ResolverTypeWrapper<TargetProgressModel>;
  Theme: ResolverTypeWrapper<GraphNode>;
  TimelineEvent: ResolverTypeWrapper<TimelineEventModel>;
  TimelineEventKind: ResolverTypeWrapper<Partial<TimelineEventKind>>;
  UnderstoodField: ResolverTypeWrapper<Partial<UnderstoodField>>;
  UnderstoodWord: ResolverTypeWrapper<Partial<UnderstoodWord>>;
  UpsertEntityInput: ResolverTypeWrapper<Partial<UpsertEntityInput>>;
  UpsertEntityPayload: ResolverTypeWrapper<UpsertedEntity>;
  UpsertProjectInput: ResolverTypeWrapper<Partial<UpsertProjectInput>>;
  UpsertProjectPayload: ResolverTypeWrapper<
    Partial<Omit<UpsertProjectPayload, 'project'> & { project: ResolversTypes['Project'] }>
  >;
  Verification: ResolverTypeWrapper<
    Partial<Omit<Verification, 'source'> & { source?: Maybe<ResolversTypes['Source']> }>
  >;
  VerificationStatus: ResolverTypeWrapper<Partial<VerificationStatus>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddRelationshipInput: Partial<AddRelationshipInput>;
  AddRelationshipPayload: AddedRelationship;
  Answer: QuestionAnswer;
  AnswerItem: ProvenAnswer;
  AskedRelation: Partial<AskedRelation>;
  Award: GraphNode;
  BasicEntity: GraphNode;
  Boolean: Partial<Scalars['Boolean']['output']>;
  CityCount: Partial<CityCount>;
  CompletenessReport: Partial<CompletenessReport>;
  CompletenessRow: Partial<CompletenessRow>;
  CompletenessTotals: Partial<CompletenessTotals>;
  CorrectSourceQualityInput: Partial<CorrectSourceQualityInput>;
  CorrectSourceQualityPayload: Partial<
    Omit<CorrectSourceQualityPayload, 'sources' | 'target'> & {
      sources: Array<ResolversParentTypes['Source']>;
      target: ResolversParentTypes['Node'];
    }
  >;
  Curator: Partial<Curator>;
  Department: GraphNode;
  DesignationListCount: Partial<DesignationListCount>;
  Entity: GraphNode;
  EntityConnection: EntityPage;
  EntityEdge: GraphNode;
  EntityPageInfo: Partial<EntityPageInfo>;
  FacetCount: Partial<FacetCount>;
  FactTallies: Partial<FactTallies>;
  FactTally: Partial<FactTally>;
  FieldChange: Partial<FieldChange>;
  Float: Partial<Scalars['Float']['output']>;
  FormerName: FormerNameModel;
  ID: Partial<Scalars['ID']['output']>;
  Int: Partial<Scalars['Int']['output']>;
  KindCount: Partial<KindCount>;
  MapPoint: Partial<Omit<MapPoint, 'entity'> & { entity: ResolversParentTypes['Entity'] }>;
  MapPointConnection: Partial<Omit<MapPointConnection, 'points'> & { points: Array<ResolversParentTypes['MapPoint']> }>;
  MapPointFilter: Partial<MapPointFilter>;
  MapPointPageInfo: Partial<MapPointPageInfo>;
  Mutation: {};
  Narrative: GraphNode;
  NarrativeInput: Partial<NarrativeInput>;
  NarrativeItem: NarrativeItemParent;
  NarrativeItemInput: Partial<NarrativeItemInput>;
  Node: NodeParent;
  Path: PathParent;
  PlaceEntityInput: Partial<PlaceEntityInput>;
  PlaceEntityPayload: Partial<
    Omit<PlaceEntityPayload, 'entity' | 'proposal'> & {
      entity: ResolversParentTypes['Entity'];
      proposal?: Maybe<ResolversParentTypes['ReviewProposal']>;
    }
  >;
  PolicyDocument: GraphNode;
  PolicySection: GraphNode;
  PolicyTask: GraphNode;
  Position: Partial<Position>;
  PrecisionCount: Partial<PrecisionCount>;
  Project: GraphNode;
  ProjectConnection: Partial<Omit<ProjectConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Project']> }>;
  ProjectFilter: Partial<ProjectFilter>;
  ProjectStatusCount: Partial<ProjectStatusCount>;
  ProjectTypeCount: Partial<ProjectTypeCount>;
  ProvinceCount: Partial<ProvinceCount>;
  Query: {};
  RelatedEntity: Partial<Omit<RelatedEntity, 'entity'> & { entity: ResolversParentTypes['Entity'] }>;
  RelationTypeCount: RelationTypeCountParent;
  Relationship: RelationshipParent;
  Retraction: Partial<Retraction>;
  ReviewDecision: ReviewDecisionModel;
  ReviewDecisionPage: Partial<
    Omit<ReviewDecisionPage, 'items'> & { items: Array<ResolversParentTypes['ReviewDecision']> }
  >;
  ReviewItem: ReviewEntry;
  ReviewProposal: ProposalModel;
  ReviewQueueFilter: Partial<ReviewQueueFilter>;
  ReviewQueuePage: Partial<Omit<ReviewQueuePage, 'items'> & { items: Array<ResolversParentTypes['ReviewItem']> }>;
  ReviewReasonCount: Partial<ReviewReasonCount>;
  SearchFacets: Partial<SearchFacets>;
  SearchHighlight: Partial<SearchHighlight>;
  SearchHit: Partial<Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] }>;
  SearchResult: Partial<
    Omit<SearchResult, 'answer' | 'hits'> & {
      answer?: Maybe<ResolversParentTypes['Answer']>;
      hits: Array<ResolversParentTypes['SearchHit']>;
    }
  >;
  SetVerificationInput: Partial<SetVerificationInput>;
  SetVerificationPayload: Partial<
    Omit<SetVerificationPayload, 'target' | 'verification'> & {
      target: ResolversParentTypes['Node'];
      verification: ResolversParentTypes['Verification'];
    }
  >;
  SimilarTask: SimilarTaskModel;
  Source: SourceModel;
  SourceInput: Partial<SourceInput>;
  SourceQuality: Partial<SourceQuality>;
  SourceQualityCount: Partial<SourceQualityCount>;
  Stats: Partial<Omit<Stats, 'byRelationType'> & { byRelationType: Array<ResolversParentTypes['RelationTypeCount']> }>;
  String: Partial<Scalars['String']['output']>;
  Subgraph: NeighborhoodPageModel;
  Suggestion: Partial<Omit<Suggestion, 'entity'> & { entity: ResolversParentTypes['Entity'] }>;
  Target: GraphNode;
  TargetProgress: TargetProgressModel;
  Theme: GraphNode;
  TimelineEvent: TimelineEventModel;
  UnderstoodWord: Partial<UnderstoodWord>;
  UpsertEntityInput: Partial<UpsertEntityInput>;
  UpsertEntityPayload: UpsertedEntity;
  UpsertProjectInput: Partial<UpsertProjectInput>;
  UpsertProjectPayload: Partial<Omit<UpsertProjectPayload, 'project'> & { project: ResolversParentTypes['Project'] }>;
  Verification: Partial<Omit<Verification, 'source'> & { source?: Maybe<ResolversParentTypes['Source']> }>;
};

export type AddRelationshipPayloadResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AddRelationshipPayload'] = ResolversParentTypes['AddRelationshipPayload'],
> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['ReviewProposal']>, ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AnswerResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Answer'] = ResolversParentTypes['Answer'],
> = {
  asked?: Resolver<Array<ResolversTypes['AskedRelation']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['AnswerItem']>, ParentType, ContextType>;
  mention?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nearMiss?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AnswerItemResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AnswerItem'] = ResolversParentTypes['AnswerItem'],
> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formerName?: Resolver<Maybe<ResolversTypes['FormerName']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['Path'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AskedRelationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AskedRelation'] = ResolversParentTypes['AskedRelation'],
> = {
  phrase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AwardResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Award'] = ResolversParentTypes['Award'],
> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bestSourceQuality?: Resolver<ResolversTypes['SourceQualityClass'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<
    Maybe<Array<ResolversTypes['RelatedEntity']>>,
    ParentType,
    ContextType,
    RequireFields<AwardRelatedArgs, 'first'>
  >;
  relationshipCount?: Resolver<
    ResolversTypes['Int'],
    ParentType,
    ContextType,
    RequireFields<AwardRelationshipCountArgs, 'direction'>
  >;
  relationships?: Resolver<
    Array<ResolversTypes['Relationship']>,
    ParentType,
    ContextType,
    RequireFields<AwardRelationshipsArgs, 'direction' | 'first'>
  >;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BasicEntityResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['BasicEntity'] = ResolversParentTypes['BasicEntity'],
> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bestSourceQuality?: Resolver<ResolversTypes['SourceQualityClass'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<
    Maybe<Array<ResolversTypes['RelatedEntity']>>,
    ParentType,
    ContextType,
    RequireFields<BasicEntityRelatedArgs, 'first'>
  >;
  relationshipCount?: Resolver<
    ResolversTypes['Int'],
    ParentType,
    ContextType,
    RequireFields<BasicEntityRelationshipCountArgs, 'direction'>
  >;
  relationships?: Resolver<
    Array<ResolversTypes['Relationship']>,
    ParentType,
    ContextType,
    RequireFields<BasicEntityRelationshipsArgs, 'direction' | 'first'>
  >;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CityCountResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['CityCount'] = ResolversParentTypes['CityCount'],
> = {
  byKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompletenessReportResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['CompletenessReport'] = ResolversParentTypes['CompletenessReport'],
> = {
  byKind?: Resolver<Array<ResolversTypes['CompletenessRow']>, ParentType, ContextType>;
  byKindAndCity?: Resolver<Array<ResolversTypes['CompletenessRow']>, ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['FactTallies'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['CompletenessTotals'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompletenessRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['CompletenessRow'] = ResolversParentTypes['CompletenessRow'],
> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  missingCoordinates?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  missingDates?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  missingDescriptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missingSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompletenessTotalsResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['CompletenessTotals'] = ResolversParentTypes['CompletenessTotals'],
> = {
  missingCoordinates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missingDates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missingDescriptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missingSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CorrectSourceQualityPayloadResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['CorrectSourceQualityPayload'] =
    ResolversParentTypes['CorrectSourceQualityPayload'],
> = {
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CuratorResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Curator'] = ResolversParentTypes['Curator'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DepartmentResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department'],
> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bestSourceQuality?: Resolver<ResolversTypes['SourceQualityClass'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<
    Maybe<Array<ResolversTypes['RelatedEntity']>>,
    ParentType,
    ContextType,
    RequireFields<DepartmentRelatedArgs, 'first'>
  >;
  relationshipCount?: Resolver<
    ResolversTypes['Int'],
    ParentType,
    ContextType,
    RequireFields<DepartmentRelationshipCountArgs, 'direction'>
  >;
  relationships?: Resolver<
    Array<ResolversTypes['Relationship']>,
    ParentType,
    ContextType,
    RequireFields<DepartmentRelationshipsArgs, 'direction' | 'first'>
  >;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DesignationListCountResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DesignationListCount'] = ResolversParentTypes['DesignationListCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity'],
> = {
  __resolveType: TypeResolveFn<
    | 'Award'
    | 'BasicEntity'
    | 'Department'
    | 'PolicyDocument'
    | 'PolicySection'
    | 'PolicyTask'
    | 'Project'
    | 'Target'
    | 'Theme',
    ParentType,
    ContextType
  >;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bestSourceQuality?: Resolver<ResolversTypes['SourceQualityClass'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<
    Maybe<Array<ResolversTypes['RelatedEntity']>>,
    ParentType,
    ContextType,
    RequireFields<EntityRelatedArgs, 'first'>
  >;
  relationshipCount?: Resolver<
    ResolversTypes['Int'],
    ParentType,
    ContextType,
    RequireFields<EntityRelationshipCountArgs, 'direction'>
  >;
  relationships?: Resolver<
    Array<ResolversTypes['Relationship']>,
    ParentType,
    ContextType,
    RequireFields<EntityRelationshipsArgs, 'direction' | 'first'>
  >;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
};

export type EntityConnectionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['EntityPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityEdgeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityPageInfoResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['EntityPageInfo'] = ResolversParentTypes['EntityPageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FacetCountResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FactTalliesResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['FactTallies'] = ResolversParentTypes['FactTallies'],
> = {
  entities?: Resolver<ResolversTypes['FactTally'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['FactTally'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FactTallyResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['FactTally'] = ResolversParentTypes['FactTally'],
> = {
  byBestSourceQuality?: Resolver<Array<ResolversTypes['SourceQualityCount']>, ParentType, ContextType>;
  disputed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unverified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FieldChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange'],
> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FormerNameResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['FormerName'] = ResolversParentTypes['FormerName'],
> = {
  from?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KindCountResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MapPointResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['MapPoint'] = ResolversParentTypes['MapPoint'],
> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MapPointConnectionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['MapPointConnection'] = ResolversParentTypes['MapPointConnection'],
> = {
  countsByPrecision?: Resolver<Array<ResolversTypes['PrecisionCount']>, ParentType, ContextType>;
  designationLists?: Resolver<Array<ResolversTypes['DesignationListCount']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['MapPointPageInfo'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['MapPoint']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withoutPosition?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MapPointPageInfoResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['MapPointPageInfo'] = ResolversParentTypes['MapPointPageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  addRelationship?: Resolver<
    ResolversTypes['AddRelationshipPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAddRelationshipArgs, 'input'>
  >;
  approveProposal?: Resolver<
    ResolversTypes['ReviewProposal'],
    ParentType,
    ContextType,
    RequireFields<MutationApproveProposalArgs, 'id'>
  >;
  correctSourceQuality?: Resolver<
    ResolversTypes['CorrectSourceQualityPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCorrectSourceQualityArgs, 'input'>
  >;
  createNarrative?: Resolver<
    ResolversTypes['Narrative'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateNarrativeArgs, 'input'>
  >;
  createNarrativeFromPath?: Resolver<
    ResolversTypes['Narrative'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateNarrativeFromPathArgs, 'pathOf' | 'title'>
  >;
  deleteNarrative?: Resolver<
    ResolversTypes['ID'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteNarrativeArgs, 'id'>
  >;
  placeEntity?: Resolver<
    ResolversTypes['PlaceEntityPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationPlaceEntityArgs, 'input'>
  >;
  publishNarrative?: Resolver<
    ResolversTypes['Narrative'],
    ParentType,
    ContextType,
    RequireFields<MutationPublishNarrativeArgs, 'id' | 'version'>
  >;
  rejectProposal?: Resolver<
    ResolversTypes['ReviewProposal'],
    ParentType,
    ContextType,
    RequireFields<MutationRejectProposalArgs, 'id' | 'note'>
  >;
  restoreRetraction?: Resolver<
    ResolversTypes['Retraction'],
    ParentType,
    ContextType,
    RequireFields<MutationRestoreRetractionArgs, 'id'>
  >;
  retractEntity?: Resolver<
    ResolversTypes['Retraction'],
    ParentType,
    ContextType,
    RequireFields<MutationRetractEntityArgs, 'id' | 'reason'>
  >;
  retractRelationship?: Resolver<
    ResolversTypes['Retraction'],
    ParentType,
    ContextType,
    RequireFields<MutationRetractRelationshipArgs, 'id' | 'reason'>
  >;
  setVerification?: Resolver<
    ResolversTypes['SetVerificationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetVerificationArgs, 'input'>
  >;
  unpublishNarrative?: Resolver<
    ResolversTypes['Narrative'],
    ParentType,
    ContextType,
    RequireFields<MutationUnpublishNarrativeArgs, 'id' | 'version'>
  >;
  updateNarrative?: Resolver<
    ResolversTypes['Narrative'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateNarrativeArgs, 'id' | 'input' | 'version'>
  >;
  upsertEntity?: Resolver<
    ResolversTypes['UpsertEntityPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpsertEntityArgs, 'input'>
  >;
  upsertProject?: Resolver<
    ResolversTypes['UpsertProjectPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpsertProjectArgs, 'input'>
  >;
};

export type NarrativeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Narrative'] = ResolversParentTypes['Narrative'],
> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['NarrativeItem']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NarrativeItemResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['NarrativeItem'] = ResolversParentTypes['NarrativeItem'],
> = {
  caption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NodeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = {
  __resolveType: TypeResolveFn<
    | 'Award'
    | 'BasicEntity'
    | 'Department'
    | 'PolicyDocument'
    | 'PolicySection'
    | 'PolicyTask'
    | 'Project'
    | 'Relationship'
    | 'Target'
    | 'Theme',
    ParentType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PathResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path'],
> = {
  edges?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceEntityPayloadResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PlaceEntityPayload'] = ResolversParentTypes['PlaceEntityPayload'],
> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['ReviewProposal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PolicyDocumentResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PolicyDocument'] = ResolversParentTypes['PolicyDocument'],
> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bestSourceQuality?: Resolver<ResolversTypes['SourceQualityClass'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implements?: Resolver<Array<ResolversTypes['PolicyDocument']>, ParentType, ContextType>;
  issuers?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noticeTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<
    Maybe<Array<ResolversTypes['RelatedEntity']>>,
    ParentType,
    ContextType,
    RequireFields<PolicyDocumentRelatedArgs, 'first'>
  >;
  relationshipCount?: Resolver<
    ResolversTypes['Int'],
    ParentType,
    ContextType,
    RequireFields<PolicyDocumentRelationshipCountArgs, 'direction'>
  >;
  relationships?: Resolver<
    Array<ResolversTypes['Relationship']>,
    ParentType,
    ContextType,
    RequireFields<PolicyDocumentRelationshipsArgs, 'direction' | 'first'>
  >;
  sections?: Resolver<Array<ResolversTypes['PolicySection']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  startYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PolicySectionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PolicySection'] = ResolversParentTypes['PolicySection'],
> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bestSourceQuality?: Resolver<ResolversTypes['SourceQualityClass'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['PolicyDocument']>, ParentType, ContextType>;
  heading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<
    Maybe<Array<ResolversTypes['RelatedEntity']>>,
    ParentType,
    ContextType,
    RequireFields<PolicySectionRelatedArgs, 'first'>
  >;
  relationshipCount?: Resolver<
    ResolversTypes['Int'],
    ParentType,
    ContextType,
    RequireFields<PolicySectionRelationshipCountArgs, 'direction'>
  >;
  relationships?: Resolver<
    Array<ResolversTypes['Relationship']>,
    ParentType,
    ContextType,
    RequireFields<PolicySectionRelationshipsArgs, 'direction' | 'first'>
  >;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  subsections?: Resolver<Array<ResolversTypes['PolicySection']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['PolicyTask']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PolicyTaskResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PolicyTask'] = ResolversParentTypes['PolicyTask'],
> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bestSourceQuality?: Resolver<ResolversTypes['SourceQualityClass'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jointlyResponsibleDepartments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  leadDepartments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participatingDepartments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<
    Maybe<Array<ResolversTypes['RelatedEntity']>>,
    ParentType,
    ContextType,
    RequireFields<PolicyTaskRelatedArgs, 'first'>
  >;
  relationshipCount?: Resolver<
    ResolversTypes['Int'],
    ParentType,
    ContextType,
    RequireFields<PolicyTaskRelationshipCountArgs, 'direction'>
  >;
  relationships?: Resolver<
    Array<ResolversTypes['Relationship']>,
    ParentType,
    ContextType,
    RequireFields<PolicyTaskRelationshipsArgs, 'direction' | 'first'>
  >;
  responsiblePerDutyDepartments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['PolicySection']>, ParentType, ContextType>;
  similarTasks?: Resolver<Array<ResolversTypes['SimilarTask']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PositionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position'],
> = {
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['PositionPrecision'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PrecisionCountResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PrecisionCount'] = ResolversParentTypes['PrecisionCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['PositionPrecision'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'],
> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  answersTargets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  answersTasks?: Resolver<Array<ResolversTypes['PolicyTask']>, ParentType, ContextType>;
  bestSourceQuality?: Resolver<ResolversTypes['SourceQualityClass'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  derivedFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  projectType?: Resolver<ResolversTypes['ProjectType'], ParentType, ContextType>;
  projectTypeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<
    Maybe<Array<ResolversTypes['RelatedEntity']>>,
    ParentType,
    ContextType,
    RequireFields<ProjectRelatedArgs, 'first'>
  >;
  relationshipCount?: Resolver<
    ResolversTypes['Int'],
    ParentType,
    ContextType,
    RequireFields<ProjectRelationshipCountArgs, 'direction'>
  >;
  relationships?: Resolver<
    Array<ResolversTypes['Relationship']>,
    ParentType,
    ContextType,
    RequireFields<ProjectRelationshipsArgs, 'direction' | 'first'>
  >;
  resultedIn?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  reuses?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  serves?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  startYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectConnectionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection'],
> = {
  countsByStatus?: Resolver<Array<ResolversTypes['ProjectStatusCount']>, ParentType, ContextType>;
  countsByType?: Resolver<Array<ResolversTypes['ProjectTypeCount']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['EntityPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectStatusCountResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ProjectStatusCount'] = ResolversParentTypes['ProjectStatusCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectTypeCountResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ProjectTypeCount'] = ResolversParentTypes['ProjectTypeCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ProjectType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvinceCountResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ProvinceCount'] = ResolversParentTypes['ProvinceCount'],
> = {
  byKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  completeness?: Resolver<ResolversTypes['CompletenessReport'], ParentType, ContextType>;
  curator?: Resolver<Maybe<ResolversTypes['Curator']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, Partial<QueryEntitiesArgs>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  mapPoints?: Resolver<ResolversTypes['MapPointConnection'], ParentType, ContextType, Partial<QueryMapPointsArgs>>;
  narrative?: Resolver<
    Maybe<ResolversTypes['Narrative']>,
    ParentType,
    ContextType,
    RequireFields<QueryNarrativeArgs, 'id'>
  >;
  narratives?: Resolver<Array<ResolversTypes['Narrative']>, ParentType, ContextType, Partial<QueryNarrativesArgs>>;
  neighborhood?: Resolver<
    ResolversTypes['Subgraph'],
    ParentType,
    ContextType,
    RequireFields<QueryNeighborhoodArgs, 'depth' | 'id'>
  >;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  paths?: Resolver<
    Array<ResolversTypes['Path']>,
    ParentType,
    ContextType,
    RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxHops' | 'to'>
  >;
  policyDocuments?: Resolver<Array<ResolversTypes['PolicyDocument']>, ParentType, ContextType>;
  policyTask?: Resolver<
    Maybe<ResolversTypes['PolicyTask']>,
    ParentType,
    ContextType,
    RequireFields<QueryPolicyTaskArgs, 'id'>
  >;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<QueryProjectsArgs>>;
  retractable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryRetractableArgs, 'id'>>;
  retractions?: Resolver<Array<ResolversTypes['Retraction']>, ParentType, ContextType>;
  reviewDecisionLog?: Resolver<
    ResolversTypes['String'],
    ParentType,
    ContextType,
    RequireFields<QueryReviewDecisionLogArgs, 'format'>
  >;
  reviewDecisions?: Resolver<
    ResolversTypes['ReviewDecisionPage'],
    ParentType,
    ContextType,
    Partial<QueryReviewDecisionsArgs>
  >;
  reviewProposals?: Resolver<
    Array<ResolversTypes['ReviewProposal']>,
    ParentType,
    ContextType,
    Partial<QueryReviewProposalsArgs>
  >;
  reviewQueue?: Resolver<ResolversTypes['ReviewQueuePage'], ParentType, ContextType, Partial<QueryReviewQueueArgs>>;
  search?: Resolver<
    Maybe<ResolversTypes['SearchResult']>,
    ParentType,
    ContextType,
    RequireFields<QuerySearchArgs, 'mode' | 'query' | 'scope' | 'understand'>
  >;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  suggest?: Resolver<
    Maybe<Array<ResolversTypes['Suggestion']>>,
    ParentType,
    ContextType,
    RequireFields<QuerySuggestArgs, 'prefix' | 'scope'>
  >;
  timeline?: Resolver<
    Array<ResolversTypes['TimelineEvent']>,
    ParentType,
    ContextType,
    RequireFields<QueryTimelineArgs, 'first'>
  >;
  timelineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<QueryTimelineCountArgs>>;
};

export type RelatedEntityResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RelatedEntity'] = ResolversParentTypes['RelatedEntity'],
> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  similarity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationTypeCountResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RelationTypeCount'] = ResolversParentTypes['RelationTypeCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  typeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationshipResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship'],
> = {
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  typeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RetractionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Retraction'] = ResolversParentTypes['Retraction'],
> = {
  fact?: Resolver<ResolversTypes['RetractedFact'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retractedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retractedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewDecisionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReviewDecision'] = ResolversParentTypes['ReviewDecision'],
> = {
  action?: Resolver<ResolversTypes['ReviewAction'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  curator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['ReviewFact'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewDecisionPageResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReviewDecisionPage'] = ResolversParentTypes['ReviewDecisionPage'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ReviewDecision']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewItemResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReviewItem'] = ResolversParentTypes['ReviewItem'],
> = {
  bestSourceQuality?: Resolver<Maybe<ResolversTypes['SourceQualityClass']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['ReviewFact'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ReviewReason'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewProposalResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReviewProposal'] = ResolversParentTypes['ReviewProposal'],
> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['ReviewFact'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ProposalState'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewQueuePageResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReviewQueuePage'] = ResolversParentTypes['ReviewQueuePage'],
> = {
  counts?: Resolver<Array<ResolversTypes['ReviewReasonCount']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ReviewItem']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewReasonCountResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReviewReasonCount'] = ResolversParentTypes['ReviewReasonCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ReviewReason'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchFacetsResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SearchFacets'] = ResolversParentTypes['SearchFacets'],
> = {
  cities?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  eras?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  provinces?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHighlightResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SearchHighlight'] = ResolversParentTypes['SearchHighlight'],
> = {
  field?: Resolver<ResolversTypes['SearchHighlightField'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit'],
> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  era?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['SearchHighlight']>, ParentType, ContextType>;
  industry?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  matchedBy?: Resolver<ResolversTypes['HitMatch'], ParentType, ContextType>;
  similarity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceQuality?: Resolver<ResolversTypes['SourceQualityClass'], ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchResultResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult'],
> = {
  answer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['SearchFacets'], ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  matchedBy?: Resolver<ResolversTypes['SearchStrategy'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['SearchMode'], ParentType, ContextType>;
  processingTimeMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalHits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  understood?: Resolver<Array<ResolversTypes['UnderstoodWord']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SetVerificationPayloadResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SetVerificationPayload'] = ResolversParentTypes['SetVerificationPayload'],
> = {
  target?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SimilarTaskResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SimilarTask'] = ResolversParentTypes['SimilarTask'],
> = {
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedThemes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  task?: Resolver<ResolversTypes['PolicyTask'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source'],
> = {
  document?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quality?: Resolver<ResolversTypes['SourceQuality'], ParentType, ContextType>;
  takenAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceQualityResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SourceQuality'] = ResolversParentTypes['SourceQuality'],
> = {
  at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  class?: Resolver<ResolversTypes['SourceQualityClass'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  setBy?: Resolver<ResolversTypes['SourceQualitySetBy'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceQualityCountResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SourceQualityCount'] = ResolversParentTypes['SourceQualityCount'],
> = {
  class?: Resolver<ResolversTypes['SourceQualityClass'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatsResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats'],
> = {
  byCity?: Resolver<Array<ResolversTypes['CityCount']>, ParentType, ContextType, Partial<StatsByCityArgs>>;
  byKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  byProvince?: Resolver<Array<ResolversTypes['ProvinceCount']>, ParentType, ContextType>;
  byRelationType?: Resolver<Array<ResolversTypes['RelationTypeCount']>, ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubgraphResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph'],
> = {
  countsByKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  countsByType?: Resolver<Array<ResolversTypes['RelationTypeCount']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['EntityPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SuggestionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Suggestion'] = ResolversParentTypes['Suggestion'],
> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  matchedBy?: Resolver<ResolversTypes['SuggestionMatch'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target'],
> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bestSourceQuality?: Resolver<ResolversTypes['SourceQualityClass'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  per?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['TargetProgress'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<
    Maybe<Array<ResolversTypes['RelatedEntity']>>,
    ParentType,
    ContextType,
    RequireFields<TargetRelatedArgs, 'first'>
  >;
  relationshipCount?: Resolver<
    ResolversTypes['Int'],
    ParentType,
    ContextType,
    RequireFields<TargetRelationshipCountArgs, 'direction'>
  >;
  relationships?: Resolver<
    Array<ResolversTypes['Relationship']>,
    ParentType,
    ContextType,
    RequireFields<TargetRelationshipsArgs, 'direction' | 'first'>
  >;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['PolicyTask']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
  what?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetProgressResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['TargetProgress'] = ResolversParentTypes['TargetProgress'],
> = {
  counted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countedKinds?: Resolver<Array<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  measurable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThemeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme'],
> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bestSourceQuality?: Resolver<ResolversTypes['SourceQualityClass'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<
    Maybe<Array<ResolversTypes['RelatedEntity']>>,
    ParentType,
    ContextType,
    RequireFields<ThemeRelatedArgs, 'first'>
  >;
  relationshipCount?: Resolver<
    ResolversTypes['Int'],
    ParentType,
    ContextType,
    RequireFields<ThemeRelationshipCountArgs, 'direction'>
  >;
  relationships?: Resolver<
    Array<ResolversTypes['Relationship']>,
    ParentType,
    ContextType,
    RequireFields<ThemeRelationshipsArgs, 'direction' | 'first'>
  >;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['PolicyTask']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TimelineEventResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  related?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnderstoodWordResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['UnderstoodWord'] = ResolversParentTypes['UnderstoodWord'],
> = {
  field?: Resolver<ResolversTypes['UnderstoodField'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  word?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpsertEntityPayloadResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['UpsertEntityPayload'] = ResolversParentTypes['UpsertEntityPayload'],
> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['ReviewProposal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpsertProjectPayloadResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['UpsertProjectPayload'] = ResolversParentTypes['UpsertProjectPayload'],
> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VerificationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Verification'] = ResolversParentTypes['Verification'],
> = {
  at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AddRelationshipPayload?: AddRelationshipPayloadResolvers<ContextType>;
  Answer?: AnswerResolvers<ContextType>;
  AnswerItem?: AnswerItemResolvers<ContextType>;
  AskedRelation?: AskedRelationResolvers<ContextType>;
  Award?: AwardResolvers<ContextType>;
  BasicEntity?: BasicEntityResolvers<ContextType>;
  CityCount?: CityCountResolvers<ContextType>;
  CompletenessReport?: CompletenessReportResolvers<ContextType>;
  CompletenessRow?: CompletenessRowResolvers<ContextType>;
  CompletenessTotals?: CompletenessTotalsResolvers<ContextType>;
  CorrectSourceQualityPayload?: CorrectSourceQualityPayloadResolvers<ContextType>;
  Curator?: CuratorResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  DesignationListCount?: DesignationListCountResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityPageInfo?: EntityPageInfoResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  FactTallies?: FactTalliesResolvers<ContextType>;
  FactTally?: FactTallyResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FormerName?: FormerNameResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  MapPoint?: MapPointResolvers<ContextType>;
  MapPointConnection?: MapPointConnectionResolvers<ContextType>;
  MapPointPageInfo?: MapPointPageInfoResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Narrative?: NarrativeResolvers<ContextType>;
  NarrativeItem?: NarrativeItemResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PlaceEntityPayload?: PlaceEntityPayloadResolvers<ContextType>;
  PolicyDocument?: PolicyDocumentResolvers<ContextType>;
  PolicySection?: PolicySectionResolvers<ContextType>;
  PolicyTask?: PolicyTaskResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PrecisionCount?: PrecisionCountResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectStatusCount?: ProjectStatusCountResolvers<ContextType>;
  ProjectTypeCount?: ProjectTypeCountResolvers<ContextType>;
  ProvinceCount?: ProvinceCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelatedEntity?: RelatedEntityResolvers<ContextType>;
  RelationTypeCount?: RelationTypeCountResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  Retraction?: RetractionResolvers<ContextType>;
  ReviewDecision?: ReviewDecisionResolvers<ContextType>;
  ReviewDecisionPage?: ReviewDecisionPageResolvers<ContextType>;
  ReviewItem?: ReviewItemResolvers<ContextType>;
  ReviewProposal?: ReviewProposalResolvers<ContextType>;
  ReviewQueuePage?: ReviewQueuePageResolvers<ContextType>;
  ReviewReasonCount?: ReviewReasonCountResolvers<ContextType>;
  SearchFacets?: SearchFacetsResolvers<ContextType>;
  SearchHighlight?: SearchHighlightResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SetVerificationPayload?: SetVerificationPayloadResolvers<ContextType>;
  SimilarTask?: SimilarTaskResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceQuality?: SourceQualityResolvers<ContextType>;
  SourceQualityCount?: SourceQualityCountResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Suggestion?: SuggestionResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetProgress?: TargetProgressResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  UnderstoodWord?: UnderstoodWordResolvers<ContextType>;
  UpsertEntityPayload?: UpsertEntityPayloadResolvers<ContextType>;
  UpsertProjectPayload?: UpsertProjectPayloadResolvers<ContextType>;
  Verification?: VerificationResolvers<ContextType>;
};
