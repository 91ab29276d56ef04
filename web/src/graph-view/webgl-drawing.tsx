import Graph from 'graphology';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import Sigma from 'sigma';
import { useT } from '../i18n/i18n.tsx';
import type { Drawing } from './drawing.ts';
import { EDGE_COLOUR } from './svg-export.ts';
import { webglEdgeAttributes, webglNodeAttributes } from './webgl-attributes.ts';
import { GraphLegend } from './graph-legend.tsx';
import './graph-drawing.css';

export interface WebglDrawingProps {
  drawing: Drawing;
  title: string;
  onActivate: (id: string) => void;
  /** What activating a node does, for the announcement of the keyboard's node, e.g. 选中并展开. */
  activateLabel: string;
  /** Called when this browser cannot draw with WebGL, so the page can fall back to SVG. */
  onUnavailable: () => void;
}

const FONT = "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/**
 * A large scene drawn with WebGL (sigma.js over graphology): a thousand nodes pan and zoom at the
 * screen's frame rate where the same SVG would re-lay out a thousand elements per frame. Mouse and
 * touch pan and zoom the camera; a click on a node activates it. The drawing is one focusable
 * element: arrow keys move between its nodes in the scene's order (the camera follows), Enter or
 * Space activates the one reached, + and − zoom, 0 shows everything. The table view beside it
 * lists the same entities for screen readers.
 */
