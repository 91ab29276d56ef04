import { useT } from '../i18n/i18n.tsx';

export function TimelinePage() {
  const t = useT();
  return (
    <div className="view">
      <h1>{t('时间线', 'Timeline')}</h1>
    </div>
  );
}
