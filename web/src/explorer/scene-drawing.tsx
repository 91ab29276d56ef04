import { lazy, Suspense, useState } from 'react';
import type { Drawing } from '../graph-view/drawing.ts';
import { LARGE_SCENE } from '../graph-view/force-layout.ts';
import { GraphDrawing } from '../graph-view/graph-drawing.tsx';
import { useT } from '../i18n/i18n.tsx';

// sigma and graphology load only when a scene grows large: most scenes are a few dozen nodes.
const WebglDrawing = lazy(() => import('../graph-view/webgl-drawing.tsx'));

/**
 * The scene's picture: SVG up to LARGE_SCENE nodes (each node a focusable button with its name
 * beside it), WebGL beyond, where SVG would pan at a few frames a second. A browser without WebGL
 * gets the SVG at any size.
 */
export function SceneDrawing({
  drawing,
  title,
  onActivate,
  sceneSize,
  layoutPending,
}: {
  drawing: Drawing;
  /** Entities in the scene, laid out or not yet. */
  sceneSize: number;
  title: string;
  onActivate: (id: string) => void;
  /** The positions are still being computed for a large scene. */
  layoutPending: boolean;
}) {
  const t = useT();
  const [webglFailed, setWebglFailed] = useState(false);
  const activateLabel = t('，选中并展开', ', select and expand');
  const large = sceneSize > LARGE_SCENE;
  const waiting = (
    <p className="status" data-testid="layout-pending">
      {t(`正在排布 ${sceneSize} 个实体…`, `Laying out ${sceneSize} entities…`)}
    </p>
  );
  if (!large || webglFailed)
    return (
      <>
        {webglFailed ? (
          <p className="status">
            {t('此浏览器无法使用 WebGL，改用 SVG 绘制。', 'This browser cannot draw with WebGL; drawn as SVG instead.')}
          </p>
        ) : null}
        <GraphDrawing drawing={drawing} title={title} onActivate={onActivate} activateLabel={activateLabel} />
      </>
    );
  return (
    <>
      {layoutPending ? waiting : null}
      <Suspense fallback={waiting}>
        <WebglDrawing
          drawing={drawing}
          title={title}
          onActivate={onActivate}
          activateLabel={activateLabel}
          onUnavailable={() => setWebglFailed(true)}
        />
      </Suspense>
    </>
  );
}
