import type { SourceQualityClass } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { SOURCE_QUALITY_LABELS } from './verification-labels.ts';
import './verification.css';

/** A compact mark of a source's class; says so when a curator set it rather than the rules. */
export function SourceQualityBadge({
  quality,
  byCurator = false,
  reason,
}: {
  quality: SourceQualityClass;
  byCurator?: boolean;
  reason?: string | null;
}) {
  const t = useT();
  const { lang } = useLang();
  return (
    <span
      className={`source-quality source-quality-${quality.toLowerCase()}`}
      data-source-quality={quality}
      title={reason ?? undefined}
    >
      {SOURCE_QUALITY_LABELS[quality][lang]}
      {byCurator ? <span className="source-quality-curator">{t('（策展人更正）', ' (curator)')}</span> : null}
    </span>
  );
}
