import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { href, Link, navigate } from '../app/router.tsx';
import { useCuratorToken } from '../curation/curator-session.ts';
import type {
  ExplorerNarrativeFromPathMutationMutation,
  ExplorerNarrativeFromPathMutationMutationVariables,
  ExplorerPathsQueryQuery,
} from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel, relationLabel } from '../i18n/labels.ts';
import { EntityPicker, type PickedEntity } from './entity-picker.tsx';
import { MAX_HOPS } from './explorer-state.ts';

/**
 * Kinds a path may be told to avoid: the hubs through which everything connects to everything (a
 * city, a department, a policy's wording), so a path that avoids them says something specific.
 */
export const AVOIDABLE_KINDS = [
  'Place',
  'Department',
  'PolicyDocument',
  'PolicySection',
  'PolicyTask',
  'Theme',
  'Award',
];

export const ExplorerNarrativeFromPathMutation: TypedDocumentNode<
  ExplorerNarrativeFromPathMutationMutation,
  ExplorerNarrativeFromPathMutationMutationVariables
> = gql`
  mutation ExplorerNarrativeFromPathMutation($pathOf: [ID!]!, $title: String!) {
    createNarrativeFromPath(pathOf: $pathOf, title: $title) {
      id
    }
  }
`;

export type FoundPath = ExplorerPathsQueryQuery['paths'][number];

export interface PathEnd {
  id: string;
  name: string;
}

