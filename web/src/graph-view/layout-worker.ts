/// <reference lib="webworker" />
import { forceLayout } from './force-layout.ts';
import type { Scene } from './scene.ts';

/** Lays out a large scene off the page's thread, so panning and the rest of the page stay responsive meanwhile. */
self.onmessage = (event: MessageEvent<{ id: number; scene: Scene }>) => {
  const started = performance.now();
  const positions = [...forceLayout(event.data.scene)];
  self.postMessage({ id: event.data.id, positions, ms: performance.now() - started });
};
