import { EMBEDDING_DIMENSIONS } from '../embedding/create-embedder.ts';
import type { IndexSettings } from '../meili-types.ts';
import { curatedSynonyms, synonymsSetting } from '../synonyms.ts';
import { MAX_FACET_VALUES } from './search-types.ts';

/** The embedder's name in the index settings and in each document's `_vectors`. */
export const SEMANTIC_EMBEDDER = 'semantic';

/**
 * Index settings, applied by `ensure()`.
 * - Searchable order is the attribute ranking: names before departments and sections before descriptions.
 * - `localizedAttributes: cmn` stops kanji-only strings from being taken for Japanese (measured with Meilisearch 1.21).
 * - Typo tolerance stays on for the text fields, `*_seg` included: it does nothing for Chinese words and the
 *   segmented fields hold the same Latin words as the raw ones. It is off for numbers, so 1865 never
 *   matches 1866, and off for the pinyin fields, where one letter changes the word (jing / jin).
 * - Pinyin fields come after names and aliases; a Chinese query never matches them (other script), so only
 *   Latin queries reach them, and 景点 can never meet 经典 through jing dian.
 * - `*_prefixes` are filterable only, for `suggest`; `designationRank`, `degree` and `nameLength` order it.
 * - `industry`, `era`, `level`, `year` and `tags` are filterable only (facets and filters): being neither
 *   searchable nor ranking rules, they leave relevance as it was. So are `verification` and `sourceQuality`,
 *   which `verifiedOnly` filters by and each hit shows.
 * - No `dictionary` setting: matched greedily before jieba, it made sub-words unfindable and broke
 *   neighbouring words; the domain vocabulary lives in the nodejieba user dictionary instead.
 * - `synonyms` are the curated groups of `dictionary/synonyms.txt`; `indexGraph` adds the departments' short
 *   forms from the graph (`addSynonyms`). Meilisearch applies them only to keys its tokenizer keeps whole (非遗,
 *   金陵), so documents also carry the words that find them in a `synonyms` field (省工信厅).
 * - Ranking: Meilisearch's text rules first, then the graph: the higher designation (national above
 *   provincial), then the better connected entity, decide between hits the text ranks equally.
 * - `embedders`: one `userProvided` embedder, whose vectors we compute (bge-small-zh-v1.5, see `SearchEmbedder`);
 *   every document carries `_vectors.semantic`, null when there is no model, since a missing one fails the batch.
 */
export const ENTITY_INDEX_SETTINGS: IndexSettings = {
  searchableAttributes: [
    'name',
    'name_seg',
    'aliases',
    'aliases_seg',
    'pinyin',
    'pinyin_joined',
    'initials',
    'leadDepartments',
    'participatingDepartments',
    'sectionName',
    'sectionName_seg',
    'synonyms',
    'description',
    'description_seg',
  ],
  filterableAttributes: [
    'kind',
    'province',
    'city',
    'keywords',
    'name_prefixes',
    'pinyin_prefixes',
    'name_keys',
    'entityId',
    'industry',
    'era',
    'level',
    'year',
    'tags',
    'verification',
    'sourceQuality',
  ],
  sortableAttributes: ['designationRank', 'degree', 'nameLength'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
  typoTolerance: {
    enabled: true,
    disableOnNumbers: true,
    disableOnAttributes: ['pinyin', 'pinyin_joined', 'initials'],
  },
  faceting: { maxValuesPerFacet: MAX_FACET_VALUES },
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'designationRank:desc', 'degree:desc'],
  synonyms: synonymsSetting(curatedSynonyms()),
  embedders: { [SEMANTIC_EMBEDDER]: { source: 'userProvided', dimensions: EMBEDDING_DIMENSIONS } },
};
