import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { apiRefusal } from '../curation/api-errors.ts';
import type { PlaceEntityMutationMutation, PlaceEntityMutationMutationVariables } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';

const PlaceEntityMutation: TypedDocumentNode<PlaceEntityMutationMutation, PlaceEntityMutationMutationVariables> = gql`
  mutation PlaceEntityMutation($input: PlaceEntityInput!) {
    placeEntity(input: $input) {
      entity {
        id
        name
      }
      position {
        lat
        lng
        precision
        basis
      }
    }
  }
`;

export interface PlacingTarget {
  id: string;
  name: string;
}

export interface Placement {
  /** The entity being placed, until the curator clicks the map or cancels. */
  target: PlacingTarget | null;
  choose(target: PlacingTarget): void;
  cancel(): void;
  /** Saves the clicked point as the target's position. */
  place(lng: number, lat: number): void;
  saved: { id: string; name: string; lat: number; lng: number } | null;
  error: string | null;
  saving: boolean;
}

/** A click on a 640-unit-wide map of two provinces is good to about a kilometre; four decimals say as much. */
const round4 = (degrees: number) => Math.round(degrees * 1e4) / 1e4;

/**
 * A curator's placing of an entity by clicking the map: choose it, click, and the position is saved with
 * placeEntity (an edit like any other, logged and indexed). `onSaved` lets the map ask for its points again.
 */
export function usePlacement(onSaved: (id: string) => void): Placement {
  const t = useT();
  const [target, setTarget] = useState<PlacingTarget | null>(null);
  const [saved, setSaved] = useState<Placement['saved']>(null);
  const [error, setError] = useState<string | null>(null);
  const [mutate, { loading }] = useMutation(PlaceEntityMutation);

  const cancel = useCallback(() => setTarget(null), []);
  useEffect(() => {
    if (!target) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setTarget(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [target]);

  const place = (lng: number, lat: number) => {
    if (!target) return;
    const chosen = target;
    setError(null);
    mutate({
      variables: {
        input: {
          id: chosen.id,
          lat: round4(lat),
          lng: round4(lng),
          source: {
            document: t('策展人在地图上标注（约1公里精度）', 'Placed by a curator on the map (to about 1 km)'),
            takenAt: new Date().toISOString().slice(0, 10),
          },
        },
      },
    })
      .then(({ data }) => {
        const position = data?.placeEntity.position;
        if (!position) return;
        setTarget(null);
        setSaved({ id: chosen.id, name: chosen.name, lat: position.lat, lng: position.lng });
        onSaved(chosen.id);
      })
      .catch((reason: unknown) => setError(apiRefusal(reason).message));
  };

  return {
    target,
    choose: (next) => {
      setError(null);
      setTarget(next);
    },
    cancel,
    place,
    saved,
    error,
    saving: loading,
  };
}
