import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from '../app/router.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import type { NarrativePrintQueryQuery, NarrativePrintQueryQueryVariables } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';
import { NarrativeArticle, NarrativeArticle_narrative } from './narrative-article.tsx';

const NarrativePrintQuery: TypedDocumentNode<NarrativePrintQueryQuery, NarrativePrintQueryQueryVariables> = gql`
  query NarrativePrintQuery($id: ID!) {
    narrative(id: $id) {
      ...NarrativeArticle_narrative
    }
  }
  ${NarrativeArticle_narrative}
`;

/** A saved narrative laid out for paper: numbered items with their notes, then one numbered list of references. */
export function NarrativePrintPage({ id }: { id: string }) {
  const t = useT();
  const { data, loading, error } = useQuery(NarrativePrintQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const narrative = data?.narrative;
  useDocumentTitle(narrative?.title ?? t('打印叙事', 'Print narrative'));

  const back = (
    <Link to={`/curate?narrative=${encodeURIComponent(id)}`}>{t('返回策展工作台', 'Back to the workspace')}</Link>
  );
  if (loading && !data) return <p className="status print-page">{t('正在加载…', 'Loading…')}</p>;
  if (error || !narrative) {
    return (
      <main className="print-page">
        <h1>{t('没有这篇叙事', 'No such narrative')}</h1>
        <p className={error ? 'error' : 'status'}>
          {error
            ? t('无法加载这篇叙事。', 'The narrative could not be loaded.')
            : t('它可能已被删除。', 'It may have been deleted.')}
        </p>
        <p>{back}</p>
      </main>
    );
  }

  return (
    <main className="print-page">
      <div className="print-tools">
        {back}
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('打印', 'Print')}
        </button>
      </div>
      <NarrativeArticle narrative={narrative} />
    </main>
  );
}
