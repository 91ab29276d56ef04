import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, narrativePrintPath } from '../app/router.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import type { NarrativePageQueryQuery, NarrativePageQueryQueryVariables } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';
import { NarrativeArticle, NarrativeArticle_narrative } from './narrative-article.tsx';

const NarrativePageQuery: TypedDocumentNode<NarrativePageQueryQuery, NarrativePageQueryQueryVariables> = gql`
  query NarrativePageQuery($id: ID!) {
    narrative(id: $id) {
      ...NarrativeArticle_narrative
      publishedAt
      publishedBy
      editable
    }
  }
  ${NarrativeArticle_narrative}
`;

/**
 * A narrative for readers, where a search hit or suggestion of one leads: the same article as the print view,
 * inside the site, each item linked to its entity. A draft reached by its address says it is one.
 */
export function NarrativePage({ id }: { id: string }) {
  const t = useT();
  const { data, loading, error } = useQuery(NarrativePageQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const narrative = data?.narrative;
  useDocumentTitle(narrative?.title ?? t('叙事', 'Narrative'));

  if (loading && !data) return <p className="status view">{t('正在加载…', 'Loading…')}</p>;
  if (error || !narrative) {
    return (
      <div className="view narrative-view">
        <h1>{t('没有这篇叙事', 'No such narrative')}</h1>
        <p className={error ? 'error' : 'status'}>
          {error
            ? t('无法加载这篇叙事。', 'The narrative could not be loaded.')
            : t('它可能已被删除。', 'It may have been deleted.')}
        </p>
        <p>
          <Link to="/">{t('回到搜索', 'Back to search')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="view narrative-view print-page" data-narrative-id={narrative.id}>
      <p className="narrative-state">
        {narrative.publishedAt
          ? t(
              `叙事 · ${narrative.publishedBy ?? narrative.createdBy} 发布于 ${narrative.publishedAt.slice(0, 10)}`,
              `Narrative · published by ${narrative.publishedBy ?? narrative.createdBy} on ${narrative.publishedAt.slice(0, 10)}`,
            )
          : t('叙事草稿 · 尚未发布', 'Narrative draft · not published')}
      </p>
      <NarrativeArticle narrative={narrative} linked />
      <p className="print-tools">
        <Link to={narrativePrintPath(narrative.id)}>{t('打印版', 'Print version')}</Link>
        {narrative.editable ? (
          <Link to={`/curate?narrative=${encodeURIComponent(narrative.id)}`}>
            {t('在策展工作台中编辑', 'Edit in the workspace')}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
