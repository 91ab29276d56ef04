import { gql } from '@apollo/client';
import type { EntitySources_SourceFragment } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';
import { SourceQualityBadge } from '../verification/source-quality-badge.tsx';

export const EntitySources_source = gql`
  fragment EntitySources_source on Source {
    document
    locator
    url
    takenAt
    quality {
      class
      setBy
      reason
    }
  }
`;

/** Where facts were taken from: the document, where in it, a link when there is one, when, and its quality class. */
export function EntitySources({ sources }: { sources: EntitySources_SourceFragment[] }) {
  const t = useT();
  if (sources.length === 0) return <p className="status">{t('没有记录来源。', 'No sources recorded.')}</p>;
  return (
    <ul className="sources">
      {sources.map((source, index) => (
        <li key={`${source.url ?? source.document ?? ''}-${index}`} className="source">
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.document ?? source.url}
            </a>
          ) : (
            <span className="source-document">{source.document ?? t('未注明文献', 'Unnamed document')}</span>
          )}
          {source.locator ? <span className="source-locator">{source.locator}</span> : null}
          {source.takenAt ? (
            <span className="source-taken">{t(`采集于 ${source.takenAt}`, `taken ${source.takenAt}`)}</span>
          ) : null}
          <SourceQualityBadge
            quality={source.quality.class}
            byCurator={source.quality.setBy === 'CURATOR'}
            reason={source.quality.reason}
          />
        </li>
      ))}
    </ul>
  );
}
