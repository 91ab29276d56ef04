import { entityPath, Link } from '../app/router.tsx';
import { AddToNarrativeButton } from '../curation/add-to-narrative-button.tsx';
import type { SceneNode } from '../graph-view/scene.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel, relationLabel } from '../i18n/labels.ts';
import type { Expansion } from './use-scene.ts';

export interface NodeActions {
  expand: () => void;
  hide: () => void;
  setFrom: () => void;
  setTo: () => void;
  close: () => void;
  /** The next page of this entity's neighbours. */
  more: () => void;
}

/** The chosen entity: what it is, where its page is, and what can be done with it in the scene. */
export function NodePanel({
  node,
  isFocus,
  isExpanded,
  canExpand,
  relationCount,
  expansion,
  loading,
  canShowMore,
  actions,
}: {
  node: SceneNode;
  isFocus: boolean;
  isExpanded: boolean;
  canExpand: boolean;
  relationCount: number;
  /** How much of its neighbourhood is shown, once it is expanded and its first page has arrived. */
  expansion: Expansion | null;
  loading: boolean;
  canShowMore: boolean;
  actions: NodeActions;
}) {
  const t = useT();
  const { lang } = useLang();
  const number = (value: number) => value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  return (
    <section className="explorer-card node-panel" aria-labelledby="node-panel-heading" data-testid="node-panel">
      <h2 id="node-panel-heading">{node.name}</h2>
      <p className="node-meta">
        <span className="kind-chip">{kindLabel(node.kind, lang)}</span>
        {t(`图中 ${relationCount} 条关系`, `${relationCount} relationships in the scene`)}
      </p>
      {expansion ? (
        <ExpansionSummary
          expansion={expansion}
          loading={loading}
          canShowMore={canShowMore}
          onMore={actions.more}
          number={number}
        />
      ) : null}
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

/** "已显示 30 / 1,234" with "更多", and the whole neighbourhood counted by kind and by relation type. */
function ExpansionSummary({
  expansion,
  loading,
  canShowMore,
  onMore,
  number,
}: {
  expansion: Expansion;
  loading: boolean;
  canShowMore: boolean;
  onMore: () => void;
  number: (value: number) => string;
}) {
  const t = useT();
  const { lang } = useLang();
  const shown = `${number(expansion.shown)} / ${number(expansion.totalCount)}`;
  return (
    <div className="expansion-summary">
      <p className="expansion-count">
        <span data-testid="expansion-count">{t(`已显示 ${shown}`, `Showing ${shown}`)}</span>
        {t(' 个邻居', ' neighbours')}
        {expansion.hasNextPage ? (
          <button type="button" onClick={onMore} disabled={loading || !canShowMore}>
            {loading ? t('正在加载…', 'Loading…') : t('更多', 'More')}
          </button>
        ) : (
          <span className="expansion-whole">{t('（已全部列出）', ' (all listed)')}</span>
        )}
      </p>
      {expansion.countsByKind.length > 0 ? (
        <div className="expansion-counts">
          <ul aria-label={t('按实体类型', 'By kind')} data-testid="counts-by-kind">
            {expansion.countsByKind.map((entry) => (
              <li key={entry.kind}>
                {kindLabel(entry.kind, lang)} <span className="filter-count">{number(entry.count)}</span>
              </li>
            ))}
          </ul>
          <ul aria-label={t('按关系类型', 'By relation')} data-testid="counts-by-type">
            {expansion.countsByType.map((entry) => (
              <li key={entry.type}>
                {relationLabel(entry.type, entry.typeLabel, lang)}{' '}
                <span className="filter-count">{number(entry.count)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