export default function WebglDrawing({ drawing, title, onActivate, activateLabel, onUnavailable }: WebglDrawingProps) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma | null>(null);
  const activate = useRef(onActivate);
  const unavailable = useRef(onUnavailable);
  const [cursor, setCursor] = useState(-1);
  const instructionsId = useId();

  useEffect(() => {
    activate.current = onActivate;
    unavailable.current = onUnavailable;
  }, [onActivate, onUnavailable]);

  // One renderer for the component's life; each new drawing replaces its graph.
  useEffect(() => {
    const box = container.current;
    if (!box) return;
    let sigma: Sigma;
    try {
      sigma = new Sigma(new Graph({ multi: true, type: 'directed' }), box, {
        defaultEdgeType: 'arrow',
        defaultEdgeColor: EDGE_COLOUR,
        labelFont: FONT,
        labelSize: 12,
        labelColor: { color: '#1f2328' },
        labelRenderedSizeThreshold: 7,
        zIndex: true,
        // A drag redraws every frame; without the thousand edges and the labels it ran at twice the
        // frame rate (measured in headless Chromium's software WebGL), and they return when it stops.
        hideEdgesOnMove: true,
        hideLabelsOnMove: true,
        minCameraRatio: 0.03,
        maxCameraRatio: 4,
        stagePadding: 24,
      });
    } catch {
      unavailable.current();
      return;
    }
    renderer.current = sigma;
    const camera = sigma.getCamera();
    const showCamera = () => {
      const state = camera.getState();
      box.dataset['camera'] = `${state.x.toFixed(4)},${state.y.toFixed(4)},${state.ratio.toFixed(4)}`;
    };
    camera.on('updated', showCamera);
    showCamera();
    sigma.on('clickNode', ({ node }) => activate.current(node));
    sigma.on('enterNode', () => box.style.setProperty('cursor', 'pointer'));
    sigma.on('leaveNode', () => box.style.removeProperty('cursor'));
    return () => {
      camera.removeListener('updated', showCamera);
      sigma.kill();
      renderer.current = null;
    };
  }, []);

  useEffect(() => {
    const sigma = renderer.current;
    const box = container.current;
    if (!sigma || !box) return;
    const started = performance.now();
    const graph = sigma.getGraph();
    graph.clear();
    const degree = new Map<string, number>();
    for (const edge of drawing.edges) {
      degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
      degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
    }
    for (const node of drawing.nodes) graph.addNode(node.id, webglNodeAttributes(node, degree.get(node.id) ?? 0));
    for (const edge of drawing.edges)
      if (!graph.hasEdge(edge.id)) graph.addEdgeWithKey(edge.id, edge.from, edge.to, webglEdgeAttributes(edge));
    sigma.once('afterRender', () => {
      box.dataset['drawMs'] = String(Math.round(performance.now() - started));
      box.dataset['renderedNodes'] = String(graph.order);
    });
    sigma.refresh();
  }, [drawing]);

  const keyNode = cursor >= 0 ? drawing.nodes[Math.min(cursor, drawing.nodes.length - 1)] : undefined;

  // The camera follows the keyboard, and the node it reached is ringed like a hovered one.
  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma || !keyNode) return;
    const graph = sigma.getGraph();
    if (!graph.hasNode(keyNode.id)) return;
    graph.forEachNode((id) => graph.setNodeAttribute(id, 'highlighted', id === keyNode.id));
    const shown = sigma.getNodeDisplayData(keyNode.id);
    if (shown) {
      const camera = sigma.getCamera();
      void camera.animate({ x: shown.x, y: shown.y, ratio: Math.min(camera.getState().ratio, 0.4) }, { duration: 250 });
    }
  }, [keyNode]);

  const zoom = (how: 'in' | 'out' | 'reset') => {
    const camera = renderer.current?.getCamera();
    if (!camera) return;
    if (how === 'in') void camera.animatedZoom({ duration: 200 });
    else if (how === 'out') void camera.animatedUnzoom({ duration: 200 });
    else void camera.animatedReset({ duration: 200 });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const count = drawing.nodes.length;
    if (count === 0) return;
    const moves: Record<string, () => number> = {
      ArrowRight: () => (cursor + 1) % count,
      ArrowDown: () => (cursor + 1) % count,
      ArrowLeft: () => (cursor <= 0 ? count - 1 : cursor - 1),
      ArrowUp: () => (cursor <= 0 ? count - 1 : cursor - 1),
      Home: () => 0,
      End: () => count - 1,
    };
    const move = moves[event.key];
    if (move) setCursor(move());
    else if ((event.key === 'Enter' || event.key === ' ') && keyNode) onActivate(keyNode.id);
    else if (event.key === '+' || event.key === '=') zoom('in');
    else if (event.key === '-' || event.key === '_') zoom('out');
    else if (event.key === '0') zoom('reset');
    else return;
    event.preventDefault();
  };

  return (
    <figure className="graph-drawing webgl-drawing">
      <div className="zoom-controls" role="group" aria-label={t('缩放', 'Zoom')}>
        <button type="button" onClick={() => zoom('in')}>
          <span aria-hidden="true">＋</span>
          <span className="visually-hidden">{t('放大', 'Zoom in')}</span>
        </button>
        <button type="button" onClick={() => zoom('out')}>
          <span aria-hidden="true">－</span>
          <span className="visually-hidden">{t('缩小', 'Zoom out')}</span>
        </button>
        <button type="button" onClick={() => zoom('reset')}>
          {t('全图', 'Fit')}
        </button>
      </div>
      <div
        ref={container}
        className="webgl-canvas"
        tabIndex={0}
        role="application"
        aria-roledescription={t('关系图', 'graph')}
        aria-label={title}
        aria-describedby={instructionsId}
        data-testid="graph-webgl"
        data-nodes={drawing.nodes.length}
        data-edges={drawing.edges.length}
        onKeyDown={onKeyDown}
      />
      <p id={instructionsId} className="webgl-keys">
        {t(
          `共 ${drawing.nodes.length} 个实体。拖动平移，滚轮缩放；聚焦图后用方向键逐个到达实体，Enter 选中并展开，+/− 缩放，0 显示全图。`,
          `${drawing.nodes.length} entities. Drag to pan, scroll to zoom; with the drawing focused, arrow keys reach each entity, Enter selects and expands it, +/− zoom, 0 shows everything.`,
        )}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="webgl-key-node">
        {keyNode
          ? `${keyNode.name}（${keyNode.kindLabel}）${activateLabel}，${cursor + 1} / ${drawing.nodes.length}`
          : ''}
      </p>
      <GraphLegend legend={drawing.legend} />
    </figure>
  );
}
