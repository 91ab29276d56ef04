import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type {
  SearchFacetCountsQueryQuery,
  SearchFacetCountsQueryQueryVariables,
  SearchFacets_FacetsFragment,
} from '../graphql/generated.ts';
import { searchFilters, type SearchState } from './search-state.ts';

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
  const include = {
    byKind: state.kinds.length > 0,
    byProvince: state.province !== null,
    byCity: state.city !== null,
    byIndustry: state.industry.length > 0,
    byEra: state.era.length > 0,
    byLevel: state.level.length > 0,
  };
  const { data, dataState } = useQuery(SearchFacetCountsQuery, {
    variables: { ...searchFilters(state), ...include },
    skip: state.q === '' || !Object.values(include).some(Boolean),
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
