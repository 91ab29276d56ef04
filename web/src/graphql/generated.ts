export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

export type DecisionLogFormat = 'CSV' | 'JSON';

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

/** How one hit matched the query. */
export type HitMatch =
  /** It has the words and is near in meaning. */
  | 'BOTH'
  /** It is among the entities nearest the query in meaning, without having its words. */
  | 'MEANING'
  /** It has the query's words (or their pinyin, or a synonym). */
  | 'WORDS';

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

/** A narrative's content. On update it replaces title, description and every item. */
export type NarrativeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** In order; at most 100. */
  items: Array<NarrativeItemInput>;
  title: Scalars['String']['input'];
};

export type NarrativeItemInput = {
  caption?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
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

/** How fine an entity's position is. */
export type PositionPrecision =
  /** The centre of its city, as the map labels it: the record names no finer place. */
  | 'CITY'
  /** The point of the county-level unit (县, 县级市, 市辖区) its record names: 宜兴, 泾县, 戚墅堰 … */
  | 'COUNTY'
  /** Coordinates a curator placed on the map, an import gave (`lat`/`lng`), or a source states. */
  | 'EXACT';

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

/**
 * What a project does (the plans' words): HERITAGE_REUSE 工业遗产活化利用, INDUSTRIAL_TOURISM 工业旅游特色项目、线路,
 * STUDY 工业文化研学, CRAFT_REGION 工艺美术特色区域, DEVELOPMENT 工业文化发展项目.
 */
export type ProjectType = 'CRAFT_REGION' | 'DEVELOPMENT' | 'HERITAGE_REUSE' | 'INDUSTRIAL_TOURISM' | 'STUDY';

export type ProposalState = 'APPROVED' | 'PENDING' | 'REJECTED';

export type RelationshipDirection =
  | 'BOTH'
  /** Relationships ending at this entity. */
  | 'IN'
  /** Relationships starting at this entity. */
  | 'OUT';

export type RetractedFact = 'ENTITY' | 'RELATIONSHIP';

export type ReviewAction = 'APPROVE' | 'DISPUTE' | 'PROPOSE' | 'REJECT' | 'UNVERIFY' | 'VERIFY';

export type ReviewFact = 'ENTITY' | 'RELATIONSHIP';

export type ReviewQueueFilter = {
  /** Only entities or only relationships; both when absent. */
  fact?: InputMaybe<ReviewFact>;
  /** Only these reasons; all when absent. */
  reasons?: InputMaybe<Array<ReviewReason>>;
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

export type SearchHighlightField = 'ALIAS' | 'DESCRIPTION' | 'NAME';

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

/** Where a curated fact was taken from. A document title or a URL is required. */
export type SourceInput = {
  document?: InputMaybe<Scalars['String']['input']>;
  /** Where in the document: 序号 6, 第7条, 第3页. */
  locator?: InputMaybe<Scalars['String']['input']>;
  /** ISO date (YYYY-MM-DD) the fact was taken from the source. */
  takenAt?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
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

export type SourceQualitySetBy =
  /** A curator's correction, which wins over the rules. */
  | 'CURATOR'
  /** The documented rules on the source's host and kind. */
  | 'RULE';

export type SuggestionMatch =
  /** An alias starts with the prefix. */
  | 'ALIAS'
  /** The initials of the name or an alias start with the prefix (jl → 金陵机器局). */
  | 'INITIALS'
  /** The name starts with the prefix. */
  | 'NAME'
  /** The pinyin of the name or an alias starts with the prefix (jinling → 金陵机器局). */
  | 'PINYIN';

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

/** Whether a curator has checked a fact (docs/source-quality.md). */
export type VerificationStatus =
  /** Sources disagree; `Verification.note` says how. */
  | 'DISPUTED'
  /** Nobody has checked it yet: every fact until a curator sets a status. */
  | 'UNVERIFIED'
  /** A curator checked it against a named source (`Verification.source`). */
  | 'VERIFIED';

export type CuratorTokenCheckQueryQueryVariables = Exact<{ [key: string]: never }>;

export type CuratorTokenCheckQueryQuery = {
  __typename: 'Query';
  curator: { __typename: 'Curator'; id: string; label: string } | null;
};

export type CreateEntityMutationMutationVariables = Exact<{
  input: UpsertEntityInput;
}>;

export type CreateEntityMutationMutation = {
  __typename: 'Mutation';
  upsertEntity: {
    __typename: 'UpsertEntityPayload';
    created: boolean;
    entity:
      | { __typename: 'Award'; id: string; name: string }
      | { __typename: 'BasicEntity'; id: string; name: string }
      | { __typename: 'Department'; id: string; name: string }
      | { __typename: 'PolicyDocument'; id: string; name: string }
      | { __typename: 'PolicySection'; id: string; name: string }
      | { __typename: 'PolicyTask'; id: string; name: string }
      | { __typename: 'Project'; id: string; name: string }
      | { __typename: 'Target'; id: string; name: string }
      | { __typename: 'Theme'; id: string; name: string };
  };
};

export type RetractableQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RetractableQueryQuery = { __typename: 'Query'; retractable: boolean };

export type RetractControl_RetractionFragment = {
  __typename: 'Retraction';
  id: string;
  target: string;
  name: string;
  reason: string;
  relationshipCount: number;
};

export type RetractEntityMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;

export type RetractEntityMutationMutation = {
  __typename: 'Mutation';
  retractEntity: {
    __typename: 'Retraction';
    id: string;
    target: string;
    name: string;
    reason: string;
    relationshipCount: number;
  };
};

export type RestoreRetractionMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RestoreRetractionMutationMutation = {
  __typename: 'Mutation';
  restoreRetraction: {
    __typename: 'Retraction';
    id: string;
    target: string;
    name: string;
    reason: string;
    relationshipCount: number;
  };
};

export type NarrativeArticle_NarrativeFragment = {
  __typename: 'Narrative';
  id: string;
  title: string;
  description: string | null;
  version: number;
  createdBy: string;
  updatedAt: string;
  items: Array<{
    __typename: 'NarrativeItem';
    position: number;
    caption: string | null;
    note: string | null;
    citations: Array<string>;
    entity:
      | {
          __typename: 'Award';
          id: string;
          name: string;
          kind: EntityKind;
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
        }
      | {
          __typename: 'BasicEntity';
          id: string;
          name: string;
          kind: EntityKind;
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
        }
      | {
          __typename: 'Department';
          id: string;
          name: string;
          kind: EntityKind;
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
        }
      | {
          __typename: 'PolicyDocument';
          id: string;
          name: string;
          kind: EntityKind;
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
        }
      | {
          __typename: 'PolicySection';
          id: string;
          name: string;
          kind: EntityKind;
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
        }
      | {
          __typename: 'PolicyTask';
          id: string;
          name: string;
          kind: EntityKind;
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
        }
      | {
          __typename: 'Project';
          id: string;
          name: string;
          kind: EntityKind;
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
        }
      | {
          __typename: 'Target';
          id: string;
          name: string;
          kind: EntityKind;
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
        }
      | {
          __typename: 'Theme';
          id: string;
          name: string;
          kind: EntityKind;
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
        };
  }>;
};

export type EntityCitationsQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type EntityCitationsQueryQuery = {
  __typename: 'Query';
  entity:
    | {
        __typename: 'Award';
        id: string;
        citations: Array<string>;
        verification: { __typename: 'Verification'; status: VerificationStatus };
        sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
      }
    | {
        __typename: 'BasicEntity';
        id: string;
        citations: Array<string>;
        verification: { __typename: 'Verification'; status: VerificationStatus };
        sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
      }
    | {
        __typename: 'Department';
        id: string;
        citations: Array<string>;
        verification: { __typename: 'Verification'; status: VerificationStatus };
        sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
      }
    | {
        __typename: 'PolicyDocument';
        id: string;
        citations: Array<string>;
        verification: { __typename: 'Verification'; status: VerificationStatus };
        sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
      }
    | {
        __typename: 'PolicySection';
        id: string;
        citations: Array<string>;
        verification: { __typename: 'Verification'; status: VerificationStatus };
        sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
      }
    | {
        __typename: 'PolicyTask';
        id: string;
        citations: Array<string>;
        verification: { __typename: 'Verification'; status: VerificationStatus };
        sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
      }
    | {
        __typename: 'Project';
        id: string;
        citations: Array<string>;
        verification: { __typename: 'Verification'; status: VerificationStatus };
        sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
      }
    | {
        __typename: 'Target';
        id: string;
        citations: Array<string>;
        verification: { __typename: 'Verification'; status: VerificationStatus };
        sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
      }
    | {
        __typename: 'Theme';
        id: string;
        citations: Array<string>;
        verification: { __typename: 'Verification'; status: VerificationStatus };
        sources: Array<{ __typename: 'Source'; quality: { __typename: 'SourceQuality'; class: SourceQualityClass } }>;
      }
    | null;
};

export type NarrativePageQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type NarrativePageQueryQuery = {
  __typename: 'Query';
  narrative: {
    __typename: 'Narrative';
    publishedAt: string | null;
    publishedBy: string | null;
    editable: boolean;
    id: string;
    title: string;
    description: string | null;
    version: number;
    createdBy: string;
    updatedAt: string;
    items: Array<{
      __typename: 'NarrativeItem';
      position: number;
      caption: string | null;
      note: string | null;
      citations: Array<string>;
      entity:
        | {
            __typename: 'Award';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'BasicEntity';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'Department';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'PolicyDocument';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'PolicySection';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'PolicyTask';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'Project';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'Target';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'Theme';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          };
    }>;
  } | null;
};

export type NarrativePrintQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type NarrativePrintQueryQuery = {
  __typename: 'Query';
  narrative: {
    __typename: 'Narrative';
    id: string;
    title: string;
    description: string | null;
    version: number;
    createdBy: string;
    updatedAt: string;
    items: Array<{
      __typename: 'NarrativeItem';
      position: number;
      caption: string | null;
      note: string | null;
      citations: Array<string>;
      entity:
        | {
            __typename: 'Award';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'BasicEntity';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'Department';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'PolicyDocument';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'PolicySection';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'PolicyTask';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'Project';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'Target';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          }
        | {
            __typename: 'Theme';
            id: string;
            name: string;
            kind: EntityKind;
            verification: { __typename: 'Verification'; status: VerificationStatus };
            sources: Array<{
              __typename: 'Source';
              quality: { __typename: 'SourceQuality'; class: SourceQualityClass };
            }>;
          };
    }>;
  } | null;
};

export type SavedNarrativesQueryQueryVariables = Exact<{ [key: string]: never }>;

export type SavedNarrativesQueryQuery = {
  __typename: 'Query';
  narratives: Array<{
    __typename: 'Narrative';
    id: string;
    title: string;
    version: number;
    createdBy: string;
    updatedAt: string;
    publishedAt: string | null;
    editable: boolean;
    items: Array<{ __typename: 'NarrativeItem'; position: number }>;
  }>;
};

export type DeleteNarrativeMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: InputMaybe<Scalars['Int']['input']>;
}>;

export type DeleteNarrativeMutationMutation = { __typename: 'Mutation'; deleteNarrative: string };

export type PublishNarrativeMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  publish: Scalars['Boolean']['input'];
}>;

export type PublishNarrativeMutationMutation = {
  __typename: 'Mutation';
  publishNarrative?: { __typename: 'Narrative'; id: string; version: number; publishedAt: string | null };
  unpublishNarrative?: { __typename: 'Narrative'; id: string; version: number; publishedAt: string | null };
};

export type DraftNarrative_NarrativeFragment = {
  __typename: 'Narrative';
  id: string;
  version: number;
  title: string;
  description: string | null;
  createdBy: string;
  items: Array<{
    __typename: 'NarrativeItem';
    position: number;
    note: string | null;
    caption: string | null;
    citations: Array<string>;
    entity:
      | { __typename: 'Award'; id: string; name: string; kind: EntityKind }
      | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Department'; id: string; name: string; kind: EntityKind }
      | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind }
      | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind }
      | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Project'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Target'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Theme'; id: string; name: string; kind: EntityKind };
  }>;
};

