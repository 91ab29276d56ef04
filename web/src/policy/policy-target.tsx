import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { entityPath, Link } from '../app/router.tsx';
import type {
  PolicyTarget_TargetFragment,
  TargetEntitiesQueryQuery,
  TargetEntitiesQueryQueryVariables,
} from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';
import { percent } from './policy-state.ts';

export const PolicyTarget_target = gql`
  fragment PolicyTarget_target on Target {
    id
    name
    count
    unit
    what
    per
    progress {
      counted
      goal
      ratio
      measurable
      rule
    }
  }
`;

// The counted entities are asked for only when a reader opens the list: with every task's targets
// in one page of tasks, they would take most of the query's cost for lists few readers open.
const TargetEntitiesQuery: TypedDocumentNode<TargetEntitiesQueryQuery, TargetEntitiesQueryQueryVariables> = gql`
  query TargetEntitiesQuery($id: ID!) {
    entity(id: $id) {
      id
      ... on Target {
        progress {
          counted
          entities {
            id
            name
            kind
            city
          }
        }
      }
    }
  }
`;

function CountedEntities({ targetId }: { targetId: string }) {
  const t = useT();
  const { lang } = useLang();
  const { data, error, loading } = useQuery(TargetEntitiesQuery, { variables: { id: targetId } });
  if (loading) return <p className="status">{t('正在加载…', 'Loading…')}</p>;
  if (error) return <p className="error">{t('无法加载计入的实体。', 'The counted entities could not be loaded.')}</p>;
  const entity = data?.entity;
  const progress = entity?.__typename === 'Target' ? entity.progress : null;
  if (!progress || progress.entities.length === 0)
    return <p className="status">{t('没有计入的实体。', 'Nothing counted.')}</p>;
  return (
    <ul className="counted-entities">
      {progress.entities.map((counted) => (
        <li key={counted.id}>
          <Link to={entityPath(counted.id)}>{counted.name}</Link>{' '}
          <span className="counted-kind">
            {kindLabel(counted.kind, lang)}
            {counted.city ? ` · ${counted.city}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A quantified target and how much of it the graph documents; the graph is a sample, so the bar says so. */
export function PolicyTarget({ target }: { target: PolicyTarget_TargetFragment }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { progress } = target;
  const share = percent(progress.ratio);
  const goal = progress.goal ?? target.count;
  return (
    <li className="policy-target">
      <p className="target-name">
        {target.name}
        {target.per ? <span className="target-per">（{target.per}）</span> : null}
      </p>
      {progress.measurable ? (
        <>
          <div className="target-progress">
            <progress
              max={goal ?? undefined}
              value={progress.counted}
              aria-label={t(`${target.name}：图谱已记录`, `${target.name}: documented in the graph`)}
            />
            <span className="target-numbers">
              <span className="target-counted">{progress.counted}</span> /{' '}
              <span className="target-goal">{goal ?? '—'}</span>
              {share === null ? null : <span className="target-ratio">（{share}%）</span>}
            </span>
          </div>
          <p className="target-rule">
            {t('计数规则：', 'Counting rule: ')}
            <span lang="zh-CN">{progress.rule}</span>
          </p>
          {progress.counted > 0 ? (
            <details className="target-entities" onToggle={(event) => setOpen(event.currentTarget.open)}>
              <summary>
                {t(`查看计入的 ${progress.counted} 个实体`, `Show the ${progress.counted} entities counted`)}
              </summary>
              {open ? <CountedEntities targetId={target.id} /> : null}
            </details>
          ) : null}
        </>
      ) : (
        <p className="target-unmeasurable">
          {t('无法衡量：', 'Not measurable: ')}
          <span lang="zh-CN">{progress.rule}</span>
        </p>
      )}
    </li>
  );
}
