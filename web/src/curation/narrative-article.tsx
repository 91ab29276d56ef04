import { gql } from '@apollo/client';
import { entityPath, Link } from '../app/router.tsx';
import type { NarrativeArticle_NarrativeFragment } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';
import { sourceQualityNote, verificationNote } from './narrative-export.ts';
import { numberCitations, referenceQualities } from './print-citations.ts';
import './narrative-print.css';

export const NarrativeArticle_narrative = gql`
  fragment NarrativeArticle_narrative on Narrative {
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
`;

/**
 * A narrative as a reader gets it, on screen or on paper: numbered items with their notes, then one numbered
 * list of references. On screen (`linked`) each item's name opens its entity page; paper has no links.
 */
export function NarrativeArticle({
  narrative,
  linked = false,
}: {
  narrative: NarrativeArticle_NarrativeFragment;
  linked?: boolean;
}) {
  const t = useT();
  const { lang } = useLang();
  const { references, itemReferences } = numberCitations(narrative.items.map((item) => item.citations));
  const qualities = referenceQualities(
    narrative.items.map((item) => ({
      citations: item.citations,
      qualities: item.entity.sources.map((source) => source.quality.class),
    })),
  );
  const date = narrative.updatedAt.slice(0, 10);
  return (
    <article>
      <header>
        <h1>{narrative.title}</h1>
        <p className="print-meta">
          {t(
            `${narrative.createdBy} 策展 · 第 ${narrative.version} 版 · ${date}`,
            `Curated by ${narrative.createdBy} · version ${narrative.version} · ${date}`,
          )}
        </p>
        {narrative.description ? <p className="print-description">{narrative.description}</p> : null}
      </header>
      <ol className="print-items">
        {narrative.items.map((item, index) => (
          <li key={`${item.position}-${item.entity.id}`}>
            <h2>
              {linked ? (
                <Link to={entityPath(item.entity.id, item.entity.kind)}>{item.entity.name}</Link>
              ) : (
                item.entity.name
              )}
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
  );
}
