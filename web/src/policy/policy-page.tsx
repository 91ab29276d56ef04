import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { entityPath, href, Link, useLocation, useSetSearchParams } from '../app/router.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import type {
  PolicyPlansQueryQuery,
  PolicyPlansQueryQueryVariables,
  PolicyTaskCard_TaskFragment,
  PolicyTasksQueryQuery,
  PolicyTasksQueryQueryVariables,
} from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { provinceLabel } from '../i18n/labels.ts';
import { CompletenessReport } from './completeness-report.tsx';
import {
  departmentOptions,
  matchesFilters,
  readPolicyState,
  themeOptions,
  type PolicyViewState,
} from './policy-state.ts';
import { PolicyTaskCard, PolicyTaskCard_task } from './policy-task-card.tsx';
import './policy-page.css';

const PolicyPlansQuery: TypedDocumentNode<PolicyPlansQueryQuery, PolicyPlansQueryQueryVariables> = gql`
  query PolicyPlansQuery {
    policyDocuments {
      id
      name
      province
      period
      documentNumber
      issuers {
        id
        name
      }
      implements {
        id
        name
      }
      sections {
        id
        name
        number
        heading
        subsections {
          id
          name
          number
          heading
        }
      }
    }
  }
`;

/**
 * Tasks come as one flat page rather than inside the document tree: nested four lists deep, the
 * tree's estimated cost grows past the API's limit (10,000) once each task carries its departments
 * and targets. A page of 40 costs about 6,400; the two plans hold 30 tasks, and more pages follow if needed.
 */
const PolicyTasksQuery: TypedDocumentNode<PolicyTasksQueryQuery, PolicyTasksQueryQueryVariables> = gql`
  query PolicyTasksQuery($after: String) {
    entities(kinds: [PolicyTask], first: 40, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ... on PolicyTask {
            ...PolicyTaskCard_task
          }
        }
      }
    }
  }
  ${PolicyTaskCard_task}
`;

type Plan = PolicyPlansQueryQuery['policyDocuments'][number];
type Task = PolicyTaskCard_TaskFragment;

/** Every task, fetching further pages until there are none, in the order the API lists them. */
function usePolicyTasks() {
  const { data, dataState, error, loading, fetchMore } = useQuery(PolicyTasksQuery, { variables: { after: null } });
  const page = dataState === 'complete' ? data.entities : undefined;
  const after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  useEffect(() => {
    if (!after) return;
    void fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        entities: {
          ...fetchMoreResult.entities,
          edges: [...previous.entities.edges, ...fetchMoreResult.entities.edges],
        },
      }),
    });
  }, [after, fetchMore]);
  const tasks = useMemo(
    () => (page?.edges ?? []).flatMap(({ node }) => (node.__typename === 'PolicyTask' ? [node] : [])),
    [page],
  );
  return { tasks, error, loading: loading || after !== null };
}

/** A section's tasks under one heading; Anhui's 主要任务 is read through its four subsections. */
interface TaskGroup {
  id: string;
  heading: string;
  tasks: Task[];
}

function sectionHeading(section: { name: string; heading: string | null; number: number | null }): string {
  return section.heading ?? (section.number ? `${section.number}. ${section.name}` : section.name);
}

function taskGroups(plan: Plan, tasks: readonly Task[]): TaskGroup[] {
  const bySection = new Map<string, Task[]>();
  for (const task of tasks) {
    if (!task.section) continue;
    bySection.set(task.section.id, [...(bySection.get(task.section.id) ?? []), task]);
  }
  const groups: TaskGroup[] = [];
  for (const section of plan.sections) {
    const own = bySection.get(section.id);
    if (own) groups.push({ id: section.id, heading: sectionHeading(section), tasks: own });
    for (const subsection of section.subsections) {
      const nested = bySection.get(subsection.id);
      if (nested)
        groups.push({
          id: subsection.id,
          heading: `${sectionHeading(section)} ${sectionHeading(subsection)}`,
          tasks: nested,
        });
    }
  }
  for (const group of groups) group.tasks.sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  return groups;
}

interface PlanColumnProps {
  plan: Plan;
  tasks: readonly Task[];
  state: PolicyViewState;
  taskHref: (taskId: string) => string;
  themeHref: (themeId: string) => string;
}

