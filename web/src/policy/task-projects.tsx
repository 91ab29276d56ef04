import { gql } from '@apollo/client';
import { entityPath, href, Link } from '../app/router.tsx';
import type { TaskProjects_ProjectFragment } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { projectStatusLabel, projectTypeLabel } from '../projects/project-labels.ts';

export const TaskProjects_project = gql`
  fragment TaskProjects_project on Project {
    id
    name
    projectType
    status
  }
`;

/** The projects that answer a task or its targets (ANSWERS), with a link to the project base filtered by the task. */
export function TaskProjects({
  taskId,
  projects,
}: {
  taskId: string;
  projects: readonly TaskProjects_ProjectFragment[];
}) {
  const t = useT();
  const { lang } = useLang();
  if (projects.length === 0) return null;
  return (
    <section className="task-projects" aria-label={t('落实项目', 'Projects answering the task')}>
      <h5>{t(`落实项目（${projects.length}）`, `Projects (${projects.length})`)}</h5>
      <ul>
        {projects.map((project) => (
          <li key={project.id} data-project={project.id}>
            <Link to={entityPath(project.id)}>{project.name}</Link>{' '}
            <span className="project-status">
              {projectTypeLabel(project.projectType, lang)} · {projectStatusLabel(project.status, lang)}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <Link to={href('/projects', { task: taskId })}>{t('在项目库中查看', 'Open in the project base')}</Link>
      </p>
    </section>
  );
}
