import { useT } from '../i18n/i18n.tsx';

export function MapPage() {
  const t = useT();
  return (
    <div className="view">
      <h1>{t('地图', 'Map')}</h1>
    </div>
  );
}
