import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { edgeEnd, NODE_RADIUS, type Drawing } from './drawing.ts';
import { EDGE_COLOUR, HIGHLIGHT_COLOUR } from './svg-export.ts';
import { GraphLegend } from './graph-legend.tsx';
import './graph-drawing.css';

const ZOOMS = [1, 1.5, 2, 3];

/**
 * The scene as SVG. Each node is a focusable button (Enter or Space activates it like a click).
 * Zooming widens the picture inside a scrolling box, so panning is plain scrolling (a finger on a
 * phone) and no pan library is needed. The same `Drawing` feeds the SVG export, so what is saved
 * is what is seen.
 */
export function GraphDrawing({
  drawing,
  title,
  onActivate,
  activateLabel,
}: {
  drawing: Drawing;
  title: string;
  onActivate: (id: string) => void;
  /** What activating a node does, for its accessible name, e.g. 选中并展开. */
  activateLabel: string;
}) {
  const t = useT();
  const [zoomIndex, setZoomIndex] = useState(0);
  const zoom = ZOOMS[zoomIndex] ?? 1;
  const canvas = useRef<HTMLDivElement>(null);

  // A new zoom keeps the middle of the picture in the middle of the box.
  useLayoutEffect(() => {
    const box = canvas.current;
    if (!box) return;
    box.scrollLeft = (box.scrollWidth - box.clientWidth) / 2;
    box.scrollTop = (box.scrollHeight - box.clientHeight) / 2;
  }, [zoom]);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, id: string) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onActivate(id);
  };

  return (
    <figure className="graph-drawing">
      <div className="zoom-controls" role="group" aria-label={t('缩放', 'Zoom')}>
        <button type="button" onClick={() => setZoomIndex(zoomIndex + 1)} disabled={zoomIndex >= ZOOMS.length - 1}>
          <span aria-hidden="true">＋</span>
          <span className="visually-hidden">{t('放大', 'Zoom in')}</span>
        </button>
        <button type="button" onClick={() => setZoomIndex(zoomIndex - 1)} disabled={zoomIndex === 0}>
          <span aria-hidden="true">－</span>
          <span className="visually-hidden">{t('缩小', 'Zoom out')}</span>
        </button>
        <span className="zoom-level" aria-live="polite">
          {Math.round(zoom * 100)}%
        </span>
      </div>
      <div className="graph-canvas" ref={canvas}>
        <svg
          viewBox={`0 0 ${drawing.width} ${drawing.height}`}
          width={drawing.width}
          height={drawing.height}
          style={{ width: `${zoom * 100}%` }}
          role="group"
          aria-label={title}
          data-testid="graph-svg"
        >
          <defs>
            <marker
              id="explorer-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth="10"
              markerHeight="10"
              orient="auto-start-reverse"
            >
              <path d="M0,0L10,5L0,10z" fill={EDGE_COLOUR} />
            </marker>
            <marker
              id="explorer-arrow-highlight"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth="13"
              markerHeight="13"
              orient="auto-start-reverse"
            >
              <path d="M0,0L10,5L0,10z" fill={HIGHLIGHT_COLOUR} />
            </marker>
          </defs>
          <g aria-hidden="true">
            {drawing.edges.map((edge) => {
              const end = edgeEnd(edge);
              return (
                <g key={edge.id} className="graph-edge" data-highlighted={edge.highlighted || undefined}>
                  <line
                    x1={edge.x1}
                    y1={edge.y1}
                    x2={end.x}
                    y2={end.y}
                    stroke={edge.highlighted ? HIGHLIGHT_COLOUR : EDGE_COLOUR}
                    strokeWidth={edge.highlighted ? 4 : 1.5}
                    markerEnd={`url(#${edge.highlighted ? 'explorer-arrow-highlight' : 'explorer-arrow'})`}
                  />
                  {edge.showLabel ? (
                    <text
                      x={(edge.x1 + edge.x2) / 2}
                      y={(edge.y1 + edge.y2) / 2 - 4}
                      textAnchor="middle"
                      className="edge-label"
                    >
                      {edge.label}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
          {drawing.nodes.map((node) => (
            <g
              key={node.id}
              className="graph-node"
              role="button"
              tabIndex={0}
              aria-label={`${node.name}（${node.kindLabel}）${activateLabel}`}
              aria-pressed={node.selected}
              data-id={node.id}
              data-highlighted={node.highlighted || undefined}
              onClick={() => onActivate(node.id)}
              onKeyDown={(event) => onKeyDown(event, node.id)}
            >
              <circle
                cx={node.x}
                cy={node.y}
                r={NODE_RADIUS}
                fill={node.fill}
                stroke={node.highlighted ? HIGHLIGHT_COLOUR : node.selected ? '#3b2314' : '#ffffff'}
                strokeWidth={node.highlighted || node.selected ? 4 : 2}
              />
            </g>
          ))}
          {/* Names are drawn beside the buttons, not in them: a long name is cut short on screen, and a
              button's visible text must be part of its label, which carries the name whole. */}
          <g aria-hidden="true" className="node-labels">
            {drawing.nodes.map((node) => (
              <text
                key={node.id}
                x={node.x}
                y={node.y + NODE_RADIUS + 14}
                textAnchor="middle"
                className="node-label"
                onClick={() => onActivate(node.id)}
              >
                {node.label}
              </text>
            ))}
          </g>
        </svg>
      </div>
      <GraphLegend legend={drawing.legend} />
    </figure>
  );
}
