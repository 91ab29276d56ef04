import { useT } from '../i18n/i18n.tsx';

export function EntityPage({ id }: { id: string }) {
  const t = useT();
  return (
    <div className="view">
      <h1>{id}</h1>
    </div>
  );
}
