import { gql } from '@apollo/client';
import { entityPath, Link } from '../app/router.tsx';
import type { PolicyTaskPanel_TaskFragment } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { provinceLabel } from '../i18n/labels.ts';
import { filledRoles, ROLE_LABELS, TaskDepartments_task } from '../policy/task-departments.ts';
import { TaskProjects, TaskProjects_project } from '../policy/task-projects.tsx';

export const PolicyTaskPanel_task = gql`
  fragment PolicyTaskPanel_task on PolicyTask {
    id
    number
    text
    section {
      id
      name
    }
    ...TaskDepartments_task
    targets {
      id
      name
    }
    projects {
      id
      ...TaskProjects_project
    }
    similarTasks {
      score
      task {
        id
        name
        province
      }
    }
  }
  ${TaskDepartments_task}
  ${TaskProjects_project}
`;

/** A policy task in brief: its text, who answers for it, what it promises; the policy view has the rest. */
export function PolicyTaskPanel({
  task,
  description,
}: {
  task: PolicyTaskPanel_TaskFragment;
  /** The entity's description, shown above the panel; the task text is left out when it says the same. */
  description: string | null;
}) {
  const t = useT();
  const { lang } = useLang();
  const roles = filledRoles(task);
  return (
    <section className="entity-section policy-task-panel" aria-labelledby="policy-task-heading">
      <h2 id="policy-task-heading">
        {t('政策任务', 'Policy task')}
        {task.number ? t(`（第 ${task.number} 项）`, ` (no. ${task.number})`) : null}
      </h2>
      {task.section ? (
        <p className="status">
          {t('所属部分：', 'Section: ')}
          <Link to={entityPath(task.section.id)}>{task.section.name}</Link>
        </p>
      ) : null}
      {task.text && task.text !== description ? <p className="task-text">{task.text}</p> : null}
      {roles.length > 0 ? (
        <>
          <h3>{t('责任部门', 'Departments')}</h3>
          <dl className="task-roles">
            {roles.map((role) => (
              <div key={role.role}>
                <dt>{ROLE_LABELS[role.role][lang]}</dt>
                <dd>
                  {role.departments.map((department, index) => (
                    <span key={department.id}>
                      {index > 0 ? '、' : null}
                      <Link to={entityPath(department.id)}>{department.name}</Link>
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {task.targets.length > 0 ? (
        <>
          <h3>{t('量化目标', 'Targets')}</h3>
          <ul>
            {task.targets.map((target) => (
              <li key={target.id}>
                <Link to={entityPath(target.id)}>{target.name}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <TaskProjects taskId={task.id} projects={task.projects} />
      {task.similarTasks.length > 0 ? (
        <>
          <h3>{t('相似任务', 'Similar tasks')}</h3>
          <ul>
            {task.similarTasks.slice(0, 3).map(({ task: similar, score }) => (
              <li key={similar.id}>
                <Link to={entityPath(similar.id)}>{similar.name}</Link>
                <span className="status">
                  {' '}
                  {similar.province ? provinceLabel(similar.province, lang) : null}
                  {t(` · 相似度 ${score.toFixed(2)}`, ` · similarity ${score.toFixed(2)}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to="/policy">{t('在政策看板中查看全部任务', 'See every task on the policy dashboard')}</Link>
      </p>
    </section>
  );
}
