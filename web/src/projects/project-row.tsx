import { gql } from '@apollo/client';
import { entityPath, Link } from '../app/router.tsx';
import type { ProjectRow_ProjectFragment } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { provinceLabel } from '../i18n/labels.ts';
import { projectPeriod, projectStatusLabel, projectTypeLabel } from './project-labels.ts';

export const ProjectRow_project = gql`
  fragment ProjectRow_project on Project {
    id
    name
    province
    city
    projectType
    status
    startYear
    endYear
    derivedFrom
    reuses {
      id
      name
    }
    answersTasks {
      id
      name
    }
  }
`;

/** One project in the list: what it is, where, how far along, what it reuses and which task it answers. */
export function ProjectRow({ project }: { project: ProjectRow_ProjectFragment }) {
  const t = useT();
  const { lang } = useLang();
  const place = [project.province ? provinceLabel(project.province, lang) : null, project.city].filter(Boolean);
  const period = projectPeriod(project.startYear, project.endYear);
  return (
    <li className="project-row" data-project={project.id} data-status={project.status}>
      <h2>
        <Link to={entityPath(project.id)}>{project.name}</Link>
      </h2>
      <p className="project-meta">
        <span className="project-type">{projectTypeLabel(project.projectType, lang)}</span>
        <span className="project-status" data-status={project.status}>
          {projectStatusLabel(project.status, lang)}
        </span>
        {place.length > 0 ? <span>{place.join(' · ')}</span> : null}
        {period ? <span>{period}</span> : null}
        {project.derivedFrom ? (
          <span className="project-derived">{t('由整理数据推得', 'Derived from the curated data')}</span>
        ) : null}
      </p>
      {project.reuses.length > 0 ? (
        <p>
          {t('活化利用：', 'Reuses: ')}
          {project.reuses.map((site, index) => (
            <span key={site.id}>
              {index > 0 ? '、' : null}
              <Link to={entityPath(site.id)}>{site.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {project.answersTasks.length > 0 ? (
        <p>
          {t('落实任务：', 'Answers: ')}
          {project.answersTasks.map((task, index) => (
            <span key={task.id}>
              {index > 0 ? '、' : null}
              <Link to={entityPath(task.id)}>{task.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
