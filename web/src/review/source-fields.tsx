import { useId } from 'react';
import { useT } from '../i18n/i18n.tsx';

export interface SourceDraft {
  url: string;
  document: string;
}

export const EMPTY_SOURCE: SourceDraft = { url: '', document: '' };

/** The source as the API takes it, or null when neither its url nor its title is given. */
export function sourceInput(draft: SourceDraft): { url?: string; document?: string } | null {
  const url = draft.url.trim();
  const document = draft.document.trim();
  if (!url && !document) return null;
  return { ...(url ? { url } : {}), ...(document ? { document } : {}) };
}

/** A source's url and title, one of which a verification or a correction must name. */
export function SourceFields({ value, onChange }: { value: SourceDraft; onChange: (next: SourceDraft) => void }) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="review-source">
      <legend>{t('核对所依据的来源（网址或文献名，至少一项）', 'Source checked (url or title, at least one)')}</legend>
      <label htmlFor={`${id}-url`}>{t('来源网址', 'Source url')}</label>
      <input
        id={`${id}-url`}
        type="url"
        value={value.url}
        onChange={(event) => onChange({ ...value, url: event.target.value })}
      />
      <label htmlFor={`${id}-document`}>{t('来源文献名', 'Source title')}</label>
      <input
        id={`${id}-document`}
        value={value.document}
        onChange={(event) => onChange({ ...value, document: event.target.value })}
      />
    </fieldset>
  );
}
