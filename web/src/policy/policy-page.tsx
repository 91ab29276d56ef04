import { useT } from '../i18n/i18n.tsx';

export function PolicyPage() {
  const t = useT();
  return (
    <div className="view">
      <h1>{t('政策', 'Policy')}</h1>
    </div>
  );
}
