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
  | 'Story'
  | 'StudyBase'
  | 'Target'
  | 'Technique'
  | 'Theme'
  | 'TourismSite';

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

export type RelationshipDirection =
  | 'BOTH'
  /** Relationships ending at this entity. */
  | 'IN'
  /** Relationships starting at this entity. */
  | 'OUT';

export type SearchHighlightField = 'ALIAS' | 'DESCRIPTION' | 'NAME';

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
  /** No entity had every word; words were dropped from the end of the query. */
  | 'LAST'
  /**
   * A word of the query is in no document, or nothing matched the characters at all: the pinyin of the query
   * matched the pinyin of a name or alias that also shares at least half of each word's characters (芜湖铁化 finds
   * 芜湖铁画). A last resort, and never a way for a homophone in (景点 does not find 经典).
   */
  | 'PINYIN';

/** Where a curated fact was taken from. A document title or a URL is required. */
export type SourceInput = {
  document?: InputMaybe<Scalars['String']['input']>;
  /** Where in the document: 序号 6, 第7条, 第3页. */
  locator?: InputMaybe<Scalars['String']['input']>;
  /** ISO date (YYYY-MM-DD) the fact was taken from the source. */
  takenAt?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
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
  /** Absent: a stable id is derived from kind, name, province and city. Present: that entity is updated. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: EntityKind;
  name: Scalars['String']['input'];
  /** Kind-specific properties as JSON object text, merged over the stored ones, e.g. {"founded_year":1895}. */
  properties?: InputMaybe<Scalars['String']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  /** At least one. Added to the sources already stored. */
  sources: Array<SourceInput>;
};

export type SearchHit_HitFragment = {
  __typename: 'SearchHit';
  snippet: string | null;
  entity:
    | { __typename: 'Award'; id: string; kind: EntityKind; name: string; province: string | null }
    | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string; province: string | null }
    | { __typename: 'Department'; id: string; kind: EntityKind; name: string; province: string | null }
    | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string; province: string | null }
    | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string; province: string | null }
    | {
        __typename: 'PolicyTask';
        number: number | null;
        id: string;
        kind: EntityKind;
        name: string;
        province: string | null;
        section: { __typename: 'PolicySection'; id: string; name: string } | null;
        leadDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
        participatingDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
        responsiblePerDutyDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
        jointlyResponsibleDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
      }
    | { __typename: 'Target'; id: string; kind: EntityKind; name: string; province: string | null }
    | { __typename: 'Theme'; id: string; kind: EntityKind; name: string; province: string | null };
};

export type SearchPageQueryQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
}>;

export type SearchPageQueryQuery = {
  __typename: 'Query';
  search: {
    __typename: 'SearchResult';
    totalHits: number;
    processingTimeMs: number;
    hits: Array<{
      __typename: 'SearchHit';
      snippet: string | null;
      entity:
        | { __typename: 'Award'; id: string; kind: EntityKind; name: string; province: string | null }
        | { __typename: 'BasicEntity'; id: string; kind: EntityKind; name: string; province: string | null }
        | { __typename: 'Department'; id: string; kind: EntityKind; name: string; province: string | null }
        | { __typename: 'PolicyDocument'; id: string; kind: EntityKind; name: string; province: string | null }
        | { __typename: 'PolicySection'; id: string; kind: EntityKind; name: string; province: string | null }
        | {
            __typename: 'PolicyTask';
            number: number | null;
            id: string;
            kind: EntityKind;
            name: string;
            province: string | null;
            section: { __typename: 'PolicySection'; id: string; name: string } | null;
            leadDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
            participatingDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
            responsiblePerDutyDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
            jointlyResponsibleDepartments: Array<{ __typename: 'Department'; id: string; name: string }>;
          }
        | { __typename: 'Target'; id: string; kind: EntityKind; name: string; province: string | null }
        | { __typename: 'Theme'; id: string; kind: EntityKind; name: string; province: string | null };
    }>;
  };
};
