import { gql } from '@apollo/client';
import { entityPath, href, Link } from '../app/router.tsx';
import type { ProjectPanel_ProjectFragment } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { projectPeriod, projectStatusLabel, projectTypeLabel } from '../projects/project-labels.ts';

export const ProjectPanel_project = gql`
  fragment ProjectPanel_project on Project {
    projectType
    status
    startYear
    endYear
    note
    derivedFrom
    reuses {
      id
      name
    }
    serves {
      id
      name
    }
    resultedIn {
      id
      name
    }
    operators {
      id
      name
    }
    owners {
      id
      name
    }
    answersTasks {
      id
      name
    }
    answersTargets {
      id
      name
    }
  }
`;

/** The properties a project panel shows itself, left out of the entity page's general list. */
export const PROJECT_PANEL_KEYS: ReadonlySet<string> = new Set([
  'projectType',
  'status',
  'startYear',
  'endYear',
  'note',
  'derivedFrom',
]);

function Linked({ label, entities }: { label: string; entities: readonly { id: string; name: string }[] }) {
  if (entities.length === 0) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {entities.map((entity, index) => (
          <span key={entity.id}>
            {index > 0 ? '、' : null}
            <Link to={entityPath(entity.id)}>{entity.name}</Link>
          </span>
        ))}
      </dd>
    </div>
  );
}

/** A project in brief: type, status, period, what it reuses and serves, who runs it, the policy it answers. */
export function ProjectPanel({ project }: { project: ProjectPanel_ProjectFragment }) {
  const t = useT();
  const { lang } = useLang();
  const period = projectPeriod(project.startYear, project.endYear);
  return (
    <section className="entity-section project-panel" aria-labelledby="project-heading">
      <h2 id="project-heading">{t('项目', 'Project')}</h2>
      <dl className="task-roles project-facts">
        <div>
          <dt>{t('类型', 'Type')}</dt>
          <dd className="project-type">{projectTypeLabel(project.projectType, lang)}</dd>
        </div>
        <div>
          <dt>{t('状态', 'Status')}</dt>
          <dd className="project-status">{projectStatusLabel(project.status, lang)}</dd>
        </div>
        {period ? (
          <div>
            <dt>{t('时期', 'Period')}</dt>
            <dd>{period}</dd>
          </div>
        ) : null}
        <Linked label={t('活化利用', 'Reuses')} entities={project.reuses} />
        <Linked label={t('服务于', 'Serves')} entities={project.serves} />
        <Linked label={t('形成', 'Resulted in')} entities={project.resultedIn} />
        <Linked label={t('运营方', 'Operator')} entities={project.operators} />
        <Linked label={t('业主', 'Owner')} entities={project.owners} />
        <Linked label={t('落实任务', 'Answers task')} entities={project.answersTasks} />
        <Linked label={t('落实目标', 'Answers target')} entities={project.answersTargets} />
      </dl>
      {project.note ? <p className="project-note">{project.note}</p> : null}
      {project.derivedFrom ? (
        <p className="status">
          {t('由整理数据推得，依据关系 ', 'Derived from the curated data, from the relationship ')}
          <code>{project.derivedFrom}</code>
        </p>
      ) : null}
      <p>
        <Link to={href('/projects', { type: project.projectType })}>
          {t('在项目库中查看同类项目', 'See projects of this type in the project base')}
        </Link>
      </p>
    </section>
  );
}
