import { gql } from '@apollo/client';
import { Fragment } from 'react';
import { entityPath, Link } from '../app/router.tsx';
import type { PolicyTaskCard_TaskFragment } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { provinceLabel } from '../i18n/labels.ts';
import { rolesOf } from './policy-state.ts';
import { departmentsByRole, DEPARTMENT_ROLES, ROLE_LABELS, TaskDepartments_task } from './task-departments.ts';
import { PolicyTarget, PolicyTarget_target } from './policy-target.tsx';
import { TaskProjects, TaskProjects_project } from './task-projects.tsx';

export const PolicyTaskCard_task = gql`
  fragment PolicyTaskCard_task on PolicyTask {
    id
    name
    number
    province
    text
    section {
      id
    }
    ...TaskDepartments_task
    themes {
      id
      name
    }
    targets {
      ...PolicyTarget_target
    }
    projects {
      id
      ...TaskProjects_project
    }
    similarTasks {
      score
      sharedThemes
      task {
        id
        name
        number
        province
      }
    }
  }
  ${PolicyTarget_target}
  ${TaskDepartments_task}
  ${TaskProjects_project}
`;

interface PolicyTaskCardProps {
  task: PolicyTaskCard_TaskFragment;
  highlighted: boolean;
  /** The department the reader filters by, whose role the card names. */
  department: string | null;
  /** The page's URL with `task` set, so selecting a task keeps the filters. */
  taskHref: (taskId: string) => string;
  themeHref: (themeId: string) => string;
}

function Departments({ task }: { task: PolicyTaskCard_TaskFragment }) {
  const t = useT();
  const byRole = departmentsByRole(task);
  const roles = DEPARTMENT_ROLES.filter((role) => byRole[role].length > 0);
  if (roles.length === 0) return null;
  return (
    <dl className="departments task-departments">
      {roles.map((role) => (
        <div key={role} data-role={role}>
          <dt className="role">{t(ROLE_LABELS[role].zh, ROLE_LABELS[role].en)}</dt>
          <dd>
            {byRole[role].map((department, index) => (
              <Fragment key={department.id}>
                {index > 0 ? '、' : null}
                <Link to={entityPath(department.id)}>{department.name}</Link>
              </Fragment>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function AlignedTask({ task, taskHref }: Pick<PolicyTaskCardProps, 'task' | 'taskHref'>) {
  const t = useT();
  const { lang } = useLang();
  // Best first: the API orders similar tasks by score.
  const best = task.similarTasks[0];
  if (!best) return null;
  const other = best.task;
  const province = other.province ? provinceLabel(other.province, lang) : '';
  return (
    <div className="aligned-task">
      <p>
        <span className="aligned-label">{t(`${province}对应任务`, `Aligned ${province} task`)}</span>{' '}
        <Link to={taskHref(other.id)} className="aligned-link" data-task={other.id}>
          {other.number}. {other.name}
        </Link>
      </p>
      <p className="aligned-meta">
        {t('相似度', 'Similarity')} {best.score.toFixed(2)}
        {best.sharedThemes.length > 0 ? (
          <>
            {' · '}
            {t('共同主题：', 'Shared themes: ')}
            {best.sharedThemes.join('、')}
          </>
        ) : null}
      </p>
    </div>
  );
}

/** One task of a plan: who is responsible, what it counts, and its nearest task in the other plan. */
export function PolicyTaskCard({ task, highlighted, department, taskHref, themeHref }: PolicyTaskCardProps) {
  const t = useT();
  const roles = department ? rolesOf(task, department) : [];
  return (
    <article
      id={`task-${task.id}`}
      className={highlighted ? 'policy-task highlighted' : 'policy-task'}
      aria-current={highlighted ? 'true' : undefined}
      tabIndex={-1}
      data-task={task.id}
    >
      <h4 className="task-title">
        <Link to={taskHref(task.id)} title={t('选中并分享此任务', 'Select and share this task')}>
          <span className="task-number">{task.number}.</span> {task.name}
        </Link>
      </h4>
      {roles.length > 0 ? (
        <p className="task-role">
          {t('所选部门：', 'Selected department: ')}
          {roles.map((role) => t(ROLE_LABELS[role].zh, ROLE_LABELS[role].en)).join(t('、', ', '))}
        </p>
      ) : null}
      {task.themes.length > 0 ? (
        <ul className="task-themes" aria-label={t('主题', 'Themes')}>
          {task.themes.map((theme) => (
            <li key={theme.id}>
              <Link to={themeHref(theme.id)}>{theme.name}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {task.text ? (
        <details className="task-text">
          <summary>{t('任务全文', 'Full text')}</summary>
          <p lang="zh-CN">{task.text}</p>
        </details>
      ) : null}
      <Departments task={task} />
      {task.targets.length > 0 ? (
        <section className="task-targets" aria-label={t('量化目标', 'Targets')}>
          <h5>{t('量化目标', 'Targets')}</h5>
          <ul>
            {task.targets.map((target) => (
              <PolicyTarget key={target.id} target={target} />
            ))}
          </ul>
        </section>
      ) : null}
      <TaskProjects taskId={task.id} projects={task.projects} />
      <AlignedTask task={task} taskHref={taskHref} />
    </article>
  );
}