function PlanColumn({ plan, tasks, state, taskHref, themeHref }: PlanColumnProps) {
  const t = useT();
  const { lang } = useLang();
  const own = tasks.filter((task) => task.province === plan.province);
  const shown = own.filter((task) => task.id === state.task || matchesFilters(task, state));
  const groups = taskGroups(plan, shown);
  const province = plan.province ? provinceLabel(plan.province, lang) : '';
  const filtered = Boolean(state.department || state.theme);
  const namesNoDepartments = own.every(
    (task) =>
      task.leadDepartments.length +
        task.participatingDepartments.length +
        task.responsiblePerDutyDepartments.length +
        task.jointlyResponsibleDepartments.length ===
      0,
  );
  return (
    <section
      className="plan-column"
      id={`plan-${plan.id}`}
      data-province={plan.province}
      aria-labelledby={`heading-${plan.id}`}
    >
      <h2 id={`heading-${plan.id}`}>
        <span className="plan-province">{province}</span> {plan.name}
      </h2>
      <p className="plan-meta">
        {plan.period ? <span>{t(`${plan.period} 年`, `${plan.period}`)}</span> : null}
        <span className="plan-count">
          {filtered
            ? t(`显示 ${shown.length} / ${own.length} 项任务`, `${shown.length} of ${own.length} tasks`)
            : t(`${own.length} 项任务`, `${own.length} tasks`)}
        </span>
      </p>
      {plan.issuers.length > 0 ? (
        <p className="plan-issuers">
          {t('印发单位：', 'Issued by: ')}
          {plan.issuers.map((issuer, index) => (
            <span key={issuer.id}>
              {index > 0 ? '、' : null}
              <Link to={entityPath(issuer.id)}>{issuer.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {state.department && namesNoDepartments ? (
        <p className="status">{t('该方案没有按任务列出责任部门。', 'This plan does not name departments per task.')}</p>
      ) : null}
      {groups.length === 0 && own.length > 0 ? (
        <p className="status">{t('没有符合筛选条件的任务。', 'No task matches the filters.')}</p>
      ) : null}
      {groups.map((group) => (
        <section key={group.id} className="task-group" aria-labelledby={`group-${group.id}`}>
          <h3 id={`group-${group.id}`}>{group.heading}</h3>
          {group.tasks.map((task) => (
            <PolicyTaskCard
              key={task.id}
              task={task}
              highlighted={task.id === state.task}
              department={state.department}
              taskHref={taskHref}
              themeHref={themeHref}
            />
          ))}
        </section>
      ))}
    </section>
  );
}

function PolicyFilters({ tasks, state }: { tasks: readonly Task[]; state: PolicyViewState }) {
  const t = useT();
  const setParams = useSetSearchParams();
  const departments = useMemo(() => departmentOptions(tasks), [tasks]);
  const themes = useMemo(() => themeOptions(tasks), [tasks]);
  return (
    <form
      className="policy-filters"
      role="search"
      aria-label={t('筛选任务', 'Filter tasks')}
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        <span>{t('责任部门', 'Department')}</span>
        <select
          name="dept"
          value={state.department ?? ''}
          onChange={(event) => setParams({ dept: event.target.value || null }, { replace: false })}
        >
          <option value="">{t('全部部门', 'All departments')}</option>
          {departments.map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}（{t(`${department.tasks} 项`, `${department.tasks}`)}）
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('主题', 'Theme')}</span>
        <select
          name="theme"
          value={state.theme ?? ''}
          onChange={(event) => setParams({ theme: event.target.value || null }, { replace: false })}
        >
          <option value="">{t('全部主题', 'All themes')}</option>
          {themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}（{t(`${theme.tasks} 项`, `${theme.tasks}`)}）
            </option>
          ))}
        </select>
      </label>
      {state.department || state.theme ? (
        <button type="button" onClick={() => setParams({ dept: null, theme: null }, { replace: false })}>
          {t('清除筛选', 'Clear filters')}
        </button>
      ) : null}
    </form>
  );
}

function PlansView({ state }: { state: PolicyViewState }) {
  const t = useT();
  const { lang } = useLang();
  const { search } = useLocation();
  const plans = useQuery(PolicyPlansQuery);
  const { tasks, error, loading } = usePolicyTasks();

  // A selected task (a shared link, or the aligned-task link) is brought into view and focused.
  const ready = !loading && tasks.length > 0;
  useEffect(() => {
    if (!ready || !state.task) return;
    const card = document.getElementById(`task-${state.task}`);
    if (!card) return;
    card.scrollIntoView({ block: 'center' });
    card.focus({ preventScroll: true });
  }, [ready, state.task]);

  const withParams = (update: Record<string, string | null>) => {
    const query: Record<string, string> = Object.fromEntries(search.entries());
    for (const [key, value] of Object.entries(update)) {
      if (value === null) delete query[key];
      else query[key] = value;
    }
    return href('/policy', query);
  };
  const taskHref = (taskId: string) => withParams({ task: taskId });
  const themeHref = (themeId: string) => withParams({ theme: themeId, task: null });

  if (plans.error || error)
    return (
      <p className="error" role="alert">
        {t('无法加载政策方案。', 'The policy plans could not be loaded.')}
      </p>
    );
  if (!plans.data || (loading && tasks.length === 0)) return <p className="status">{t('正在加载…', 'Loading…')}</p>;

  const documents = plans.data.policyDocuments;
  // The provinces' plans, Jiangsu first as the project names them; national plans head the page.
  const provincial = documents
    .filter((plan) => plan.province)
    .sort((a, b) => (a.province === '江苏' ? -1 : b.province === '江苏' ? 1 : a.id.localeCompare(b.id)));
  const national = documents.filter((plan) => !plan.province);
  const shownCount = tasks.filter((task) => task.id === state.task || matchesFilters(task, state)).length;

  return (
    <>
      {national.map((plan) => {
        const implementers = provincial.filter((provincialPlan) =>
          provincialPlan.implements.some((implemented) => implemented.id === plan.id),
        );
        if (implementers.length === 0) return null;
        const provinces = implementers.map((implementer) => provinceLabel(implementer.province ?? '', lang));
        return (
          <p key={plan.id} className="national-plan">
            {implementers.length > 1
              ? t(
                  `${provinces.join('、')}的方案共同落实国家`,
                  `The ${provinces.join(' and ')} plans both implement the national `,
                )
              : t(`${provinces.join('')}的方案落实国家`, `The ${provinces.join('')} plan implements the national `)}
            <Link to={entityPath(plan.id)}>《{plan.name}》</Link>
            {plan.documentNumber ? <span className="document-number">（{plan.documentNumber}）</span> : null}
          </p>
        );
      })}
      <PolicyFilters tasks={tasks} state={state} />
      <p className="visually-hidden" aria-live="polite">
        {t(`显示 ${shownCount} 项任务`, `${shownCount} tasks shown`)}
      </p>
      <nav className="plan-jump" aria-label={t('跳到方案', 'Jump to a plan')}>
        {provincial.map((plan) => (
          <a key={plan.id} href={`#plan-${plan.id}`}>
            {plan.province ? provinceLabel(plan.province, lang) : plan.name}
          </a>
        ))}
      </nav>
      <div className="plan-columns">
        {provincial.map((plan) => (
          <PlanColumn key={plan.id} plan={plan} tasks={tasks} state={state} taskHref={taskHref} themeHref={themeHref} />
        ))}
      </div>
    </>
  );
}

/** The two provinces' plans side by side, and what the survey behind the graph still lacks. */
export function PolicyPage() {
  const t = useT();
  const { search } = useLocation();
  const state = readPolicyState(search);
  useDocumentTitle(state.tab === 'completeness' ? t('数据完整性', 'Completeness') : t('政策', 'Policy'));

  const tabs = [
    { id: 'plans', zh: '两省方案对照', en: 'The two plans' },
    { id: 'completeness', zh: '数据完整性', en: 'Completeness' },
  ] as const;

  return (
    <div className="view policy-page">
      <h1>{t('工业文化政策', 'Industrial culture policy')}</h1>
      <nav className="policy-tabs" aria-label={t('政策页面分区', 'Policy page parts')}>
        {tabs.map((tab) => (
          <Link
            key={tab.id}
            to={href('/policy', { tab: tab.id === 'plans' ? null : tab.id })}
            aria-current={state.tab === tab.id ? 'page' : undefined}
          >
            {t(tab.zh, tab.en)}
          </Link>
        ))}
      </nav>
      {state.tab === 'completeness' ? <CompletenessReport openKinds={state.openKinds} /> : <PlansView state={state} />}
    </div>
  );
}
