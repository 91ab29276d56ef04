import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { href, Link } from '../app/router.tsx';
import type { SearchStartQueryQuery, SearchStartQueryQueryVariables } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';

export const SearchStartQuery: TypedDocumentNode<SearchStartQueryQuery, SearchStartQueryQueryVariables> = gql`
  query SearchStartQuery {
    stats {
      nodes
      byKind {
        kind
        count
      }
    }
  }
`;

/** Queries that show what the graph answers well: a site type, a person, a pinyin spelling, a policy theme. */
const EXAMPLES: { query: string; zh: string; en: string }[] = [
  { query: '工业遗产', zh: '工业遗产', en: 'industrial heritage' },
  { query: '张謇', zh: '张謇', en: 'Zhang Jian' },
  { query: '纺织', zh: '纺织', en: 'textiles' },
  { query: 'jinling', zh: 'jinling（拼音）', en: 'jinling (pinyin)' },
  { query: '研学基地', zh: '研学基地', en: 'study bases' },
  { query: '工业博物馆', zh: '工业博物馆', en: 'industrial museums' },
];

/** What an empty search box shows: where to start, and how much the graph holds, each kind a way in. */
export function SearchStart() {
  const t = useT();
  const { lang } = useLang();
  const { data } = useQuery(SearchStartQuery);
  return (
    <div className="search-start">
      <h2>{t('试试这些', 'Try these')}</h2>
      <ul className="example-queries">
        {EXAMPLES.map((example) => (
          <li key={example.query}>
            <Link to={href('/', { q: example.query })}>{t(example.zh, example.en)}</Link>
          </li>
        ))}
      </ul>
      {data ? (
        <>
          <h2>{t('图谱收录', 'In the graph')}</h2>
          <p className="status" data-testid="graph-size">
            {t(`共 ${data.stats.nodes} 个实体`, `${data.stats.nodes} entities in all`)}
          </p>
          <ul className="kind-counts">
            {[...data.stats.byKind]
              .sort((a, b) => b.count - a.count)
              .map(({ kind, count }) => (
                <li key={kind}>
                  {/* Each kind is browsable: filters alone list its entities. */}
                  <Link to={href('/', { kinds: [kind] })}>
                    <span className="kind-count-label">{kindLabel(kind, lang)}</span>
                    <span className="kind-count-number">{count}</span>
                  </Link>
                </li>
              ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