export type WorkspaceNarrativeQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type WorkspaceNarrativeQueryQuery = {
  __typename: 'Query';
  narrative: {
    __typename: 'Narrative';
    id: string;
    version: number;
    title: string;
    description: string | null;
    createdBy: string;
    items: Array<{
      __typename: 'NarrativeItem';
      position: number;
      note: string | null;
      caption: string | null;
      citations: Array<string>;
      entity:
        | { __typename: 'Award'; id: string; name: string; kind: EntityKind }
        | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Department'; id: string; name: string; kind: EntityKind }
        | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind }
        | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind }
        | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Project'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Target'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Theme'; id: string; name: string; kind: EntityKind };
    }>;
  } | null;
};

export type CreateNarrativeMutationMutationVariables = Exact<{
  input: NarrativeInput;
}>;

export type CreateNarrativeMutationMutation = {
  __typename: 'Mutation';
  createNarrative: { __typename: 'Narrative'; id: string; version: number };
};

export type UpdateNarrativeMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: NarrativeInput;
}>;

export type UpdateNarrativeMutationMutation = {
  __typename: 'Mutation';
  updateNarrative: { __typename: 'Narrative'; id: string; version: number };
};

export type WorkspaceSearchQueryQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;

export type WorkspaceSearchQueryQuery = {
  __typename: 'Query';
  search: {
    __typename: 'SearchResult';
    totalHits: number;
    hits: Array<{
      __typename: 'SearchHit';
      entity:
        | {
            __typename: 'Award';
            id: string;
            name: string;
            kind: EntityKind;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'BasicEntity';
            id: string;
            name: string;
            kind: EntityKind;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'Department';
            id: string;
            name: string;
            kind: EntityKind;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'PolicyDocument';
            id: string;
            name: string;
            kind: EntityKind;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'PolicySection';
            id: string;
            name: string;
            kind: EntityKind;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'PolicyTask';
            id: string;
            name: string;
            kind: EntityKind;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'Project';
            id: string;
            name: string;
            kind: EntityKind;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'Target';
            id: string;
            name: string;
            kind: EntityKind;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'Theme';
            id: string;
            name: string;
            kind: EntityKind;
            province: string | null;
            city: string | null;
          };
    }>;
  } | null;
};

export type EntityPageQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  relationshipsFirst: InputMaybe<Scalars['Int']['input']>;
}>;