/** The two ends, chosen from the scene or by search, and the ways they connect. */
export function PathFinder({
  from,
  to,
  paths,
  loading,
  error,
  chosen,
  onChoose,
  onSetEnd,
  onClear,
  hops,
  onHops,
  avoidKinds,
  avoidTypes,
  relationTypes,
  onToggleAvoid,
}: {
  from: PathEnd | null;
  to: PathEnd | null;
  paths: readonly FoundPath[] | null;
  loading: boolean;
  error: string | null;
  chosen: number;
  onChoose: (index: number) => void;
  onSetEnd: (end: 'from' | 'to', entity: PickedEntity) => void;
  onClear: () => void;
  hops: number;
  onHops: (hops: number) => void;
  avoidKinds: readonly string[];
  avoidTypes: readonly string[];
  /** Relation types to offer for avoiding: the scene's, and any already avoided. */
  relationTypes: readonly { type: string; typeLabel: string }[];
  onToggleAvoid: (list: 'avoidKinds' | 'avoidTypes', value: string) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const hopsId = useId();
  const avoiding = avoidKinds.length > 0 || avoidTypes.length > 0;
  const token = useCuratorToken();
  return (
    <section className="explorer-card path-finder" aria-labelledby="path-finder-heading">
      <h2 id="path-finder-heading">{t('关系路径', 'Paths')}</h2>
      <dl className="path-ends">
        <div>
          <dt>{t('起点', 'Start')}</dt>
          <dd data-testid="path-from">{from?.name ?? t('未选择', 'not chosen')}</dd>
        </div>
        <div>
          <dt>{t('终点', 'End')}</dt>
          <dd data-testid="path-to">{to?.name ?? t('未选择', 'not chosen')}</dd>
        </div>
      </dl>
      <div className="path-pickers">
        <EntityPicker label={t('搜索起点', 'Search for a start')} onPick={(entity) => onSetEnd('from', entity)} />
        <EntityPicker label={t('搜索终点', 'Search for an end')} onPick={(entity) => onSetEnd('to', entity)} />
      </div>
      {from || to ? (
        <button type="button" className="link-button" onClick={onClear}>
          {t('清除起点和终点', 'Clear start and end')}
        </button>
      ) : (
        <p className="status">
          {t(
            '在图中选中实体后点“设为起点”“设为终点”，或在上面搜索。',
            'Select entities in the graph and use “Set as start/end”, or search above.',
          )}
        </p>
      )}
      <div className="path-options">
        <label htmlFor={hopsId}>{t('最多跳数', 'At most hops')} </label>
        <select id={hopsId} value={hops} onChange={(event) => onHops(Number(event.target.value))}>
          {Array.from({ length: MAX_HOPS }, (_, index) => index + 1).map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <fieldset className="path-avoid" data-testid="avoid-kinds">
          <legend>{t('避开这些类型的实体', 'Avoid entities of these kinds')}</legend>
          <ul>
            {AVOIDABLE_KINDS.map((kind) => (
              <li key={kind}>
                <label>
                  <input
                    type="checkbox"
                    value={kind}
                    checked={avoidKinds.includes(kind)}
                    onChange={() => onToggleAvoid('avoidKinds', kind)}
                  />
                  {kind === 'Place' ? t('城市/地点', 'Cities and places') : kindLabel(kind, lang)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {relationTypes.length > 0 ? (
          <fieldset className="path-avoid" data-testid="avoid-types">
            <legend>{t('避开这些关系', 'Avoid these relations')}</legend>
            <ul>
              {relationTypes.map((entry) => (
                <li key={entry.type}>
                  <label>
                    <input
                      type="checkbox"
                      value={entry.type}
                      checked={avoidTypes.includes(entry.type)}
                      onChange={() => onToggleAvoid('avoidTypes', entry.type)}
                    />
                    {relationLabel(entry.type, entry.typeLabel, lang)}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
      </div>
      <div aria-live="polite" data-testid="path-results">
        {error ? <p className="error">{error}</p> : null}
        {from && to && from.id === to.id ? (
          <p className="status">
            {t('起点和终点是同一个实体，请换一个。', 'Start and end are the same entity; choose another.')}
          </p>
        ) : null}
        {loading ? <p className="status">{t('正在查找路径…', 'Finding paths…')}</p> : null}
        {paths && paths.length === 0 && !loading ? (
          <p className="status no-path" data-testid="no-path">
            {t(
              `在 ${hops} 跳以内，${from?.name ?? ''}与${to?.name ?? ''}之间没有${avoiding ? '避开所选类型的' : ''}路径。`,
              `No path within ${hops} hops between ${from?.name ?? ''} and ${to?.name ?? ''}${avoiding ? ' that avoids what was chosen' : ''}.`,
            )}
          </p>
        ) : null}
        {paths && paths.length > 0 ? (
          <>
            {token ? null : (
              <p className="status">
                {t('把路径生成叙事草稿需要策展人登录：', 'Turning a path into a narrative draft needs a curator: ')}
                <Link to="/curate">{t('去策展页登录', 'sign in on the curation page')}</Link>
              </p>
            )}
            <ol className="path-list">
              {paths.map((path, index) => (
                <li
                  key={path.edges.map((edge) => edge.id).join(' ')}
                  className="path-item"
                  aria-current={index === chosen || undefined}
                >
                  <p className="path-length">{t(`${path.length} 跳`, `${path.length} hops`)}</p>
                  <p className="path-explanation">{path.explanation}</p>
                  <div className="path-actions">
                    <button type="button" aria-pressed={index === chosen} onClick={() => onChoose(index)}>
                      {index === chosen ? t('已在图中高亮', 'Highlighted') : t('在图中高亮', 'Highlight in the graph')}
                    </button>
                    {token ? <PathNarrativeButton path={path} /> : null}
                  </div>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
    </section>
  );
}

/** Saves the path as a new narrative (one item per entity, in walking order) and opens it in the workspace. */
function PathNarrativeButton({ path }: { path: FoundPath }) {
  const t = useT();
  const [create, { loading }] = useMutation(ExplorerNarrativeFromPathMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const first = path.nodes[0]?.name ?? '';
  const last = path.nodes[path.nodes.length - 1]?.name ?? '';
  const onClick = async () => {
    setFailure(null);
    try {
      const { data } = await create({
        variables: { pathOf: path.nodes.map((node) => node.id), title: `${first}与${last}` },
      });
      if (data) navigate(href('/curate', { narrative: data.createNarrativeFromPath.id }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <button type="button" className="primary" onClick={() => void onClick()} disabled={loading}>
        {loading ? t('正在生成…', 'Creating…') : t('生成叙事草稿', 'Create a narrative draft')}
      </button>
      {failure ? (
        <p className="error" role="alert">
          {t('没能生成叙事：', 'Could not create the narrative: ')}
          {failure}
        </p>
      ) : null}
    </>
  );
}
