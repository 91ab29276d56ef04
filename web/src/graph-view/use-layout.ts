import { useEffect, useMemo, useRef, useState } from 'react';
import { forceLayout, LARGE_SCENE, type Point } from './force-layout.ts';
import type { Scene } from './scene.ts';

export interface Layout {
  positions: Map<string, Point>;
  /** A new layout is being computed; `positions` are the previous scene's meanwhile. */
  pending: boolean;
  /** Milliseconds the last large layout took in the worker (null for small scenes, laid out in place). */
  ms: number | null;
}

interface WorkerAnswer {
  id: number;
  positions: [string, Point][];
  ms: number;
}

const EMPTY = new Map<string, Point>();

/**
 * The scene's positions. A small scene is laid out in place, in a few milliseconds, so it draws in
 * the same frame; a large one in a worker (the same seeded simulation, so the same picture), as a
 * thousand nodes take seconds the page would otherwise freeze for.
 */
export function useLayout(scene: Scene): Layout {
  const large = scene.nodes.length > LARGE_SCENE;
  const small = useMemo(() => (large ? null : forceLayout(scene)), [scene, large]);
  const [answer, setAnswer] = useState<{ scene: Scene; positions: Map<string, Point>; ms: number } | null>(null);
  const worker = useRef<Worker | null>(null);
  const asked = useRef(0);

  useEffect(() => {
    if (!large) return;
    const id = ++asked.current;
    let current = true;
    const done = (positions: Map<string, Point>, ms: number) => {
      if (current && id === asked.current) setAnswer({ scene, positions, ms });
    };
    try {
      worker.current ??= new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
      worker.current.onmessage = (event: MessageEvent<WorkerAnswer>) => {
        if (event.data.id === id) done(new Map(event.data.positions), event.data.ms);
      };
      worker.current.postMessage({ id, scene });
    } catch {
      // No worker (a restrictive page policy): lay out here, late rather than never.
      const started = performance.now();
      done(forceLayout(scene), performance.now() - started);
    }
    return () => {
      current = false;
    };
  }, [scene, large]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  if (small) return { positions: small, pending: false, ms: null };
  if (answer?.scene === scene) return { positions: answer.positions, pending: false, ms: answer.ms };
  return { positions: answer?.positions ?? EMPTY, pending: true, ms: answer?.ms ?? null };
}