export type EntityPageQueryQuery = {
  __typename: 'Query';
  entity:
    | {
        __typename: 'Award';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        province: string | null;
        city: string | null;
        description: string | null;
        properties: string;
        relationshipCount: number;
        verification: {
          __typename: 'Verification';
          status: VerificationStatus;
          by: string | null;
          at: string | null;
          note: string | null;
          source: { __typename: 'Source'; document: string | null; url: string | null } | null;
        };
        sources: Array<{
          __typename: 'Source';
          document: string | null;
          locator: string | null;
          url: string | null;
          takenAt: string | null;
          quality: {
            __typename: 'SourceQuality';
            class: SourceQualityClass;
            setBy: SourceQualitySetBy;
            reason: string;
          };
        }>;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'BasicEntity';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        province: string | null;
        city: string | null;
        description: string | null;
        properties: string;
        relationshipCount: number;
        verification: {
          __typename: 'Verification';
          status: VerificationStatus;
          by: string | null;
          at: string | null;
          note: string | null;
          source: { __typename: 'Source'; document: string | null; url: string | null } | null;
        };
        sources: Array<{
          __typename: 'Source';
          document: string | null;
          locator: string | null;
          url: string | null;
          takenAt: string | null;
          quality: {
            __typename: 'SourceQuality';
            class: SourceQualityClass;
            setBy: SourceQualitySetBy;
            reason: string;
          };
        }>;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'Department';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        province: string | null;
        city: string | null;
        description: string | null;
        properties: string;
        relationshipCount: number;
        verification: {
          __typename: 'Verification';
          status: VerificationStatus;
          by: string | null;
          at: string | null;
          note: string | null;
          source: { __typename: 'Source'; document: string | null; url: string | null } | null;
        };
        sources: Array<{
          __typename: 'Source';
          document: string | null;
          locator: string | null;
          url: string | null;
          takenAt: string | null;
          quality: {
            __typename: 'SourceQuality';
            class: SourceQualityClass;
            setBy: SourceQualitySetBy;
            reason: string;
          };
        }>;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'PolicyDocument';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        province: string | null;
        city: string | null;
        description: string | null;
        properties: string;
        relationshipCount: number;
        verification: {
          __typename: 'Verification';
          status: VerificationStatus;
          by: string | null;
          at: string | null;
          note: string | null;
          source: { __typename: 'Source'; document: string | null; url: string | null } | null;
        };
        sources: Array<{
          __typename: 'Source';
          document: string | null;
          locator: string | null;
          url: string | null;
          takenAt: string | null;
          quality: {
            __typename: 'SourceQuality';
            class: SourceQualityClass;
            setBy: SourceQualitySetBy;
            reason: string;
          };
        }>;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'PolicySection';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        province: string | null;
        city: string | null;
        description: string | null;
        properties: string;
        relationshipCount: number;
        verification: {
          __typename: 'Verification';
          status: VerificationStatus;
          by: string | null;
          at: string | null;
          note: string | null;
          source: { __typename: 'Source'; document: string | null; url: string | null } | null;
        };
        sources: Array<{
          __typename: 'Source';
          document: string | null;
          locator: string | null;
          url: string | null;
          takenAt: string | null;
          quality: {
            __typename: 'SourceQuality';
            class: SourceQualityClass;
            setBy: SourceQualitySetBy;
            reason: string;
          };
        }>;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'PolicyTask';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        province: string | null;
        city: string | null;
        description: string | null;
        properties: string;
        relationshipCount: number;
        number: number | null;
        text: string | null;
        verification: {
          __typename: 'Verification';
          status: VerificationStatus;
          by: string | null;
          at: string | null;
          note: string | null;
          source: { __typename: 'Source'; document: string | null; url: string | null } | null;
        };
        sources: Array<{
          __typename: 'Source';
          document: string | null;
          locator: string | null;
          url: string | null;
          takenAt: string | null;
          quality: {
            __typename: 'SourceQuality';
            class: SourceQualityClass;
            setBy: SourceQualitySetBy;
            reason: string;
          };
        }>;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
        section: { __typename: 'PolicySection'; id: string; name: string } | null;
        targets: Array<{ __typename: 'Target'; id: string; name: string }>;
        projects: Array<{
          __typename: 'Project';
          id: string;
          name: string;
          projectType: ProjectType;
          status: ProjectStatus;
        }>;
        similarTasks: Array<{
          __typename: 'SimilarTask';
          score: number;
          task: { __typename: 'PolicyTask'; id: string; name: string; province: string | null };
        }>;
        leadDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
        participatingDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
        responsiblePerDutyDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
        jointlyResponsibleDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
      }
    | {
        __typename: 'Project';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        province: string | null;
        city: string | null;
        description: string | null;
        properties: string;
        relationshipCount: number;
        projectType: ProjectType;
        status: ProjectStatus;
        startYear: number | null;
        endYear: number | null;
        note: string | null;
        derivedFrom: string | null;
        verification: {
          __typename: 'Verification';
          status: VerificationStatus;
          by: string | null;
          at: string | null;
          note: string | null;
          source: { __typename: 'Source'; document: string | null; url: string | null } | null;
        };
        sources: Array<{
          __typename: 'Source';
          document: string | null;
          locator: string | null;
          url: string | null;
          takenAt: string | null;
          quality: {
            __typename: 'SourceQuality';
            class: SourceQualityClass;
            setBy: SourceQualitySetBy;
            reason: string;
          };
        }>;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
        reuses: Array<
          | { __typename: 'Award'; id: string; name: string }
          | { __typename: 'BasicEntity'; id: string; name: string }
          | { __typename: 'Department'; id: string; name: string }
          | { __typename: 'PolicyDocument'; id: string; name: string }
          | { __typename: 'PolicySection'; id: string; name: string }
          | { __typename: 'PolicyTask'; id: string; name: string }
          | { __typename: 'Project'; id: string; name: string }
          | { __typename: 'Target'; id: string; name: string }
          | { __typename: 'Theme'; id: string; name: string }
        >;
        serves: Array<
          | { __typename: 'Award'; id: string; name: string }
          | { __typename: 'BasicEntity'; id: string; name: string }
          | { __typename: 'Department'; id: string; name: string }
          | { __typename: 'PolicyDocument'; id: string; name: string }
          | { __typename: 'PolicySection'; id: string; name: string }
          | { __typename: 'PolicyTask'; id: string; name: string }
          | { __typename: 'Project'; id: string; name: string }
          | { __typename: 'Target'; id: string; name: string }
          | { __typename: 'Theme'; id: string; name: string }
        >;
        resultedIn: Array<
          | { __typename: 'Award'; id: string; name: string }
          | { __typename: 'BasicEntity'; id: string; name: string }
          | { __typename: 'Department'; id: string; name: string }
          | { __typename: 'PolicyDocument'; id: string; name: string }
          | { __typename: 'PolicySection'; id: string; name: string }
          | { __typename: 'PolicyTask'; id: string; name: string }
          | { __typename: 'Project'; id: string; name: string }
          | { __typename: 'Target'; id: string; name: string }
          | { __typename: 'Theme'; id: string; name: string }
        >;
        operators: Array<
          | { __typename: 'Award'; id: string; name: string }
          | { __typename: 'BasicEntity'; id: string; name: string }
          | { __typename: 'Department'; id: string; name: string }
          | { __typename: 'PolicyDocument'; id: string; name: string }
          | { __typename: 'PolicySection'; id: string; name: string }
          | { __typename: 'PolicyTask'; id: string; name: string }
          | { __typename: 'Project'; id: string; name: string }
          | { __typename: 'Target'; id: string; name: string }
          | { __typename: 'Theme'; id: string; name: string }
        >;
        owners: Array<
          | { __typename: 'Award'; id: string; name: string }
          | { __typename: 'BasicEntity'; id: string; name: string }
          | { __typename: 'Department'; id: string; name: string }
          | { __typename: 'PolicyDocument'; id: string; name: string }
          | { __typename: 'PolicySection'; id: string; name: string }
          | { __typename: 'PolicyTask'; id: string; name: string }
          | { __typename: 'Project'; id: string; name: string }
          | { __typename: 'Target'; id: string; name: string }
          | { __typename: 'Theme'; id: string; name: string }
        >;
        answersTasks: Array<{ __typename: 'PolicyTask'; id: string; name: string }>;
        answersTargets: Array<{ __typename: 'Target'; id: string; name: string }>;
      }
    | {
        __typename: 'Target';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        province: string | null;
        city: string | null;
        description: string | null;
        properties: string;
        relationshipCount: number;
        verification: {
          __typename: 'Verification';
          status: VerificationStatus;
          by: string | null;
          at: string | null;
          note: string | null;
          source: { __typename: 'Source'; document: string | null; url: string | null } | null;
        };
        sources: Array<{
          __typename: 'Source';
          document: string | null;
          locator: string | null;
          url: string | null;
          takenAt: string | null;
          quality: {
            __typename: 'SourceQuality';
            class: SourceQualityClass;
            setBy: SourceQualitySetBy;
            reason: string;
          };
        }>;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'Theme';
        id: string;
        kind: EntityKind;
        name: string;
        aliases: Array<string>;
        province: string | null;
        city: string | null;
        description: string | null;
        properties: string;
        relationshipCount: number;
        verification: {
          __typename: 'Verification';
          status: VerificationStatus;
          by: string | null;
          at: string | null;
          note: string | null;
          source: { __typename: 'Source'; document: string | null; url: string | null } | null;
        };
        sources: Array<{
          __typename: 'Source';
          document: string | null;
          locator: string | null;
          url: string | null;
          takenAt: string | null;
          quality: {
            __typename: 'SourceQuality';
            class: SourceQualityClass;
            setBy: SourceQualitySetBy;
            reason: string;
          };
        }>;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | null;
};

export type EntityRelationships_RelationshipFragment = {
  __typename: 'Relationship';
  id: string;
  type: string;
  typeLabel: string;
  properties: string;
  from:
    | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
  to:
    | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
    | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
  verification: { __typename: 'Verification'; status: VerificationStatus };
  sources: Array<{
    __typename: 'Source';
    document: string | null;
    locator: string | null;
    url: string | null;
    takenAt: string | null;
    quality: { __typename: 'SourceQuality'; class: SourceQualityClass; setBy: SourceQualitySetBy; reason: string };
  }>;
};

export type EntitySources_SourceFragment = {
  __typename: 'Source';
  document: string | null;
  locator: string | null;
  url: string | null;
  takenAt: string | null;
  quality: { __typename: 'SourceQuality'; class: SourceQualityClass; setBy: SourceQualitySetBy; reason: string };
};

export type NeighbourGraphQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type NeighbourGraphQueryQuery = {
  __typename: 'Query';
  neighborhood: {
    __typename: 'Subgraph';
    nodes: Array<
      | { __typename: 'Award'; id: string; name: string; kind: EntityKind }
      | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Department'; id: string; name: string; kind: EntityKind }
      | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind }
      | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind }
      | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Project'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Target'; id: string; name: string; kind: EntityKind }
      | { __typename: 'Theme'; id: string; name: string; kind: EntityKind }
    >;
    edges: Array<{
      __typename: 'Relationship';
      id: string;
      type: string;
      typeLabel: string;
      from:
        | { __typename: 'Award'; id: string }
        | { __typename: 'BasicEntity'; id: string }
        | { __typename: 'Department'; id: string }
        | { __typename: 'PolicyDocument'; id: string }
        | { __typename: 'PolicySection'; id: string }
        | { __typename: 'PolicyTask'; id: string }
        | { __typename: 'Project'; id: string }
        | { __typename: 'Target'; id: string }
        | { __typename: 'Theme'; id: string };
      to:
        | { __typename: 'Award'; id: string }
        | { __typename: 'BasicEntity'; id: string }
        | { __typename: 'Department'; id: string }
        | { __typename: 'PolicyDocument'; id: string }
        | { __typename: 'PolicySection'; id: string }
        | { __typename: 'PolicyTask'; id: string }
        | { __typename: 'Project'; id: string }
        | { __typename: 'Target'; id: string }
        | { __typename: 'Theme'; id: string };
    }>;
  };
};

export type PolicyTaskPanel_TaskFragment = {
  __typename: 'PolicyTask';
  id: string;
  number: number | null;
  text: string | null;
  section: { __typename: 'PolicySection'; id: string; name: string } | null;
  targets: Array<{ __typename: 'Target'; id: string; name: string }>;
  projects: Array<{ __typename: 'Project'; id: string; name: string; projectType: ProjectType; status: ProjectStatus }>;
  similarTasks: Array<{
    __typename: 'SimilarTask';
    score: number;
    task: { __typename: 'PolicyTask'; id: string; name: string; province: string | null };
  }>;
  leadDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
  participatingDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
  responsiblePerDutyDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
  jointlyResponsibleDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
};

