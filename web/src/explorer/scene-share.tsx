import { useId, useState } from 'react';
import { sceneToCsv, sceneToJson } from '../graph-view/data-export.ts';
import { downloadBlob, downloadText } from '../app/download.ts';
import { svgToPng } from '../graph-view/png-export.ts';
import type { Drawing } from '../graph-view/drawing.ts';
import type { Scene } from '../graph-view/scene.ts';
import { drawingToSvg, svgHeight } from '../graph-view/svg-export.ts';
import { useT } from '../i18n/i18n.tsx';

const PNG_MAX_SIDE = 8192;

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Downloads of the picture and the data, the link to this scene and the GraphQL that built it. */
export function SceneShare({
  scene,
  drawing,
  title,
  queryText,
}: {
  scene: Scene;
  drawing: Drawing;
  title: string;
  queryText: string;
}) {
  const t = useT();
  const queryId = useId();
  const [status, setStatus] = useState('');

  const saveSvg = () => downloadText(drawingToSvg(drawing, title), 'graph.svg', 'image/svg+xml');
  const savePng = async () => {
    try {
      const height = svgHeight(drawing);
      // Twice the size for sharp print, less for a large scene: browsers refuse canvases past about 16,000 px a side.
      const scale = Math.min(2, PNG_MAX_SIDE / Math.max(drawing.width, height));
      downloadBlob(await svgToPng(drawingToSvg(drawing, title), drawing.width, height, scale), 'graph.png');
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };
  const copy = async (text: string, what: string) => {
    setStatus(
      (await copyText(text))
        ? t(`已复制${what}`, `Copied the ${what}`)
        : t('浏览器不允许复制，请在下方文本框中手动复制。', 'The browser refused to copy; copy from the box below.'),
    );
  };

  return (
    <section className="explorer-card scene-share" aria-labelledby="scene-share-heading">
      <h2 id="scene-share-heading">{t('导出与分享', 'Export and share')}</h2>
      <div className="share-actions" role="group" aria-label={t('导出', 'Export')}>
        <button type="button" onClick={saveSvg}>
          {t('导出 SVG', 'Save SVG')}
        </button>
        <button type="button" onClick={() => void savePng()}>
          {t('导出 PNG', 'Save PNG')}
        </button>
        <button type="button" onClick={() => downloadText(sceneToJson(scene), 'graph.json', 'application/json')}>
          {t('导出 JSON', 'Save JSON')}
        </button>
        <button type="button" onClick={() => downloadText(sceneToCsv(scene), 'graph.csv', 'text/csv')}>
          {t('导出 CSV', 'Save CSV')}
        </button>
      </div>
      <div className="share-actions" role="group" aria-label={t('分享', 'Share')}>
        <button type="button" onClick={() => void copy(window.location.href, t('链接', 'link'))}>
          {t('复制链接', 'Copy link')}
        </button>
        <button type="button" onClick={() => void copy(queryText, t(' GraphQL 查询', 'GraphQL query'))}>
          {t('复制 GraphQL 查询', 'Copy GraphQL query')}
        </button>
      </div>
      <p className="status" aria-live="polite">
        {status}
      </p>
      <details>
        <summary>{t('查看生成此视图的 GraphQL 查询', 'Show the GraphQL query behind this view')}</summary>
        <label htmlFor={queryId} className="visually-hidden">
          {t('GraphQL 查询', 'GraphQL query')}
        </label>
        <textarea id={queryId} readOnly value={queryText} rows={12} data-testid="graphql-query" spellCheck={false} />
      </details>
    </section>
  );
}
