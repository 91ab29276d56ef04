import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type {
  EntityKind,
  MapPointsQueryQuery,
  MapPointsQueryQueryVariables,
  ProjectStatus,
  VerificationStatus,
} from '../graphql/generated.ts';
import type { MapPointItem } from './point-clusters.ts';

export const MapPointsQuery: TypedDocumentNode<MapPointsQueryQuery, MapPointsQueryQueryVariables> = gql`
  query MapPointsQuery($filter: MapPointFilter, $after: String) {
    mapPoints(filter: $filter, first: 100, after: $after) {
      points {
        entity {
          id
          name
          kind
        }
        position {
          lat
          lng
          precision
          basis
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      countsByPrecision {
        precision
        count
      }
      withoutPosition
      designationLists {
        list
        count
      }
    }
  }
`;

/** Pages the map asks for at most: 3,000 points, far above the survey's few hundred places. */
export const MAX_POINT_PAGES = 30;

export interface MapPointsFilter {
  kinds: readonly EntityKind[];
  province: string | null;
  lists: readonly string[];
  statuses: readonly VerificationStatus[];
  projectStatuses: readonly ProjectStatus[];
}

export interface MapPointsResult {
  points: MapPointItem[];
  totalCount: number;
  countsByPrecision: Record<string, number>;
  withoutPosition: number;
  designationLists: { list: string; count: number }[];
}

type State = { data: MapPointsResult | null; error: unknown; loading: boolean };

/**
 * Every point of the filter, page after page (the API serves 100 at a time). `revision` asks again after a
 * curator has placed an entity.
 */
export function useMapPoints(filter: MapPointsFilter, revision: number): State {
  const client = useApolloClient();
  const [state, setState] = useState<State>({ data: null, error: null, loading: true });
  const key = JSON.stringify(filter);
  useEffect(() => {
    let cancelled = false;
    const variables = JSON.parse(key) as MapPointsFilter;
    const run = async () => {
      setState((previous) => ({ ...previous, loading: true }));
      const points: MapPointItem[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_POINT_PAGES; page += 1) {
        const result: { data?: MapPointsQueryQuery | undefined } = await client.query({
          query: MapPointsQuery,
          variables: {
            filter: {
              kinds: [...variables.kinds],
              province: variables.province,
              designationLists: variables.lists.length > 0 ? [...variables.lists] : null,
              verificationStatuses: variables.statuses.length > 0 ? [...variables.statuses] : null,
              projectStatuses: variables.projectStatuses.length > 0 ? [...variables.projectStatuses] : null,
            },
            after,
          },
          fetchPolicy: 'network-only',
        });
        if (cancelled || !result.data) return;
        const connection: MapPointsQueryQuery['mapPoints'] = result.data.mapPoints;
        for (const { entity, position } of connection.points) {
          points.push({ id: entity.id, name: entity.name, kind: entity.kind, ...position });
        }
        if (!connection.pageInfo.hasNextPage || page === MAX_POINT_PAGES - 1) {
          setState({
            data: {
              points,
              totalCount: connection.totalCount,
              countsByPrecision: Object.fromEntries(
                connection.countsByPrecision.map((row) => [row.precision, row.count]),
              ),
              withoutPosition: connection.withoutPosition,
              designationLists: connection.designationLists,
            },
            error: null,
            loading: false,
          });
          return;
        }
        after = connection.pageInfo.endCursor ?? null;
      }
    };
    run().catch((error: unknown) => {
      if (!cancelled) setState((previous) => ({ ...previous, error, loading: false }));
    });
    return () => {
      cancelled = true;
    };
  }, [client, key, revision]);
  return state;
}