export type ProjectPanel_ProjectFragment = {
  __typename: 'Project';
  projectType: ProjectType;
  status: ProjectStatus;
  startYear: number | null;
  endYear: number | null;
  note: string | null;
  derivedFrom: string | null;
  reuses: Array<
    | { __typename: 'Award'; id: string; name: string }
    | { __typename: 'BasicEntity'; id: string; name: string }
    | { __typename: 'Department'; id: string; name: string }
    | { __typename: 'PolicyDocument'; id: string; name: string }
    | { __typename: 'PolicySection'; id: string; name: string }
    | { __typename: 'PolicyTask'; id: string; name: string }
    | { __typename: 'Project'; id: string; name: string }
    | { __typename: 'Target'; id: string; name: string }
    | { __typename: 'Theme'; id: string; name: string }
  >;
  serves: Array<
    | { __typename: 'Award'; id: string; name: string }
    | { __typename: 'BasicEntity'; id: string; name: string }
    | { __typename: 'Department'; id: string; name: string }
    | { __typename: 'PolicyDocument'; id: string; name: string }
    | { __typename: 'PolicySection'; id: string; name: string }
    | { __typename: 'PolicyTask'; id: string; name: string }
    | { __typename: 'Project'; id: string; name: string }
    | { __typename: 'Target'; id: string; name: string }
    | { __typename: 'Theme'; id: string; name: string }
  >;
  resultedIn: Array<
    | { __typename: 'Award'; id: string; name: string }
    | { __typename: 'BasicEntity'; id: string; name: string }
    | { __typename: 'Department'; id: string; name: string }
    | { __typename: 'PolicyDocument'; id: string; name: string }
    | { __typename: 'PolicySection'; id: string; name: string }
    | { __typename: 'PolicyTask'; id: string; name: string }
    | { __typename: 'Project'; id: string; name: string }
    | { __typename: 'Target'; id: string; name: string }
    | { __typename: 'Theme'; id: string; name: string }
  >;
  operators: Array<
    | { __typename: 'Award'; id: string; name: string }
    | { __typename: 'BasicEntity'; id: string; name: string }
    | { __typename: 'Department'; id: string; name: string }
    | { __typename: 'PolicyDocument'; id: string; name: string }
    | { __typename: 'PolicySection'; id: string; name: string }
    | { __typename: 'PolicyTask'; id: string; name: string }
    | { __typename: 'Project'; id: string; name: string }
    | { __typename: 'Target'; id: string; name: string }
    | { __typename: 'Theme'; id: string; name: string }
  >;
  owners: Array<
    | { __typename: 'Award'; id: string; name: string }
    | { __typename: 'BasicEntity'; id: string; name: string }
    | { __typename: 'Department'; id: string; name: string }
    | { __typename: 'PolicyDocument'; id: string; name: string }
    | { __typename: 'PolicySection'; id: string; name: string }
    | { __typename: 'PolicyTask'; id: string; name: string }
    | { __typename: 'Project'; id: string; name: string }
    | { __typename: 'Target'; id: string; name: string }
    | { __typename: 'Theme'; id: string; name: string }
  >;
  answersTasks: Array<{ __typename: 'PolicyTask'; id: string; name: string }>;
  answersTargets: Array<{ __typename: 'Target'; id: string; name: string }>;
};

export type EntityRelatedQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type EntityRelatedQueryQuery = {
  __typename: 'Query';
  entity:
    | {
        __typename: 'Award';
        id: string;
        related: Array<{
          __typename: 'RelatedEntity';
          similarity: number;
          entity:
            | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
            | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Theme'; id: string; kind: EntityKind; name: string };
        }> | null;
      }
    | {
        __typename: 'BasicEntity';
        id: string;
        related: Array<{
          __typename: 'RelatedEntity';
          similarity: number;
          entity:
            | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
            | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Theme'; id: string; kind: EntityKind; name: string };
        }> | null;
      }
    | {
        __typename: 'Department';
        id: string;
        related: Array<{
          __typename: 'RelatedEntity';
          similarity: number;
          entity:
            | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
            | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Theme'; id: string; kind: EntityKind; name: string };
        }> | null;
      }
    | {
        __typename: 'PolicyDocument';
        id: string;
        related: Array<{
          __typename: 'RelatedEntity';
          similarity: number;
          entity:
            | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
            | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Theme'; id: string; kind: EntityKind; name: string };
        }> | null;
      }
    | {
        __typename: 'PolicySection';
        id: string;
        related: Array<{
          __typename: 'RelatedEntity';
          similarity: number;
          entity:
            | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
            | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Theme'; id: string; kind: EntityKind; name: string };
        }> | null;
      }
    | {
        __typename: 'PolicyTask';
        id: string;
        related: Array<{
          __typename: 'RelatedEntity';
          similarity: number;
          entity:
            | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
            | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Theme'; id: string; kind: EntityKind; name: string };
        }> | null;
      }
    | {
        __typename: 'Project';
        id: string;
        related: Array<{
          __typename: 'RelatedEntity';
          similarity: number;
          entity:
            | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
            | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Theme'; id: string; kind: EntityKind; name: string };
        }> | null;
      }
    | {
        __typename: 'Target';
        id: string;
        related: Array<{
          __typename: 'RelatedEntity';
          similarity: number;
          entity:
            | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
            | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Theme'; id: string; kind: EntityKind; name: string };
        }> | null;
      }
    | {
        __typename: 'Theme';
        id: string;
        related: Array<{
          __typename: 'RelatedEntity';
          similarity: number;
          entity:
            | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
            | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
            | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
            | { __typename: 'Theme'; id: string; kind: EntityKind; name: string };
        }> | null;
      }
    | null;
};

export type EntityRelationshipsPageQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
}>;

export type EntityRelationshipsPageQueryQuery = {
  __typename: 'Query';
  entity:
    | {
        __typename: 'Award';
        id: string;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'BasicEntity';
        id: string;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'Department';
        id: string;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'PolicyDocument';
        id: string;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'PolicySection';
        id: string;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'PolicyTask';
        id: string;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'Project';
        id: string;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'Target';
        id: string;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | {
        __typename: 'Theme';
        id: string;
        relationships: Array<{
          __typename: 'Relationship';
          id: string;
          type: string;
          typeLabel: string;
          properties: string;
          from:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          to:
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; description: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; description: string | null };
          verification: { __typename: 'Verification'; status: VerificationStatus };
          sources: Array<{
            __typename: 'Source';
            document: string | null;
            locator: string | null;
            url: string | null;
            takenAt: string | null;
            quality: {
              __typename: 'SourceQuality';
              class: SourceQualityClass;
              setBy: SourceQualitySetBy;
              reason: string;
            };
          }>;
        }>;
      }
    | null;
};

export type ExplorerEntityNameQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ExplorerEntityNameQueryQuery = {
  __typename: 'Query';
  entity:
    | { __typename: 'Award'; id: string; name: string; kind: EntityKind }
    | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind }
    | { __typename: 'Department'; id: string; name: string; kind: EntityKind }
    | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind }
    | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind }
    | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind }
    | { __typename: 'Project'; id: string; name: string; kind: EntityKind }
    | { __typename: 'Target'; id: string; name: string; kind: EntityKind }
    | { __typename: 'Theme'; id: string; name: string; kind: EntityKind }
    | null;
};

