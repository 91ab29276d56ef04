import { entityPath, Link } from '../app/router.tsx';
import { AddToNarrativeButton } from '../curation/add-to-narrative-button.tsx';
import type { SceneNode } from '../graph-view/scene.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';

export interface NodeActions {
  expand: () => void;
  hide: () => void;
  setFrom: () => void;
  setTo: () => void;
  close: () => void;
}

/** The chosen entity: what it is, where its page is, and what can be done with it in the scene. */
export function NodePanel({
  node,
  isFocus,
  isExpanded,
  canExpand,
  relationCount,
  actions,
}: {
  node: SceneNode;
  isFocus: boolean;
  isExpanded: boolean;
  canExpand: boolean;
  relationCount: number;
  actions: NodeActions;
}) {
  const t = useT();
  const { lang } = useLang();
  return (
    <section className="explorer-card node-panel" aria-labelledby="node-panel-heading" data-testid="node-panel">
      <h2 id="node-panel-heading">{node.name}</h2>
      <p className="node-meta">
        <span className="kind-chip">{kindLabel(node.kind, lang)}</span>
        {t(`图中 ${relationCount} 条关系`, `${relationCount} relationships in the scene`)}
      </p>
      <p>
        <Link to={entityPath(node.id)}>{t('打开实体页', 'Open the entity page')}</Link>
      </p>
      <div className="panel-actions">
        <button type="button" onClick={actions.expand} disabled={isFocus || isExpanded || !canExpand}>
          {isFocus || isExpanded ? t('已展开', 'Expanded') : t('展开邻居', 'Expand neighbours')}
        </button>
        <button type="button" onClick={actions.hide} disabled={isFocus}>
          {t('从图中隐藏', 'Hide from the scene')}
        </button>
        <button type="button" onClick={actions.setFrom}>
          {t('设为起点', 'Set as start')}
        </button>
        <button type="button" onClick={actions.setTo}>
          {t('设为终点', 'Set as end')}
        </button>
        <AddToNarrativeButton entity={node} />
        <button type="button" className="link-button" onClick={actions.close}>
          {t('关闭', 'Close')}
        </button>
      </div>
    </section>
  );
}
