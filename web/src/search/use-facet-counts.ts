import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type {
  SearchFacetCountsQueryQuery,
  SearchFacetCountsQueryQueryVariables,
  SearchFacets_FacetsFragment,
} from '../graphql/generated.ts';
import { activeFilterCount, searchFilters, type SearchState } from './search-state.ts';

/**
 * For each either-or filter in use, the counts of its facet as if that filter were not set, so the
 * other values stay on offer with the hits they would add (selecting 企业 still shows 工业遗产 4).
 * Keywords are not here: every keyword must match, so the counts under the filters are the right ones.
 */
export const SearchFacetCountsQuery: TypedDocumentNode<
  SearchFacetCountsQueryQuery,
  SearchFacetCountsQueryQueryVariables
> = gql`
  query SearchFacetCountsQuery(
    $query: String!
    $kinds: [EntityKind!]
    $province: String
    $city: String
    $industry: [String!]
    $era: [String!]
    $level: [String!]
    $keywords: [String!]
    $literal: [String!]
    $byKind: Boolean!
    $byProvince: Boolean!
    $byCity: Boolean!
    $byIndustry: Boolean!
    $byEra: Boolean!
    $byLevel: Boolean!
  ) {
    anyKind: search(
      query: $query
      province: $province
      city: $city
      industry: $industry
      era: $era
      level: $level
      keywords: $keywords
      literal: $literal
      first: 1
    ) @include(if: $byKind) {
      facets {
        kinds {
          value
          count
        }
      }
    }
    anyProvince: search(
      query: $query
      kinds: $kinds
      city: $city
      industry: $industry
      era: $era
      level: $level
      keywords: $keywords
      literal: $literal
      first: 1
    ) @include(if: $byProvince) {
      facets {
        provinces {
          value
          count
        }
      }
    }
    anyCity: search(
      query: $query
      kinds: $kinds
      province: $province
      industry: $industry
      era: $era
      level: $level
      keywords: $keywords
      literal: $literal
      first: 1
    ) @include(if: $byCity) {
      facets {
        cities {
          value
          count
        }
      }
    }
    anyIndustry: search(
      query: $query
      kinds: $kinds
      province: $province
      city: $city
      era: $era
      level: $level
      keywords: $keywords
      literal: $literal
      first: 1
    ) @include(if: $byIndustry) {
      facets {
        industries {
          value
          count
        }
      }
    }
    anyEra: search(
      query: $query
      kinds: $kinds
      province: $province
      city: $city
      industry: $industry
      level: $level
      keywords: $keywords
      literal: $literal
      first: 1
    ) @include(if: $byEra) {
      facets {
        eras {
          value
          count
        }
      }
    }
    anyLevel: search(
      query: $query
      kinds: $kinds
      province: $province
      city: $city
      industry: $industry
      era: $era
      keywords: $keywords
      literal: $literal
      first: 1
    ) @include(if: $byLevel) {
      facets {
        levels {
          value
          count
        }
      }
    }
  }
`;

/** The facets to show: those of the search, with each either-or group in use counted without its own filter. */
export function useFacetCounts(
  state: SearchState,
  facets: SearchFacets_FacetsFragment | undefined,
): SearchFacets_FacetsFragment | undefined {
  // A group is counted without its own filter only when something else is left to search by: with
  // no words, browsing needs at least one other filter (the API refuses an empty search).
  const filters = activeFilterCount(state);
  const countable = (own: number) => own > 0 && (state.q !== '' || filters > own);
  const include = {
    byKind: countable(state.kinds.length),
    byProvince: countable(state.province ? 1 : 0),
    byCity: countable(state.city ? 1 : 0),
    byIndustry: countable(state.industry.length),
    byEra: countable(state.era.length),
    byLevel: countable(state.level.length),
  };
  const { data, dataState } = useQuery(SearchFacetCountsQuery, {
    variables: { ...searchFilters(state), ...include },
    skip: !Object.values(include).some(Boolean),
  });
  if (!facets) return undefined;
  if (dataState !== 'complete') return facets;
  return {
    ...facets,
    kinds: data.anyKind?.facets.kinds ?? facets.kinds,
    provinces: data.anyProvince?.facets.provinces ?? facets.provinces,
    cities: data.anyCity?.facets.cities ?? facets.cities,
    industries: data.anyIndustry?.facets.industries ?? facets.industries,
    eras: data.anyEra?.facets.eras ?? facets.eras,
    levels: data.anyLevel?.facets.levels ?? facets.levels,
  };
}