export type ExplorerNarrativeFromPathMutationMutationVariables = Exact<{
  pathOf: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;

export type ExplorerNarrativeFromPathMutationMutation = {
  __typename: 'Mutation';
  createNarrativeFromPath: { __typename: 'Narrative'; id: string };
};

export type ExplorerNeighborhoodQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  depth: Scalars['Int']['input'];
  first: Scalars['Int']['input'];
  relationTypes: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;

export type ExplorerNeighborhoodQueryQuery = {
  __typename: 'Query';
  neighborhood: {
    __typename: 'Subgraph';
    totalCount: number;
    nodes: Array<
      | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
      | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Theme'; id: string; kind: EntityKind; name: string }
    >;
    edges: Array<{
      __typename: 'Relationship';
      id: string;
      type: string;
      typeLabel: string;
      from:
        | { __typename: 'Award'; id: string }
        | { __typename: 'BasicEntity'; id: string }
        | { __typename: 'Department'; id: string }
        | { __typename: 'PolicyDocument'; id: string }
        | { __typename: 'PolicySection'; id: string }
        | { __typename: 'PolicyTask'; id: string }
        | { __typename: 'Project'; id: string }
        | { __typename: 'Target'; id: string }
        | { __typename: 'Theme'; id: string };
      to:
        | { __typename: 'Award'; id: string }
        | { __typename: 'BasicEntity'; id: string }
        | { __typename: 'Department'; id: string }
        | { __typename: 'PolicyDocument'; id: string }
        | { __typename: 'PolicySection'; id: string }
        | { __typename: 'PolicyTask'; id: string }
        | { __typename: 'Project'; id: string }
        | { __typename: 'Target'; id: string }
        | { __typename: 'Theme'; id: string };
      sources: Array<{ __typename: 'Source'; document: string | null; locator: string | null; url: string | null }>;
    }>;
    pageInfo: { __typename: 'EntityPageInfo'; hasNextPage: boolean; endCursor: string | null };
    countsByKind: Array<{ __typename: 'KindCount'; kind: EntityKind; count: number }>;
    countsByType: Array<{ __typename: 'RelationTypeCount'; type: string; typeLabel: string; count: number }>;
  };
};

export type ExplorerNeighborhoodPageQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  depth: Scalars['Int']['input'];
  first: Scalars['Int']['input'];
  after: Scalars['String']['input'];
  relationTypes: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;

export type ExplorerNeighborhoodPageQueryQuery = {
  __typename: 'Query';
  neighborhood: {
    __typename: 'Subgraph';
    nodes: Array<
      | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
      | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Theme'; id: string; kind: EntityKind; name: string }
    >;
    edges: Array<{
      __typename: 'Relationship';
      id: string;
      type: string;
      typeLabel: string;
      from:
        | { __typename: 'Award'; id: string }
        | { __typename: 'BasicEntity'; id: string }
        | { __typename: 'Department'; id: string }
        | { __typename: 'PolicyDocument'; id: string }
        | { __typename: 'PolicySection'; id: string }
        | { __typename: 'PolicyTask'; id: string }
        | { __typename: 'Project'; id: string }
        | { __typename: 'Target'; id: string }
        | { __typename: 'Theme'; id: string };
      to:
        | { __typename: 'Award'; id: string }
        | { __typename: 'BasicEntity'; id: string }
        | { __typename: 'Department'; id: string }
        | { __typename: 'PolicyDocument'; id: string }
        | { __typename: 'PolicySection'; id: string }
        | { __typename: 'PolicyTask'; id: string }
        | { __typename: 'Project'; id: string }
        | { __typename: 'Target'; id: string }
        | { __typename: 'Theme'; id: string };
      sources: Array<{ __typename: 'Source'; document: string | null; locator: string | null; url: string | null }>;
    }>;
    pageInfo: { __typename: 'EntityPageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type ExplorerPathsQueryQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxHops: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
  excludeKinds: InputMaybe<Array<EntityKind> | EntityKind>;
  excludeTypes: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;

export type ExplorerPathsQueryQuery = {
  __typename: 'Query';
  paths: Array<{
    __typename: 'Path';
    length: number;
    explanation: string;
    nodes: Array<
      | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
      | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Theme'; id: string; kind: EntityKind; name: string }
    >;
    edges: Array<{
      __typename: 'Relationship';
      id: string;
      type: string;
      typeLabel: string;
      from:
        | { __typename: 'Award'; id: string }
        | { __typename: 'BasicEntity'; id: string }
        | { __typename: 'Department'; id: string }
        | { __typename: 'PolicyDocument'; id: string }
        | { __typename: 'PolicySection'; id: string }
        | { __typename: 'PolicyTask'; id: string }
        | { __typename: 'Project'; id: string }
        | { __typename: 'Target'; id: string }
        | { __typename: 'Theme'; id: string };
      to:
        | { __typename: 'Award'; id: string }
        | { __typename: 'BasicEntity'; id: string }
        | { __typename: 'Department'; id: string }
        | { __typename: 'PolicyDocument'; id: string }
        | { __typename: 'PolicySection'; id: string }
        | { __typename: 'PolicyTask'; id: string }
        | { __typename: 'Project'; id: string }
        | { __typename: 'Target'; id: string }
        | { __typename: 'Theme'; id: string };
      sources: Array<{ __typename: 'Source'; document: string | null; locator: string | null; url: string | null }>;
    }>;
  }>;
};

export type CityEntitiesQueryQueryVariables = Exact<{
  city: Scalars['String']['input'];
  kinds: InputMaybe<Array<EntityKind> | EntityKind>;
}>;

export type CityEntitiesQueryQuery = {
  __typename: 'Query';
  entities: {
    __typename: 'EntityConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'EntityEdge';
      node:
        | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
        | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
        | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
        | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
        | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
        | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
        | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
        | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
        | { __typename: 'Theme'; id: string; kind: EntityKind; name: string };
    }>;
  };
};

export type MapPageQueryQueryVariables = Exact<{
  kinds: InputMaybe<Array<EntityKind> | EntityKind>;
}>;

export type MapPageQueryQuery = {
  __typename: 'Query';
  stats: {
    __typename: 'Stats';
    byCity: Array<{ __typename: 'CityCount'; province: string | null; city: string; count: number }>;
    byProvince: Array<{
      __typename: 'ProvinceCount';
      province: string | null;
      byKind: Array<{ __typename: 'KindCount'; kind: EntityKind; count: number }>;
    }>;
  };
};

export type PlaceEntityMutationMutationVariables = Exact<{
  input: PlaceEntityInput;
}>;

export type PlaceEntityMutationMutation = {
  __typename: 'Mutation';
  placeEntity: {
    __typename: 'PlaceEntityPayload';
    entity:
      | { __typename: 'Award'; id: string; name: string }
      | { __typename: 'BasicEntity'; id: string; name: string }
      | { __typename: 'Department'; id: string; name: string }
      | { __typename: 'PolicyDocument'; id: string; name: string }
      | { __typename: 'PolicySection'; id: string; name: string }
      | { __typename: 'PolicyTask'; id: string; name: string }
      | { __typename: 'Project'; id: string; name: string }
      | { __typename: 'Target'; id: string; name: string }
      | { __typename: 'Theme'; id: string; name: string };
    position: { __typename: 'Position'; lat: number; lng: number; precision: PositionPrecision; basis: string };
  };
};

export type MapPointsQueryQueryVariables = Exact<{
  filter: InputMaybe<MapPointFilter>;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type MapPointsQueryQuery = {
  __typename: 'Query';
  mapPoints: {
    __typename: 'MapPointConnection';
    totalCount: number;
    withoutPosition: number;
    points: Array<{
      __typename: 'MapPoint';
      entity:
        | { __typename: 'Award'; id: string; name: string; kind: EntityKind }
        | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Department'; id: string; name: string; kind: EntityKind }
        | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind }
        | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind }
        | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Project'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Target'; id: string; name: string; kind: EntityKind }
        | { __typename: 'Theme'; id: string; name: string; kind: EntityKind };
      position: { __typename: 'Position'; lat: number; lng: number; precision: PositionPrecision; basis: string };
    }>;
    pageInfo: { __typename: 'MapPointPageInfo'; hasNextPage: boolean; endCursor: string | null };
    countsByPrecision: Array<{ __typename: 'PrecisionCount'; precision: PositionPrecision; count: number }>;
    designationLists: Array<{ __typename: 'DesignationListCount'; list: string; count: number }>;
  };
};

export type CompletenessRow_RowFragment = {
  __typename: 'CompletenessRow';
  kind: EntityKind;
  city: string | null;
  records: number;
  missingCoordinates: number | null;
  missingDates: number | null;
  missingSources: number;
  missingDescriptions: number;
};

export type CompletenessReportQueryQueryVariables = Exact<{ [key: string]: never }>;

export type CompletenessReportQueryQuery = {
  __typename: 'Query';
  completeness: {
    __typename: 'CompletenessReport';
    totals: {
      __typename: 'CompletenessTotals';
      records: number;
      missingCoordinates: number;
      missingDates: number;
      missingSources: number;
      missingDescriptions: number;
    };
    byKind: Array<{
      __typename: 'CompletenessRow';
      kind: EntityKind;
      city: string | null;
      records: number;
      missingCoordinates: number | null;
      missingDates: number | null;
      missingSources: number;
      missingDescriptions: number;
    }>;
    byKindAndCity: Array<{
      __typename: 'CompletenessRow';
      kind: EntityKind;
      city: string | null;
      records: number;
      missingCoordinates: number | null;
      missingDates: number | null;
      missingSources: number;
      missingDescriptions: number;
    }>;
  };
};

export type PolicyPlansQueryQueryVariables = Exact<{ [key: string]: never }>;

export type PolicyPlansQueryQuery = {
  __typename: 'Query';
  policyDocuments: Array<{
    __typename: 'PolicyDocument';
    id: string;
    name: string;
    province: string | null;
    period: string | null;
    documentNumber: string | null;
    issuers: Array<{ __typename: 'Department'; id: string; name: string }>;
    implements: Array<{ __typename: 'PolicyDocument'; id: string; name: string }>;
    sections: Array<{
      __typename: 'PolicySection';
      id: string;
      name: string;
      number: number | null;
      heading: string | null;
      subsections: Array<{
        __typename: 'PolicySection';
        id: string;
        name: string;
        number: number | null;
        heading: string | null;
      }>;
    }>;
  }>;
};

export type PolicyTasksQueryQueryVariables = Exact<{
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type PolicyTasksQueryQuery = {
  __typename: 'Query';
  entities: {
    __typename: 'EntityConnection';
    totalCount: number;
    pageInfo: { __typename: 'EntityPageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'EntityEdge';
      node:
        | { __typename: 'Award'; id: string }
        | { __typename: 'BasicEntity'; id: string }
        | { __typename: 'Department'; id: string }
        | { __typename: 'PolicyDocument'; id: string }
        | { __typename: 'PolicySection'; id: string }
        | {
            __typename: 'PolicyTask';
            id: string;
            name: string;
            number: number | null;
            province: string | null;
            text: string | null;
            section: { __typename: 'PolicySection'; id: string } | null;
            themes: Array<{ __typename: 'Theme'; id: string; name: string }>;
            targets: Array<{
              __typename: 'Target';
              id: string;
              name: string;
              count: number | null;
              unit: string | null;
              what: string | null;
              per: string | null;
              progress: {
                __typename: 'TargetProgress';
                counted: number;
                goal: number | null;
                ratio: number | null;
                measurable: boolean;
                rule: string;
              };
            }>;
            projects: Array<{
              __typename: 'Project';
              id: string;
              name: string;
              projectType: ProjectType;
              status: ProjectStatus;
            }>;
            similarTasks: Array<{
              __typename: 'SimilarTask';
              score: number;
              sharedThemes: Array<string>;
              task: {
                __typename: 'PolicyTask';
                id: string;
                name: string;
                number: number | null;
                province: string | null;
              };
            }>;
            leadDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
            participatingDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
            responsiblePerDutyDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
            jointlyResponsibleDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
          }
        | { __typename: 'Project'; id: string }
        | { __typename: 'Target'; id: string }
        | { __typename: 'Theme'; id: string };
    }>;
  };
};

export type PolicyTarget_TargetFragment = {
  __typename: 'Target';
  id: string;
  name: string;
  count: number | null;
  unit: string | null;
  what: string | null;
  per: string | null;
  progress: {
    __typename: 'TargetProgress';
    counted: number;
    goal: number | null;
    ratio: number | null;
    measurable: boolean;
    rule: string;
  };
};

export type TargetEntitiesQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type TargetEntitiesQueryQuery = {
  __typename: 'Query';
  entity:
    | { __typename: 'Award'; id: string }
    | { __typename: 'BasicEntity'; id: string }
    | { __typename: 'Department'; id: string }
    | { __typename: 'PolicyDocument'; id: string }
    | { __typename: 'PolicySection'; id: string }
    | { __typename: 'PolicyTask'; id: string }
    | { __typename: 'Project'; id: string }
    | {
        __typename: 'Target';
        id: string;
        progress: {
          __typename: 'TargetProgress';
          counted: number;
          entities: Array<
            | { __typename: 'Award'; id: string; name: string; kind: EntityKind; city: string | null }
            | { __typename: 'BasicEntity'; id: string; name: string; kind: EntityKind; city: string | null }
            | { __typename: 'Department'; id: string; name: string; kind: EntityKind; city: string | null }
            | { __typename: 'PolicyDocument'; id: string; name: string; kind: EntityKind; city: string | null }
            | { __typename: 'PolicySection'; id: string; name: string; kind: EntityKind; city: string | null }
            | { __typename: 'PolicyTask'; id: string; name: string; kind: EntityKind; city: string | null }
            | { __typename: 'Project'; id: string; name: string; kind: EntityKind; city: string | null }
            | { __typename: 'Target'; id: string; name: string; kind: EntityKind; city: string | null }
            | { __typename: 'Theme'; id: string; name: string; kind: EntityKind; city: string | null }
          >;
        };
      }
    | { __typename: 'Theme'; id: string }
    | null;
};

export type PolicyTaskCard_TaskFragment = {
  __typename: 'PolicyTask';
  id: string;
  name: string;
  number: number | null;
  province: string | null;
  text: string | null;
  section: { __typename: 'PolicySection'; id: string } | null;
  themes: Array<{ __typename: 'Theme'; id: string; name: string }>;
  targets: Array<{
    __typename: 'Target';
    id: string;
    name: string;
    count: number | null;
    unit: string | null;
    what: string | null;
    per: string | null;
    progress: {
      __typename: 'TargetProgress';
      counted: number;
      goal: number | null;
      ratio: number | null;
      measurable: boolean;
      rule: string;
    };
  }>;
  projects: Array<{ __typename: 'Project'; id: string; name: string; projectType: ProjectType; status: ProjectStatus }>;
  similarTasks: Array<{
    __typename: 'SimilarTask';
    score: number;
    sharedThemes: Array<string>;
    task: { __typename: 'PolicyTask'; id: string; name: string; number: number | null; province: string | null };
  }>;
  leadDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
  participatingDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
  responsiblePerDutyDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
  jointlyResponsibleDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
};

export type TaskDepartments_TaskFragment = {
  __typename: 'PolicyTask';
  leadDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
  participatingDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
  responsiblePerDutyDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
  jointlyResponsibleDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
};

export type TaskProjects_ProjectFragment = {
  __typename: 'Project';
  id: string;
  name: string;
  projectType: ProjectType;
  status: ProjectStatus;
};

export type ProjectRow_ProjectFragment = {
  __typename: 'Project';
  id: string;
  name: string;
  province: string | null;
  city: string | null;
  projectType: ProjectType;
  status: ProjectStatus;
  startYear: number | null;
  endYear: number | null;
  derivedFrom: string | null;
  reuses: Array<
    | { __typename: 'Award'; id: string; name: string }
    | { __typename: 'BasicEntity'; id: string; name: string }
    | { __typename: 'Department'; id: string; name: string }
    | { __typename: 'PolicyDocument'; id: string; name: string }
    | { __typename: 'PolicySection'; id: string; name: string }
    | { __typename: 'PolicyTask'; id: string; name: string }
    | { __typename: 'Project'; id: string; name: string }
    | { __typename: 'Target'; id: string; name: string }
    | { __typename: 'Theme'; id: string; name: string }
  >;
  answersTasks: Array<{ __typename: 'PolicyTask'; id: string; name: string }>;
};

export type ProjectsPageQueryQueryVariables = Exact<{
  filter: InputMaybe<ProjectFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type ProjectsPageQueryQuery = {
  __typename: 'Query';
  projects: {
    __typename: 'ProjectConnection';
    totalCount: number;
    pageInfo: { __typename: 'EntityPageInfo'; hasNextPage: boolean; endCursor: string | null };
    countsByType: Array<{ __typename: 'ProjectTypeCount'; type: ProjectType; count: number }>;
    countsByStatus: Array<{ __typename: 'ProjectStatusCount'; status: ProjectStatus; count: number }>;
    nodes: Array<{
      __typename: 'Project';
      id: string;
      name: string;
      province: string | null;
      city: string | null;
      projectType: ProjectType;
      status: ProjectStatus;
      startYear: number | null;
      endYear: number | null;
      derivedFrom: string | null;
      reuses: Array<
        | { __typename: 'Award'; id: string; name: string }
        | { __typename: 'BasicEntity'; id: string; name: string }
        | { __typename: 'Department'; id: string; name: string }
        | { __typename: 'PolicyDocument'; id: string; name: string }
        | { __typename: 'PolicySection'; id: string; name: string }
        | { __typename: 'PolicyTask'; id: string; name: string }
        | { __typename: 'Project'; id: string; name: string }
        | { __typename: 'Target'; id: string; name: string }
        | { __typename: 'Theme'; id: string; name: string }
      >;
      answersTasks: Array<{ __typename: 'PolicyTask'; id: string; name: string }>;
    }>;
  };
};

export type ProjectFilterOptionsQueryQueryVariables = Exact<{ [key: string]: never }>;

export type ProjectFilterOptionsQueryQuery = {
  __typename: 'Query';
  entities: {
    __typename: 'EntityConnection';
    edges: Array<{
      __typename: 'EntityEdge';
      node:
        | { __typename: 'Award'; id: string; name: string; province: string | null }
        | { __typename: 'BasicEntity'; id: string; name: string; province: string | null }
        | { __typename: 'Department'; id: string; name: string; province: string | null }
        | { __typename: 'PolicyDocument'; id: string; name: string; province: string | null }
        | { __typename: 'PolicySection'; id: string; name: string; province: string | null }
        | { __typename: 'PolicyTask'; number: number | null; id: string; name: string; province: string | null }
        | { __typename: 'Project'; id: string; name: string; province: string | null }
        | { __typename: 'Target'; id: string; name: string; province: string | null }
        | { __typename: 'Theme'; id: string; name: string; province: string | null };
    }>;
  };
  stats: {
    __typename: 'Stats';
    byCity: Array<{ __typename: 'CityCount'; province: string | null; city: string; count: number }>;
  };
};

export type ReviewQueueQueryQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ReviewQueueFilter>;
}>;

export type ReviewQueueQueryQuery = {
  __typename: 'Query';
  reviewQueue: {
    __typename: 'ReviewQueuePage';
    totalCount: number;
    hasNextPage: boolean;
    endCursor: string | null;
    counts: Array<{ __typename: 'ReviewReasonCount'; reason: ReviewReason; count: number }>;
    items: Array<{
      __typename: 'ReviewItem';
      id: string;
      fact: ReviewFact;
      reason: ReviewReason;
      bestSourceQuality: SourceQualityClass | null;
      sourceCount: number;
      since: string | null;
      label: string;
      verification: { __typename: 'Verification'; status: VerificationStatus; note: string | null };
      entity:
        | { __typename: 'Award'; id: string; kind: EntityKind; name: string; description: string | null }
        | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string; description: string | null }
        | { __typename: 'Department'; id: string; kind: EntityKind; name: string; description: string | null }
        | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string; description: string | null }
        | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string; description: string | null }
        | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string; description: string | null }
        | { __typename: 'Project'; id: string; kind: EntityKind; name: string; description: string | null }
        | { __typename: 'Target'; id: string; kind: EntityKind; name: string; description: string | null }
        | { __typename: 'Theme'; id: string; kind: EntityKind; name: string; description: string | null }
        | null;
    }>;
  };
};

