import { useT } from '../i18n/i18n.tsx';

export function WorkspacePage() {
  const t = useT();
  return (
    <div className="view">
      <h1>{t('策展', 'Curate')}</h1>
    </div>
  );
}
