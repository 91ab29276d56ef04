import { useT } from '../i18n/i18n.tsx';
import type { Drawing } from './drawing.ts';

/** The kinds a drawing shows, with their colours: the caption of both the SVG and the WebGL drawing. */
export function GraphLegend({ legend }: { legend: Drawing['legend'] }) {
  const t = useT();
  return (
    <figcaption>
      <ul className="graph-legend" aria-label={t('图例', 'Legend')}>
        {legend.map((item) => (
          <li key={item.kind}>
            <span className="legend-swatch" style={{ background: item.fill }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
    </figcaption>
  );
}