export type ReviewProposal_ProposalFragment = {
  __typename: 'ReviewProposal';
  id: string;
  target: string;
  fact: ReviewFact;
  label: string;
  proposedBy: string;
  proposedAt: string;
  mine: boolean;
  state: ProposalState;
  decidedBy: string | null;
  decisionNote: string | null;
  changes: Array<{ __typename: 'FieldChange'; field: string; before: string | null; after: string | null }>;
  source: { __typename: 'Source'; document: string | null; url: string | null } | null;
};

export type ReviewProposalsQueryQueryVariables = Exact<{ [key: string]: never }>;

export type ReviewProposalsQueryQuery = {
  __typename: 'Query';
  reviewProposals: Array<{
    __typename: 'ReviewProposal';
    id: string;
    target: string;
    fact: ReviewFact;
    label: string;
    proposedBy: string;
    proposedAt: string;
    mine: boolean;
    state: ProposalState;
    decidedBy: string | null;
    decisionNote: string | null;
    changes: Array<{ __typename: 'FieldChange'; field: string; before: string | null; after: string | null }>;
    source: { __typename: 'Source'; document: string | null; url: string | null } | null;
  }>;
};

export type ReviewDecisionsQueryQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type ReviewDecisionsQueryQuery = {
  __typename: 'Query';
  reviewDecisions: {
    __typename: 'ReviewDecisionPage';
    totalCount: number;
    hasNextPage: boolean;
    endCursor: string | null;
    items: Array<{
      __typename: 'ReviewDecision';
      id: string;
      at: string;
      action: ReviewAction;
      curator: string;
      target: string;
      fact: ReviewFact;
      proposalId: string | null;
      note: string | null;
    }>;
  };
};

