import { edgeEnd, NODE_RADIUS, type Drawing } from './drawing.ts';

const FONT = "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const LEGEND_ROW = 22;
const LEGEND_ITEM_WIDTH = 130;

export const EDGE_COLOUR = '#b9a98f';
export const HIGHLIGHT_COLOUR = '#d9822b';

/**
 * Whether XML 1.0 can carry the character at all, even as a character reference: not C0 controls other than tab,
 * line feed and carriage return, not U+FFFE or U+FFFF, not a surrogate without its pair. One of them in a name makes
 * the whole file unreadable ("Invalid character"), so they are dropped from the picture's text.
 */
function isXmlChar(char: string): boolean {
  const code = char.codePointAt(0)!;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  // Iterating a string by code points yields an unpaired surrogate on its own.
  return code !== 0xfffe && code !== 0xffff && (code < 0xd800 || code > 0xdfff);
}

/** Text for SVG character data and attribute values: markup escaped, characters XML forbids dropped. */
export function escapeXml(text: string): string {
  return [...text]
    .filter(isXmlChar)
    .join('')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** The exported picture's height: the graph and the legend rows under it. */
export function svgHeight(drawing: Drawing): number {
  const perRow = Math.max(1, Math.floor(drawing.width / LEGEND_ITEM_WIDTH));
  return drawing.height + Math.ceil(drawing.legend.length / perRow) * LEGEND_ROW + 10;
}

/**
 * The drawing as a standalone SVG document: every style inline (no stylesheet travels with a
 * downloaded file), a white background, the kind legend under the graph and a title for viewers
 * that show one.
 */
export function drawingToSvg(drawing: Drawing, title: string): string {
  const perRow = Math.max(1, Math.floor(drawing.width / LEGEND_ITEM_WIDTH));
  const height = svgHeight(drawing);
  const lines: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${drawing.width}" height="${height}" viewBox="0 0 ${drawing.width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    '<defs>',
    `<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${EDGE_COLOUR}"/></marker>`,
    `<marker id="arrow-highlight" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="13" markerHeight="13" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${HIGHLIGHT_COLOUR}"/></marker>`,
    '</defs>',
    `<rect x="0" y="0" width="${drawing.width}" height="${height}" fill="#ffffff"/>`,
  ];
  for (const edge of drawing.edges) {
    const end = edgeEnd(edge);
    const colour = edge.highlighted ? HIGHLIGHT_COLOUR : EDGE_COLOUR;
    lines.push(
      `<line x1="${edge.x1}" y1="${edge.y1}" x2="${end.x}" y2="${end.y}" stroke="${colour}" stroke-width="${edge.highlighted ? 4 : 1.5}" marker-end="url(#${edge.highlighted ? 'arrow-highlight' : 'arrow'})"/>`,
    );
    if (edge.showLabel)
      lines.push(
        `<text x="${(edge.x1 + edge.x2) / 2}" y="${(edge.y1 + edge.y2) / 2 - 4}" text-anchor="middle" font-size="11" fill="#6e4b1f" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(edge.label)}</text>`,
      );
  }
  for (const node of drawing.nodes) {
    const stroke = node.highlighted ? HIGHLIGHT_COLOUR : node.selected ? '#3b2314' : '#ffffff';
    lines.push(
      `<circle cx="${node.x}" cy="${node.y}" r="${NODE_RADIUS}" fill="${node.fill}" stroke="${stroke}" stroke-width="${node.highlighted || node.selected ? 4 : 2}"><title>${escapeXml(`${node.name}（${node.kindLabel}）`)}</title></circle>`,
      `<text x="${node.x}" y="${node.y + NODE_RADIUS + 14}" text-anchor="middle" font-size="12" fill="#1f2328" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(node.label)}</text>`,
    );
  }
  drawing.legend.forEach((item, index) => {
    const x = 10 + (index % perRow) * LEGEND_ITEM_WIDTH;
    const y = drawing.height + Math.floor(index / perRow) * LEGEND_ROW + 6;
    lines.push(
      `<circle cx="${x + 7}" cy="${y + 7}" r="7" fill="${item.fill}"/>`,
      `<text x="${x + 20}" y="${y + 12}" font-size="12" fill="#1f2328">${escapeXml(item.label)}</text>`,
    );
  });
  lines.push('</svg>');
  return lines.join('\n');
}
