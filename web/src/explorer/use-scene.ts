import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { EMPTY_SCENE, mergeIntoScene, type Scene } from '../graph-view/scene.ts';
import { neighbourhoodArguments, type SceneRequest } from '../graph-view/scene-query.ts';
import { ExplorerNeighborhoodQuery } from './scene-operations.ts';

export interface SceneResult {
  scene: Scene;
  loading: boolean;
  error: Error | null;
}

/**
 * Asks every neighbourhood of the scene (the focus, then each expansion) and merges the answers in
 * that order, whatever order they arrive in, so a reloaded link gives the same scene. Answers come
 * from Apollo's cache when the same neighbourhood was asked before, so an expansion costs one request.
 */
export function useScene(request: SceneRequest | null): SceneResult {
  const client = useApolloClient();
  const key = request ? JSON.stringify(neighbourhoodArguments(request)) : '';
  const [result, setResult] = useState<{ key: string; scene: Scene; error: Error | null }>({
    key: '',
    scene: EMPTY_SCENE,
    error: null,
  });

  useEffect(() => {
    if (!key) return;
    let current = true;
    const questions = JSON.parse(key) as ReturnType<typeof neighbourhoodArguments>;
    Promise.all(
      questions.map((variables) =>
        client.query({
          query: ExplorerNeighborhoodQuery,
          variables: { ...variables, relationTypes: variables.relationTypes ?? null },
        }),
      ),
    )
      .then((answers) => {
        let scene = EMPTY_SCENE;
        for (const answer of answers) if (answer.data) scene = mergeIntoScene(scene, answer.data.neighborhood);
        if (current) setResult({ key, scene, error: null });
      })
      .catch((error: unknown) => {
        if (current)
          setResult({ key, scene: EMPTY_SCENE, error: error instanceof Error ? error : new Error(String(error)) });
      });
    return () => {
      current = false;
    };
  }, [client, key]);

  if (!key) return { scene: EMPTY_SCENE, loading: false, error: null };
  // While a new expansion loads, the previous scene stays on screen instead of flashing empty.
  return { scene: result.scene, loading: result.key !== key, error: result.key === key ? result.error : null };
}