export type ReviewDecisionLogQueryQueryVariables = Exact<{
  format: DecisionLogFormat;
}>;

export type ReviewDecisionLogQueryQuery = { __typename: 'Query'; reviewDecisionLog: string };

export type ReviewVerificationMutationMutationVariables = Exact<{
  input: SetVerificationInput;
}>;

export type ReviewVerificationMutationMutation = {
  __typename: 'Mutation';
  setVerification: {
    __typename: 'SetVerificationPayload';
    verification: { __typename: 'Verification'; status: VerificationStatus };
  };
};

export type CorrectEntityMutationMutationVariables = Exact<{
  input: UpsertEntityInput;
}>;

export type CorrectEntityMutationMutation = {
  __typename: 'Mutation';
  upsertEntity: {
    __typename: 'UpsertEntityPayload';
    entity:
      | { __typename: 'Award'; id: string; description: string | null }
      | { __typename: 'BasicEntity'; id: string; description: string | null }
      | { __typename: 'Department'; id: string; description: string | null }
      | { __typename: 'PolicyDocument'; id: string; description: string | null }
      | { __typename: 'PolicySection'; id: string; description: string | null }
      | { __typename: 'PolicyTask'; id: string; description: string | null }
      | { __typename: 'Project'; id: string; description: string | null }
      | { __typename: 'Target'; id: string; description: string | null }
      | { __typename: 'Theme'; id: string; description: string | null };
    proposal: { __typename: 'ReviewProposal'; id: string; state: ProposalState } | null;
  };
};

export type ApproveProposalMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ApproveProposalMutationMutation = {
  __typename: 'Mutation';
  approveProposal: {
    __typename: 'ReviewProposal';
    id: string;
    target: string;
    fact: ReviewFact;
    label: string;
    proposedBy: string;
    proposedAt: string;
    mine: boolean;
    state: ProposalState;
    decidedBy: string | null;
    decisionNote: string | null;
    changes: Array<{ __typename: 'FieldChange'; field: string; before: string | null; after: string | null }>;
    source: { __typename: 'Source'; document: string | null; url: string | null } | null;
  };
};

export type RejectProposalMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;

export type RejectProposalMutationMutation = {
  __typename: 'Mutation';
  rejectProposal: {
    __typename: 'ReviewProposal';
    id: string;
    target: string;
    fact: ReviewFact;
    label: string;
    proposedBy: string;
    proposedAt: string;
    mine: boolean;
    state: ProposalState;
    decidedBy: string | null;
    decisionNote: string | null;
    changes: Array<{ __typename: 'FieldChange'; field: string; before: string | null; after: string | null }>;
    source: { __typename: 'Source'; document: string | null; url: string | null } | null;
  };
};

export type AnswerCard_AnswerFragment = {
  __typename: 'Answer';
  mention: string;
  nearMiss: boolean;
  subject:
    | { __typename: 'Award'; id: string; name: string }
    | { __typename: 'BasicEntity'; id: string; name: string }
    | { __typename: 'Department'; id: string; name: string }
    | { __typename: 'PolicyDocument'; id: string; name: string }
    | { __typename: 'PolicySection'; id: string; name: string }
    | { __typename: 'PolicyTask'; id: string; name: string }
    | { __typename: 'Project'; id: string; name: string }
    | { __typename: 'Target'; id: string; name: string }
    | { __typename: 'Theme'; id: string; name: string };
  asked: Array<{ __typename: 'AskedRelation'; phrase: string; relationTypes: Array<string> }>;
  items: Array<{
    __typename: 'AnswerItem';
    explanation: string;
    entity:
      | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
      | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Theme'; id: string; kind: EntityKind; name: string };
    path: {
      __typename: 'Path';
      nodes: Array<
        | { __typename: 'Award'; id: string }
        | { __typename: 'BasicEntity'; id: string }
        | { __typename: 'Department'; id: string }
        | { __typename: 'PolicyDocument'; id: string }
        | { __typename: 'PolicySection'; id: string }
        | { __typename: 'PolicyTask'; id: string }
        | { __typename: 'Project'; id: string }
        | { __typename: 'Target'; id: string }
        | { __typename: 'Theme'; id: string }
      >;
      edges: Array<{ __typename: 'Relationship'; type: string }>;
    };
    sources: Array<{
      __typename: 'Source';
      document: string | null;
      locator: string | null;
      url: string | null;
      takenAt: string | null;
      quality: { __typename: 'SourceQuality'; class: SourceQualityClass; setBy: SourceQualitySetBy; reason: string };
    }>;
  }>;
};

export type SearchFacets_FacetsFragment = {
  __typename: 'SearchFacets';
  kinds: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
  provinces: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
  cities: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
  industries: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
  eras: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
  levels: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
  keywords: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
};

export type SearchHit_HitFragment = {
  __typename: 'SearchHit';
  snippet: string | null;
  year: number | null;
  era: string | null;
  level: string | null;
  industry: Array<string>;
  matchedBy: HitMatch;
  similarity: number | null;
  verification: VerificationStatus;
  sourceQuality: SourceQualityClass;
  highlights: Array<{ __typename: 'SearchHighlight'; field: SearchHighlightField; snippet: string }>;
  entity:
    | { __typename: 'Award'; id: string; kind: EntityKind; name: string; province: string | null; city: string | null }
    | {
        __typename: 'BasicEntity';
        id: string;
        kind: EntityKind;
        name: string;
        province: string | null;
        city: string | null;
      }
    | {
        __typename: 'Department';
        id: string;
        kind: EntityKind;
        name: string;
        province: string | null;
        city: string | null;
      }
    | {
        __typename: 'PolicyDocument';
        id: string;
        kind: EntityKind;
        name: string;
        province: string | null;
        city: string | null;
      }
    | {
        __typename: 'PolicySection';
        id: string;
        kind: EntityKind;
        name: string;
        province: string | null;
        city: string | null;
      }
    | {
        __typename: 'PolicyTask';
        number: number | null;
        id: string;
        kind: EntityKind;
        name: string;
        province: string | null;
        city: string | null;
        section: { __typename: 'PolicySection'; id: string; name: string } | null;
        leadDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
        participatingDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
        responsiblePerDutyDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
        jointlyResponsibleDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
      }
    | {
        __typename: 'Project';
        id: string;
        kind: EntityKind;
        name: string;
        province: string | null;
        city: string | null;
      }
    | { __typename: 'Target'; id: string; kind: EntityKind; name: string; province: string | null; city: string | null }
    | { __typename: 'Theme'; id: string; kind: EntityKind; name: string; province: string | null; city: string | null };
};

export type SearchPageQueryQueryVariables = Exact<{
  query: Scalars['String']['input'];
  kinds: InputMaybe<Array<EntityKind> | EntityKind>;
  province: InputMaybe<Scalars['String']['input']>;
  city: InputMaybe<Scalars['String']['input']>;
  industry: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  era: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  level: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  keywords: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  literal: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
}>;

export type SearchPageQueryQuery = {
  __typename: 'Query';
  search: {
    __typename: 'SearchResult';
    totalHits: number;
    processingTimeMs: number;
    matchedBy: SearchStrategy;
    mode: SearchMode;
    hasNextPage: boolean;
    understood: Array<{ __typename: 'UnderstoodWord'; word: string; field: UnderstoodField; values: Array<string> }>;
    answer: {
      __typename: 'Answer';
      mention: string;
      nearMiss: boolean;
      subject:
        | { __typename: 'Award'; id: string; name: string }
        | { __typename: 'BasicEntity'; id: string; name: string }
        | { __typename: 'Department'; id: string; name: string }
        | { __typename: 'PolicyDocument'; id: string; name: string }
        | { __typename: 'PolicySection'; id: string; name: string }
        | { __typename: 'PolicyTask'; id: string; name: string }
        | { __typename: 'Project'; id: string; name: string }
        | { __typename: 'Target'; id: string; name: string }
        | { __typename: 'Theme'; id: string; name: string };
      asked: Array<{ __typename: 'AskedRelation'; phrase: string; relationTypes: Array<string> }>;
      items: Array<{
        __typename: 'AnswerItem';
        explanation: string;
        entity:
          | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
          | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
          | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
          | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
          | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
          | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
          | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
          | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
          | { __typename: 'Theme'; id: string; kind: EntityKind; name: string };
        path: {
          __typename: 'Path';
          nodes: Array<
            | { __typename: 'Award'; id: string }
            | { __typename: 'BasicEntity'; id: string }
            | { __typename: 'Department'; id: string }
            | { __typename: 'PolicyDocument'; id: string }
            | { __typename: 'PolicySection'; id: string }
            | { __typename: 'PolicyTask'; id: string }
            | { __typename: 'Project'; id: string }
            | { __typename: 'Target'; id: string }
            | { __typename: 'Theme'; id: string }
          >;
          edges: Array<{ __typename: 'Relationship'; type: string }>;
        };
        sources: Array<{
          __typename: 'Source';
          document: string | null;
          locator: string | null;
          url: string | null;
          takenAt: string | null;
          quality: {
            __typename: 'SourceQuality';
            class: SourceQualityClass;
            setBy: SourceQualitySetBy;
            reason: string;
          };
        }>;
      }>;
    } | null;
    hits: Array<{
      __typename: 'SearchHit';
      snippet: string | null;
      year: number | null;
      era: string | null;
      level: string | null;
      industry: Array<string>;
      matchedBy: HitMatch;
      similarity: number | null;
      verification: VerificationStatus;
      sourceQuality: SourceQualityClass;
      highlights: Array<{ __typename: 'SearchHighlight'; field: SearchHighlightField; snippet: string }>;
      entity:
        | {
            __typename: 'Award';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'BasicEntity';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'Department';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'PolicyDocument';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'PolicySection';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'PolicyTask';
            number: number | null;
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
            section: { __typename: 'PolicySection'; id: string; name: string } | null;
            leadDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
            participatingDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
            responsiblePerDutyDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
            jointlyResponsibleDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
          }
        | {
            __typename: 'Project';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'Target';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'Theme';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          };
    }>;
    facets: {
      __typename: 'SearchFacets';
      kinds: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
      provinces: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
      cities: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
      industries: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
      eras: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
      levels: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
      keywords: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
    };
  } | null;
};

