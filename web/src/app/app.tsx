import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useCuratorToken } from '../curation/curator-session.ts';
import { useNarrativeDraft } from '../curation/narrative-draft.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { SearchPage } from '../search/search-page.tsx';
import { Link, useLocation } from './router.tsx';

// Search is the front page and ships in the first bundle; every other view loads when opened.
const EntityPage = lazy(() => import('../entity/entity-page.tsx').then((m) => ({ default: m.EntityPage })));
const ExplorerPage = lazy(() => import('../explorer/explorer-page.tsx').then((m) => ({ default: m.ExplorerPage })));
const MapPage = lazy(() => import('../map/map-page.tsx').then((m) => ({ default: m.MapPage })));
const TimelinePage = lazy(() => import('../timeline/timeline-page.tsx').then((m) => ({ default: m.TimelinePage })));
const PolicyPage = lazy(() => import('../policy/policy-page.tsx').then((m) => ({ default: m.PolicyPage })));
const ProjectsPage = lazy(() => import('../projects/projects-page.tsx').then((m) => ({ default: m.ProjectsPage })));
const WorkspacePage = lazy(() => import('../curation/workspace-page.tsx').then((m) => ({ default: m.WorkspacePage })));
const ReviewPage = lazy(() => import('../review/review-page.tsx').then((m) => ({ default: m.ReviewPage })));
const NarrativePrintPage = lazy(() =>
  import('../curation/narrative-print-page.tsx').then((m) => ({ default: m.NarrativePrintPage })),
);
const NarrativePage = lazy(() => import('../curation/narrative-page.tsx').then((m) => ({ default: m.NarrativePage })));

/** The view for a path; ids in paths are URI-encoded because relationship and task ids hold `|` and other marks. */
function routeView(pathname: string): ReactNode {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  switch (segments[0]) {
    case undefined:
    case 'search':
      return <SearchPage />;
    case 'entity':
      return segments[1] ? <EntityPage id={segments[1]} /> : <NotFound />;
    case 'narrative':
      return segments[1] && segments.length === 2 ? <NarrativePage id={segments[1]} /> : <NotFound />;
    case 'explore':
      return <ExplorerPage />;
    case 'map':
      return <MapPage />;
    case 'timeline':
      return <TimelinePage />;
    case 'policy':
      return <PolicyPage />;
    case 'projects':
      return <ProjectsPage />;
    case 'curate':
      if (segments[1] === 'review' && segments.length === 2) return <ReviewPage />;
      if (segments[1] && segments[2] === 'print') return <NarrativePrintPage id={segments[1]} />;
      return <WorkspacePage />;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  const t = useT();
  return (
    <div className="view">
      <h1>{t('没有这个页面', 'Page not found')}</h1>
      <p>
        <Link to="/">{t('回到搜索', 'Back to search')}</Link>
      </p>
    </div>
  );
}

const NAV: { path: string; zh: string; en: string }[] = [
  { path: '/', zh: '搜索', en: 'Search' },
  { path: '/explore', zh: '图谱', en: 'Graph' },
  { path: '/map', zh: '地图', en: 'Map' },
  { path: '/timeline', zh: '时间线', en: 'Timeline' },
  { path: '/policy', zh: '政策', en: 'Policy' },
  { path: '/projects', zh: '项目库', en: 'Projects' },
  { path: '/curate', zh: '策展', en: 'Curate' },
];

function isCurrent(navPath: string, pathname: string): boolean {
  if (navPath === '/')
    return (
      pathname === '/' ||
      pathname.startsWith('/search') ||
      pathname.startsWith('/entity') ||
      pathname.startsWith('/narrative')
    );
  return pathname.startsWith(navPath);
}

export function App() {
  const { pathname } = useLocation();
  const { lang, setLang } = useLang();
  const t = useT();
  const token = useCuratorToken();
  const draft = useNarrativeDraft();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // After a navigation, focus moves to the new view so a screen reader starts reading there.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);

  if (pathname.endsWith('/print')) {
    return <Suspense fallback={<p className="status">{t('正在加载…', 'Loading…')}</p>}>{routeView(pathname)}</Suspense>;
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('跳到正文', 'Skip to content')}
      </a>
      <header className="site-header">
        <Link to="/" className="site-title">
          {t('工业文化知识图谱', 'Industrial Culture Graph')}
          <span className="site-subtitle">{t('江苏 · 安徽', 'Jiangsu · Anhui')}</span>
        </Link>
        <nav aria-label={t('主导航', 'Main')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.path}>
                <Link to={item.path} aria-current={isCurrent(item.path, pathname) ? 'page' : undefined}>
                  {item[lang]}
                  {item.path === '/curate' && draft.items.length > 0 ? (
                    <span
                      className="badge"
                      aria-label={t(`草稿 ${draft.items.length} 项`, `${draft.items.length} in draft`)}
                    >
                      {draft.items.length}
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          {token ? <span className="signed-in">{t('策展人已登录', 'Curator signed in')}</span> : null}
          <button
            type="button"
            className="lang-switch"
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {lang === 'zh' ? 'English' : '中文'}
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p className="status">{t('正在加载…', 'Loading…')}</p>}>{routeView(pathname)}</Suspense>
      </main>
    </>
  );
}
