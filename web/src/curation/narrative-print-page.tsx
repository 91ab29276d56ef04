import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from '../app/router.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import type { NarrativePrintQueryQuery, NarrativePrintQueryQueryVariables } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';
import { sourceQualityNote, verificationNote } from './narrative-export.ts';
import { numberCitations, referenceQualities } from './print-citations.ts';
import './narrative-print.css';

const NarrativePrintQuery: TypedDocumentNode<NarrativePrintQueryQuery, NarrativePrintQueryQueryVariables> = gql`
  query NarrativePrintQuery($id: ID!) {
    narrative(id: $id) {
      id
      title
      description
      version
      createdBy
      updatedAt
      items {
        position
        caption
        note
        citations
        entity {
          id
          name
          kind
          verification {
            status
          }
          sources {
            quality {
              class
            }
          }
        }
      }
    }
  }
`;

/** A saved narrative laid out for paper: numbered items with their notes, then one numbered list of references. */
export function NarrativePrintPage({ id }: { id: string }) {
  const t = useT();
  const { lang } = useLang();
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

  const { references, itemReferences } = numberCitations(narrative.items.map((item) => item.citations));
  const qualities = referenceQualities(
    narrative.items.map((item) => ({
      citations: item.citations,
      qualities: item.entity.sources.map((source) => source.quality.class),
    })),
  );
  return (
    <main className="print-page">
      <div className="print-tools">
        {back}
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('打印', 'Print')}
        </button>
      </div>
      <article>
        <header>
          <h1>{narrative.title}</h1>
          <p className="print-meta">
            {t(
              `${narrative.createdBy} 策展 · 第 ${narrative.version} 版 · ${narrative.updatedAt.slice(0, 10)}`,
              `Curated by ${narrative.createdBy} · version ${narrative.version} · ${narrative.updatedAt.slice(0, 10)}`,
            )}
          </p>
          {narrative.description ? <p className="print-description">{narrative.description}</p> : null}
        </header>
        <ol className="print-items">
          {narrative.items.map((item, index) => (
            <li key={`${item.position}-${item.entity.id}`}>
              <h2>
                {item.entity.name}
                <span className="print-kind">{kindLabel(item.entity.kind, lang)}</span>
              </h2>
              <p className="print-verification">{verificationNote(item.entity.verification.status, lang)}</p>
              {item.caption ? <p className="print-caption">{item.caption}</p> : null}
              {item.note ? <p className="print-note">{item.note}</p> : null}
              {itemReferences[index]!.length > 0 ? (
                <p className="print-refs">
                  {t('参见', 'See')} {itemReferences[index]!.map((n) => `[${n}]`).join('')}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
        <section className="print-references" aria-labelledby="print-references-heading">
          <h2 id="print-references-heading">{t('参考文献', 'References')}</h2>
          {references.length === 0 ? (
            <p className="status">{t('条目没有记录来源。', 'The items record no sources.')}</p>
          ) : (
            <ol>
              {references.map((reference) => {
                const quality = qualities.get(reference);
                return (
                  <li key={reference}>
                    <span className="print-citation">{reference}</span>
                    {quality ? <span className="print-quality"> {sourceQualityNote(quality, lang)}</span> : null}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      </article>
    </main>
  );
}
