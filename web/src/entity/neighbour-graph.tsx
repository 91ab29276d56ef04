import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState, type MouseEvent } from 'react';
import { entityPath, href, Link, navigate } from '../app/router.tsx';
import type { NeighbourGraphQueryQuery, NeighbourGraphQueryQueryVariables } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel, relationLabel } from '../i18n/labels.ts';
import { ringLayout } from './ring-layout.ts';
import { kindColour } from '../graph-view/kind-colours.ts';

export const NeighbourGraphQuery: TypedDocumentNode<NeighbourGraphQueryQuery, NeighbourGraphQueryQueryVariables> = gql`
  query NeighbourGraphQuery($id: ID!) {
    neighborhood(id: $id, depth: 1, limit: 30) {
      nodes {
        id
        name
        kind
      }
      edges {
        id
        type
        typeLabel
        from {
          id
        }
        to {
          id
        }
      }
    }
  }
`;

/**
 * A phone gets a narrower drawing with shorter labels, so names stay as large as the page's text
 * instead of being scaled down with a wide picture.
 */
const PHONE = '(max-width: 600px)';
const WIDE_RING = { width: 520, height: 420, margin: 80, label: 6 };
const NARROW_RING = { width: 360, height: 380, margin: 92, label: 4 };

function shortName(name: string, max: number): string {
  return name.length > max ? `${name.slice(0, max)}…` : name;
}

/**
 * The entity's neighbours drawn on a ring around it. Each node is a link to its page, reached by
 * Tab; each line names its relations in its title, shown on hover.
 */
export function NeighbourGraph({ id, name, kind }: { id: string; name: string; kind: string }) {
  const t = useT();
  const { lang } = useLang();
  const { data, error } = useQuery(NeighbourGraphQuery, { variables: { id } });
  const [ring] = useState(() => (window.matchMedia(PHONE).matches ? NARROW_RING : WIDE_RING));
  if (error) return <p className="status">{t('邻居图暂时无法显示。', 'The neighbour graph cannot be shown now.')}</p>;
  if (!data) return <p className="status">{t('正在加载邻居图…', 'Loading the neighbour graph…')}</p>;

  const neighbours = data.neighborhood.nodes
    .filter((node) => node.id !== id)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'zh'));
  if (neighbours.length === 0) return <p className="status">{t('没有相连的实体。', 'No connected entities.')}</p>;

  const layout = ringLayout(neighbours.length, ring);
  const position = new Map(neighbours.map((node, index) => [node.id, layout.neighbours[index]!]));
  position.set(id, layout.centre);

  // Several relations between the same two entities share one line, titled with all of them.
  const lines = new Map<string, { from: string; to: string; labels: string[]; central: boolean }>();
  for (const edge of data.neighborhood.edges) {
    if (!position.has(edge.from.id) || !position.has(edge.to.id)) continue;
    const key = [edge.from.id, edge.to.id].sort().join('\u0000');
    const line = lines.get(key) ?? {
      from: edge.from.id,
      to: edge.to.id,
      labels: [],
      central: edge.from.id === id || edge.to.id === id,
    };
    const label = relationLabel(edge.type, edge.typeLabel, lang);
    if (!line.labels.includes(label)) line.labels.push(label);
    lines.set(key, line);
  }
  const nameOf = new Map(data.neighborhood.nodes.map((node) => [node.id, node.name]));
  const kinds = [...new Set([kind, ...neighbours.map((node) => node.kind)])];

  const follow = (event: MouseEvent<Element>, to: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };

  return (
    <figure className="neighbour-graph">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={t(
          `${name} 与 ${neighbours.length} 个相连实体`,
          `${name} and ${neighbours.length} connected entities`,
        )}
      >
        <g className="graph-lines">
          {[...lines.values()].map((line) => {
            const a = position.get(line.from)!;
            const b = position.get(line.to)!;
            const title = `${nameOf.get(line.from)} — ${line.labels.join('、')} — ${nameOf.get(line.to)}`;
            return (
              <g key={`${line.from}-${line.to}`} className={line.central ? 'graph-line central' : 'graph-line'}>
                <title>{title}</title>
                <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="graph-line-hit" />
                <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="graph-line-stroke" />
              </g>
            );
          })}
        </g>
        {neighbours.map((node) => {
          const point = position.get(node.id)!;
          const dx = point.anchor === 'start' ? 14 : point.anchor === 'end' ? -14 : 0;
          const dy = point.anchor === 'middle' ? (point.y < layout.centre.y ? -16 : 24) : 4;
          return (
            <a
              key={node.id}
              href={entityPath(node.id)}
              className="graph-node"
              data-node-id={node.id}
              onClick={(event) => follow(event, entityPath(node.id))}
            >
              <title>{`${node.name}（${kindLabel(node.kind, lang)}）`}</title>
              <circle cx={point.x} cy={point.y} r={9} fill={kindColour(node.kind)} />
              <text x={point.x + dx} y={point.y + dy} textAnchor={point.anchor}>
                {shortName(node.name, ring.label)}
              </text>
            </a>
          );
        })}
        <g className="graph-centre" data-node-id={id}>
          <circle cx={layout.centre.x} cy={layout.centre.y} r={16} fill={kindColour(kind)} />
          <text x={layout.centre.x} y={layout.centre.y + 34} textAnchor="middle">
            {shortName(name, ring.label + 2)}
          </text>
        </g>
      </svg>
      <figcaption>
        <ul className="graph-legend">
          {kinds.map((kind) => (
            <li key={kind}>
              <span className="swatch" style={{ background: kindColour(kind) }} aria-hidden="true" />
              {kindLabel(kind, lang)}
            </li>
          ))}
        </ul>
        <Link to={href('/explore', { focus: id })}>{t('在图谱中展开', 'Expand in the graph explorer')}</Link>
      </figcaption>
    </figure>
  );
}