export type SearchStartQueryQueryVariables = Exact<{ [key: string]: never }>;

export type SearchStartQueryQuery = {
  __typename: 'Query';
  stats: {
    __typename: 'Stats';
    nodes: number;
    byKind: Array<{ __typename: 'KindCount'; kind: EntityKind; count: number }>;
  };
};

export type SearchFacetCountsQueryQueryVariables = Exact<{
  query: Scalars['String']['input'];
  kinds: InputMaybe<Array<EntityKind> | EntityKind>;
  province: InputMaybe<Scalars['String']['input']>;
  city: InputMaybe<Scalars['String']['input']>;
  industry: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  era: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  level: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  keywords: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  literal: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  byKind: Scalars['Boolean']['input'];
  byProvince: Scalars['Boolean']['input'];
  byCity: Scalars['Boolean']['input'];
  byIndustry: Scalars['Boolean']['input'];
  byEra: Scalars['Boolean']['input'];
  byLevel: Scalars['Boolean']['input'];
}>;

export type SearchFacetCountsQueryQuery = {
  __typename: 'Query';
  anyKind?: {
    __typename: 'SearchResult';
    facets: { __typename: 'SearchFacets'; kinds: Array<{ __typename: 'FacetCount'; value: string; count: number }> };
  } | null;
  anyProvince?: {
    __typename: 'SearchResult';
    facets: {
      __typename: 'SearchFacets';
      provinces: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
    };
  } | null;
  anyCity?: {
    __typename: 'SearchResult';
    facets: { __typename: 'SearchFacets'; cities: Array<{ __typename: 'FacetCount'; value: string; count: number }> };
  } | null;
  anyIndustry?: {
    __typename: 'SearchResult';
    facets: {
      __typename: 'SearchFacets';
      industries: Array<{ __typename: 'FacetCount'; value: string; count: number }>;
    };
  } | null;
  anyEra?: {
    __typename: 'SearchResult';
    facets: { __typename: 'SearchFacets'; eras: Array<{ __typename: 'FacetCount'; value: string; count: number }> };
  } | null;
  anyLevel?: {
    __typename: 'SearchResult';
    facets: { __typename: 'SearchFacets'; levels: Array<{ __typename: 'FacetCount'; value: string; count: number }> };
  } | null;
};

export type EntitySuggestQueryQueryVariables = Exact<{
  prefix: Scalars['String']['input'];
}>;

export type EntitySuggestQueryQuery = {
  __typename: 'Query';
  suggest: Array<{
    __typename: 'Suggestion';
    text: string;
    matchedBy: SuggestionMatch;
    entity:
      | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
      | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Theme'; id: string; kind: EntityKind; name: string };
  }> | null;
};

export type TimelineEventItem_EventFragment = {
  __typename: 'TimelineEvent';
  year: number;
  date: string | null;
  kind: TimelineEventKind;
  label: string;
  entity:
    | { __typename: 'Award'; id: string; kind: EntityKind; name: string; province: string | null }
    | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string; province: string | null }
    | { __typename: 'Department'; id: string; kind: EntityKind; name: string; province: string | null }
    | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string; province: string | null }
    | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string; province: string | null }
    | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string; province: string | null }
    | { __typename: 'Project'; id: string; kind: EntityKind; name: string; province: string | null }
    | { __typename: 'Target'; id: string; kind: EntityKind; name: string; province: string | null }
    | { __typename: 'Theme'; id: string; kind: EntityKind; name: string; province: string | null };
  related:
    | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
    | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
    | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
    | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
    | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
    | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
    | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
    | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
    | { __typename: 'Theme'; id: string; kind: EntityKind; name: string }
    | null;
  sources: Array<{ __typename: 'Source'; document: string | null; url: string | null; locator: string | null }>;
};

export type TimelinePageQueryQueryVariables = Exact<{
  kinds: InputMaybe<Array<EntityKind> | EntityKind>;
  province: InputMaybe<Scalars['String']['input']>;
  from: InputMaybe<Scalars['Int']['input']>;
  to: InputMaybe<Scalars['Int']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
}>;

export type TimelinePageQueryQuery = {
  __typename: 'Query';
  timelineCount: number;
  timeline: Array<{
    __typename: 'TimelineEvent';
    cursor: string;
    year: number;
    date: string | null;
    kind: TimelineEventKind;
    label: string;
    entity:
      | { __typename: 'Award'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'Department'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'Project'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'Target'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'Theme'; id: string; kind: EntityKind; name: string; province: string | null };
    related:
      | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
      | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Theme'; id: string; kind: EntityKind; name: string }
      | null;
    sources: Array<{ __typename: 'Source'; document: string | null; url: string | null; locator: string | null }>;
  }>;
};

export type TimelineNextPageQueryQueryVariables = Exact<{
  kinds: InputMaybe<Array<EntityKind> | EntityKind>;
  province: InputMaybe<Scalars['String']['input']>;
  from: InputMaybe<Scalars['Int']['input']>;
  to: InputMaybe<Scalars['Int']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type TimelineNextPageQueryQuery = {
  __typename: 'Query';
  timeline: Array<{
    __typename: 'TimelineEvent';
    cursor: string;
    year: number;
    date: string | null;
    kind: TimelineEventKind;
    label: string;
    entity:
      | { __typename: 'Award'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'Department'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'Project'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'Target'; id: string; kind: EntityKind; name: string; province: string | null }
      | { __typename: 'Theme'; id: string; kind: EntityKind; name: string; province: string | null };
    related:
      | { __typename: 'Award'; id: string; kind: EntityKind; name: string }
      | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Department'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string }
      | { __typename: 'PolicyTask'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Project'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Target'; id: string; kind: EntityKind; name: string }
      | { __typename: 'Theme'; id: string; kind: EntityKind; name: string }
      | null;
    sources: Array<{ __typename: 'Source'; document: string | null; url: string | null; locator: string | null }>;
  }>;
};

export type VerificationStatus_VerificationFragment = {
  __typename: 'Verification';
  status: VerificationStatus;
  by: string | null;
  at: string | null;
  note: string | null;
  source: { __typename: 'Source'; document: string | null; url: string | null } | null;
};

export type WidgetSearchQueryQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  kinds: InputMaybe<Array<EntityKind> | EntityKind>;
}>;

export type WidgetSearchQueryQuery = {
  __typename: 'Query';
  search: {
    __typename: 'SearchResult';
    totalHits: number;
    answer: {
      __typename: 'Answer';
      items: Array<{
        __typename: 'AnswerItem';
        explanation: string;
        entity:
          | { __typename: 'Award'; id: string; name: string }
          | { __typename: 'BasicEntity'; id: string; name: string }
          | { __typename: 'Department'; id: string; name: string }
          | { __typename: 'PolicyDocument'; id: string; name: string }
          | { __typename: 'PolicySection'; id: string; name: string }
          | { __typename: 'PolicyTask'; id: string; name: string }
          | { __typename: 'Project'; id: string; name: string }
          | { __typename: 'Target'; id: string; name: string }
          | { __typename: 'Theme'; id: string; name: string };
        sources: Array<{ __typename: 'Source'; document: string | null; url: string | null }>;
      }>;
    } | null;
    hits: Array<{
      __typename: 'SearchHit';
      snippet: string | null;
      highlights: Array<{ __typename: 'SearchHighlight'; field: SearchHighlightField; snippet: string }>;
      entity:
        | {
            __typename: 'Award';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'BasicEntity';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'Department';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'PolicyDocument';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'PolicySection';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'PolicyTask';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'Project';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'Target';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          }
        | {
            __typename: 'Theme';
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            city: string | null;
          };
    }>;
  } | null;
};

export type WidgetSuggestQueryQueryVariables = Exact<{
  prefix: Scalars['String']['input'];
  limit: InputMaybe<Scalars['Int']['input']>;
}>;

export type WidgetSuggestQueryQuery = {
  __typename: 'Query';
  suggest: Array<{
    __typename: 'Suggestion';
    text: string;
    matchedBy: SuggestionMatch;
    entity:
      | { __typename: 'Award'; id: string; kind: EntityKind }
      | { __typename: 'BasicEntity'; id: string; kind: EntityKind }
      | { __typename: 'Department'; id: string; kind: EntityKind }
      | { __typename: 'PolicyDocument'; id: string; kind: EntityKind }
      | { __typename: 'PolicySection'; id: string; kind: EntityKind }
      | { __typename: 'PolicyTask'; id: string; kind: EntityKind }
      | { __typename: 'Project'; id: string; kind: EntityKind }
      | { __typename: 'Target'; id: string; kind: EntityKind }
      | { __typename: 'Theme'; id: string; kind: EntityKind };
  }> | null;
};
