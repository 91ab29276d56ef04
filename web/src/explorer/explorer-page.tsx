import { useT } from '../i18n/i18n.tsx';

export function ExplorerPage() {
  const t = useT();
  return (
    <div className="view">
      <h1>{t('图谱浏览', 'Graph explorer')}</h1>
    </div>
  );
}
