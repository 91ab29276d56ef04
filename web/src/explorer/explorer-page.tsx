import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { href, navigate, useLocation } from '../app/router.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { buildDrawing } from '../graph-view/drawing.ts';
import { mergeIntoScene, sceneRelationTypes, visibleScene } from '../graph-view/scene.ts';
import { pathArguments, sceneQueryText, type SceneRequest } from '../graph-view/scene-query.ts';
import { useLayout } from '../graph-view/use-layout.ts';
import type {
  EntityKind,
  ExplorerEntityNameQueryQuery,
  ExplorerEntityNameQueryQueryVariables,
} from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel, relationLabel } from '../i18n/labels.ts';
import { EntityPicker } from './entity-picker.tsx';
import {
  explorerParams,
  MAX_EXPANSIONS,
  MAX_PAGES,
  PAGE_SIZE,
  pagesOf,
  PATH_LIMIT,
  readExplorerState,
  withAvoidToggled,
  withExpanded,
  withMorePages,
  withTypeToggled,
  type ExplorerState,
} from './explorer-state.ts';
import { NodePanel } from './node-panel.tsx';
import { PathFinder } from './path-finder.tsx';
import { RelationFilter } from './relation-filter.tsx';
import { ExplorerPathsQuery, SCENE_SELECTIONS } from './scene-operations.ts';
import { SceneDrawing } from './scene-drawing.tsx';
import { SceneList } from './scene-list.tsx';
import { SceneShare } from './scene-share.tsx';
import { useScene } from './use-scene.ts';
import './explorer.css';

export const ExplorerEntityNameQuery: TypedDocumentNode<
  ExplorerEntityNameQueryQuery,
  ExplorerEntityNameQueryQueryVariables
> = gql`
  query ExplorerEntityNameQuery($id: ID!) {
    entity(id: $id) {
      id
      name
      kind
    }
  }
`;

