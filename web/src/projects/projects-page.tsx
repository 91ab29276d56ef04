import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { type ChangeEvent } from 'react';
import { entityPath, Link, useLocation, useSetSearchParams } from '../app/router.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import type {
  ProjectFilterOptionsQueryQuery,
  ProjectFilterOptionsQueryQueryVariables,
  ProjectsPageQueryQuery,
  ProjectsPageQueryQueryVariables,
} from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { provinceLabel } from '../i18n/labels.ts';
import { ProjectRow, ProjectRow_project } from './project-row.tsx';
import { projectStatusLabel, projectTypeLabel } from './project-labels.ts';
import { projectFilter, projectsHref, readProjectsState } from './projects-state.ts';
import './projects-page.css';

/** Projects per page: each row carries its links, so 50 stays well inside the API's cost limit. */
const PAGE_SIZE = 50;

const ProjectsPageQuery: TypedDocumentNode<ProjectsPageQueryQuery, ProjectsPageQueryQueryVariables> = gql`
  query ProjectsPageQuery($filter: ProjectFilter, $first: Int, $after: String) {
    projects(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      countsByType {
        type
        count
      }
      countsByStatus {
        status
        count
      }
      nodes {
        id
        ...ProjectRow_project
      }
    }
  }
  ${ProjectRow_project}
`;

/** The choices of the task and city filters: every policy task, and the cities that hold projects. */
const ProjectFilterOptionsQuery: TypedDocumentNode<
  ProjectFilterOptionsQueryQuery,
  ProjectFilterOptionsQueryQueryVariables
> = gql`
  query ProjectFilterOptionsQuery {
    entities(kinds: [PolicyTask], first: 100) {
      edges {
        node {
          id
          name
          province
          ... on PolicyTask {
            number
          }
        }
      }
    }
    stats {
      byCity(kinds: [Project]) {
        province
        city
        count
      }
    }
  }
`;

/** The project base: every project, filtered by type, status, province, city and the policy task it answers. */
export function ProjectsPage() {
  const t = useT();
  const { lang } = useLang();
  const { search } = useLocation();
  const setParams = useSetSearchParams();
  const state = readProjectsState(search);
  useDocumentTitle(t('项目库', 'Project base'));

  const { data, error, loading } = useQuery(ProjectsPageQuery, {
    variables: { filter: projectFilter(state), first: PAGE_SIZE, after: state.after },
  });
  const options = useQuery(ProjectFilterOptionsQuery);
  const projects = data?.projects;
  const tasks = (options.data?.entities.edges ?? [])
    .map((edge) => edge.node)
    .filter((task) => state.province === null || task.province === state.province);
  const cities = (options.data?.stats.byCity ?? []).filter(
    (city) => state.province === null || city.province === state.province,
  );

  // A new filter starts again at the first page.
  const choose = (name: string) => (event: ChangeEvent<HTMLSelectElement>) =>
    setParams({ [name]: event.target.value || null, after: null });

  return (
    <div className="view projects-page">
      <h1>{t('项目库', 'Project base')}</h1>
      <p className="status">
        {t(
          '活化利用、工业旅游、研学、工艺美术特色区域和工业文化发展项目；由整理数据推得的项目注明来源。',
          'Heritage reuse, industrial tourism, study, craft regions and development projects; those derived from the curated data say from what.',
        )}
      </p>
      <form className="project-filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('类型', 'Type')}
          <select name="type" value={state.type ?? ''} onChange={choose('type')}>
            <option value="">{t('全部类型', 'All types')}</option>
            {(projects?.countsByType ?? []).map(({ type, count }) => (
              <option key={type} value={type}>
                {projectTypeLabel(type, lang)} ({count})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('状态', 'Status')}
          <select name="status" value={state.status ?? ''} onChange={choose('status')}>
            <option value="">{t('全部状态', 'All statuses')}</option>
            {(projects?.countsByStatus ?? []).map(({ status, count }) => (
              <option key={status} value={status}>
                {projectStatusLabel(status, lang)} ({count})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('省份', 'Province')}
          <select
            name="province"
            value={state.province ?? ''}
            onChange={(event) =>
              setParams({ province: event.target.value || null, city: null, task: null, after: null })
            }
          >
            <option value="">{t('两省', 'Both provinces')}</option>
            {['江苏', '安徽'].map((province) => (
              <option key={province} value={province}>
                {provinceLabel(province, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('城市', 'City')}
          <select name="city" value={state.city ?? ''} onChange={choose('city')}>
            <option value="">{t('全部城市', 'All cities')}</option>
            {state.city && !cities.some((c) => c.city === state.city) ? (
              <option value={state.city}>{state.city}</option>
            ) : null}
            {cities.map(({ city, count }) => (
              <option key={city} value={city}>
                {city} ({count})
              </option>
            ))}
          </select>
        </label>
        <label className="task-filter">
          {t('政策任务', 'Policy task')}
          <select name="task" value={state.task ?? ''} onChange={choose('task')}>
            <option value="">{t('不限任务', 'Any task')}</option>
            {state.task && !tasks.some((task) => task.id === state.task) ? (
              <option value={state.task}>{state.task}</option>
            ) : null}
            {tasks.map((task) => (
              <option key={task.id} value={task.id}>
                {task.province ? `${provinceLabel(task.province, lang)} ` : ''}
                {task.__typename === 'PolicyTask' && task.number ? `${task.number}. ` : ''}
                {task.name}
              </option>
            ))}
          </select>
        </label>
        {state.type || state.status || state.province || state.city || state.task ? (
          <Link to="/projects">{t('清除筛选', 'Clear filters')}</Link>
        ) : null}
      </form>

      {error ? (
        <p role="alert" className="error">
          {t('无法加载项目：', 'Cannot load the projects: ')}
          {error.message}
        </p>
      ) : null}
      {loading && !projects ? <p className="status">{t('正在加载…', 'Loading…')}</p> : null}
      {projects ? (
        <>
          <p className="status projects-total" aria-live="polite">
            {t(`共 ${projects.totalCount} 个项目`, `${projects.totalCount} projects`)}
          </p>
          {projects.nodes.length === 0 ? (
            <p className="status">{t('没有符合条件的项目。', 'No project matches these filters.')}</p>
          ) : (
            <ul className="project-list">
              {projects.nodes.map((project) => (
                <ProjectRow key={project.id} project={project} />
              ))}
            </ul>
          )}
          <p className="project-pages">
            {state.after ? (
              <Link to={projectsHref({ ...state, after: null })}>{t('回到第一页', 'Back to the first page')}</Link>
            ) : null}{' '}
            {projects.pageInfo.hasNextPage && projects.pageInfo.endCursor ? (
              <Link to={projectsHref({ ...state, after: projects.pageInfo.endCursor })}>
                {t('下一页', 'Next page')}
              </Link>
            ) : null}
          </p>
        </>
      ) : null}
      <p>
        <Link to="/policy">
          {t('在政策看板中查看各任务的项目', "See each task's projects on the policy dashboard")}
        </Link>
        {' · '}
        <Link to={entityPath('policy-jiangsu-2021-2025-t06')}>
          {t('江苏任务 6：培育工业遗产重点项目', 'Jiangsu task 6: key heritage projects')}
        </Link>
      </p>
    </div>
  );
}