/** The name of an entity that may not be in the scene yet (a path end picked by search, the focus while it loads). */
function useEntityName(id: string | null): string | null {
  const { data } = useQuery(ExplorerEntityNameQuery, { variables: { id: id ?? '' }, skip: !id });
  return id ? (data?.entity?.name ?? null) : null;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The graph explorer (`/explore`): start from one entity, expand its neighbours step by step,
 * filter relation types, find the paths between two entities and take the scene away as a picture,
 * data, a link or the GraphQL that built it.
 */
export function ExplorerPage() {
  const t = useT();
  const { lang } = useLang();
  const { search } = useLocation();
  const state = readExplorerState(search);
  const go = (next: ExplorerState, { replace = false }: { replace?: boolean } = {}) =>
    navigate(href('/explore', { ...explorerParams(next), lang: search.get('lang') }), { replace });

  const request: SceneRequest | null = state.focus
    ? {
        focus: state.focus,
        expanded: state.expanded,
        pages: state.pages,
        types: state.types,
        from: state.from,
        to: state.to,
        pageSize: PAGE_SIZE,
        maxHops: state.hops,
        pathLimit: PATH_LIMIT,
        avoidKinds: state.avoidKinds,
        avoidTypes: state.avoidTypes,
      }
    : null;
  const { scene: fetched, expansions, loading, error } = useScene(request);
  const pathVariables = request ? pathArguments(request) : null;
  const pathsResult = useQuery(ExplorerPathsQuery, {
    variables: pathVariables
      ? {
          ...pathVariables,
          excludeKinds: (pathVariables.excludeKinds ?? null) as EntityKind[] | null,
          excludeTypes: pathVariables.excludeTypes ?? null,
        }
      : { from: '', to: '', maxHops: state.hops, limit: PATH_LIMIT, excludeKinds: null, excludeTypes: null },
    skip: !pathVariables,
  });
  const paths = pathVariables ? (pathsResult.data?.paths ?? null) : null;
  const chosenPath = paths?.[state.path] ?? paths?.[0] ?? null;

  const focusName = useEntityName(state.focus);
  const fromName = useEntityName(state.from);
  const toName = useEntityName(state.to);
  useDocumentTitle(focusName ? `${focusName} · ${t('图谱浏览', 'Graph explorer')}` : t('图谱浏览', 'Graph explorer'));

  const typesKey = state.types.join(',');
  const hiddenKey = state.hidden.join(',');
  const scene = useMemo(() => (chosenPath ? mergeIntoScene(fetched, chosenPath) : fetched), [fetched, chosenPath]);
  const visible = useMemo(
    () =>
      visibleScene(scene, {
        types: typesKey ? typesKey.split(',') : [],
        hidden: hiddenKey ? hiddenKey.split(',') : [],
        roots: [...(state.focus ? [state.focus] : []), ...(chosenPath?.nodes.map((node) => node.id) ?? [])],
        pinnedEdges: chosenPath?.edges.map((edge) => edge.id) ?? [],
      }),
    [scene, typesKey, hiddenKey, state.focus, chosenPath],
  );
  const layout = useLayout(visible);
  const drawing = buildDrawing(visible, layout.positions, {
    kindLabel: (kind) => kindLabel(kind, lang),
    relationLabel: (type, typeLabel) => relationLabel(type, typeLabel, lang),
    highlightedNodes: chosenPath?.nodes.map((node) => node.id),
    highlightedEdges: chosenPath?.edges.map((edge) => edge.id),
    selected: state.node,
  });

  if (!state.focus) {
    return (
      <div className="view explorer">
        <h1>{t('图谱浏览', 'Graph explorer')}</h1>
        <p className="subtitle">
          {t(
            '选一个实体作为起点，逐步展开它的邻居，按关系类型筛选，查找两个实体之间的路径。',
            'Pick an entity to start from, expand its neighbours step by step, filter by relation type and find the paths between two entities.',
          )}
        </p>
        <EntityPicker
          label={t('从哪个实体开始？', 'Start from which entity?')}
          onPick={(entity) => go({ ...state, focus: entity.id, node: entity.id })}
        />
      </div>
    );
  }

  const relationTypes = sceneRelationTypes(scene);
  const avoidableTypes = [
    ...relationTypes,
    ...state.avoidTypes
      .filter((type) => !relationTypes.some((entry) => entry.type === type))
      .map((type) => ({ type, typeLabel: type })),
  ];
  const selected = state.node ? (visible.nodes.find((node) => node.id === state.node) ?? null) : null;
  const title = t(`${focusName ?? state.focus} 的关系图`, `Graph around ${focusName ?? state.focus}`);
  const activate = (id: string) => go({ ...withExpanded(state, id), node: id });
  const endName = (id: string | null, name: string | null) =>
    id ? { id, name: scene.nodes.find((node) => node.id === id)?.name ?? name ?? id } : null;
  const hiddenCount = state.hidden.length;

  return (
    <div className="view explorer">
      <h1>{t('图谱浏览', 'Graph explorer')}</h1>
      <div className="explorer-start">
        <p className="subtitle">
          {t('中心：', 'Centre: ')}
          <strong>{focusName ?? state.focus}</strong>
        </p>
        <EntityPicker
          label={t('换一个中心实体', 'Start again from another entity')}
          onPick={(entity) => go({ ...state, focus: entity.id, expanded: [], pages: {}, hidden: [], node: entity.id })}
        />
      </div>
      <p className="status" aria-live="polite" data-testid="scene-summary">
        {loading
          ? t('正在加载…', 'Loading…')
          : t(
              `图中 ${visible.nodes.length} 个实体、${visible.edges.length} 条关系，已展开 ${state.expanded.length + 1} 个`,
              `${visible.nodes.length} entities and ${visible.edges.length} relationships shown, ${state.expanded.length + 1} expanded`,
            )}
        {layout.ms !== null && !layout.pending
          ? t(`，排布用时 ${(layout.ms / 1000).toFixed(1)} 秒`, `, laid out in ${(layout.ms / 1000).toFixed(1)} s`)
          : null}
        {state.expanded.length >= MAX_EXPANSIONS
          ? t('（已到展开上限）', ` (at most ${MAX_EXPANSIONS + 1} expansions)`)
          : null}
      </p>
      {error ? (
        <p className="error" role="alert">
          {t('图谱加载失败：', 'The graph could not be loaded: ')}
          {errorText(error)}
        </p>
      ) : null}
      <div className="explorer-layout">
        <div className="explorer-main">
          {visible.nodes.length > 0 ? (
            <SceneDrawing
              drawing={drawing}
              title={title}
              onActivate={activate}
              sceneSize={visible.nodes.length}
              layoutPending={layout.pending}
            />
          ) : null}
          {hiddenCount > 0 ? (
            <button type="button" onClick={() => go({ ...state, hidden: [] })}>
              {t(`重新显示隐藏的 ${hiddenCount} 个实体`, `Show the ${hiddenCount} hidden entities again`)}
            </button>
          ) : null}
          <SceneList scene={visible} onSelect={activate} />
        </div>
        <aside className="explorer-side" aria-label={t('图谱工具', 'Graph tools')}>
          {selected ? (
            <NodePanel
              node={selected}
              isFocus={selected.id === state.focus}
              isExpanded={state.expanded.includes(selected.id)}
              canExpand={state.expanded.length < MAX_EXPANSIONS}
              relationCount={
                visible.edges.filter((edge) => edge.from === selected.id || edge.to === selected.id).length
              }
              expansion={expansions.find((expansion) => expansion.id === selected.id) ?? null}
              loading={loading}
              canShowMore={pagesOf(state, selected.id) < MAX_PAGES}
              actions={{
                expand: () => go(withExpanded(state, selected.id)),
                hide: () => go({ ...state, hidden: [...state.hidden, selected.id], node: null }),
                setFrom: () => go({ ...state, from: selected.id, path: 0 }),
                setTo: () => go({ ...state, to: selected.id, path: 0 }),
                close: () => go({ ...state, node: null }, { replace: true }),
                more: () => go(withMorePages(state, selected.id), { replace: true }),
              }}
            />
          ) : null}
          <RelationFilter
            types={relationTypes}
            kept={state.types}
            onToggle={(type) =>
              go(
                withTypeToggled(
                  state,
                  type,
                  relationTypes.map((entry) => entry.type),
                ),
              )
            }
            onShowAll={() => go({ ...state, types: [] })}
          />
          <PathFinder
            from={endName(state.from, fromName)}
            to={endName(state.to, toName)}
            paths={paths}
            loading={Boolean(pathVariables) && pathsResult.loading}
            error={pathsResult.error ? errorText(pathsResult.error) : null}
            chosen={chosenPath && paths ? paths.indexOf(chosenPath) : -1}
            onChoose={(index) => go({ ...state, path: index }, { replace: true })}
            onSetEnd={(end, entity) => go({ ...state, [end]: entity.id, path: 0 })}
            onClear={() => go({ ...state, from: null, to: null, path: 0 })}
            hops={state.hops}
            onHops={(hops) => go({ ...state, hops, path: 0 })}
            avoidKinds={state.avoidKinds}
            avoidTypes={state.avoidTypes}
            relationTypes={avoidableTypes}
            onToggleAvoid={(list, value) => go(withAvoidToggled(state, list, value))}
          />
          <SceneShare
            scene={visible}
            drawing={drawing}
            title={title}
            queryText={
              request
                ? sceneQueryText(
                    request,
                    SCENE_SELECTIONS,
                    expansions.map((expansion) => expansion.cursors),
                  )
                : ''
            }
          />
        </aside>
      </div>
    </div>
  );
}
