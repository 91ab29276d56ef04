import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { apiRefusal } from './api-errors.ts';
import { useCuratorToken } from './curator-session.ts';
import { RestoreRetractionMutation, RetractableQuery, RetractEntityMutation } from './entity-curation-operations.ts';
import './entity-curation.css';

/**
 * "Retract" on the page of an entity the signed-in curator created, asking why; once retracted, "undo" restores
 * it. Nothing shows for anyone else (the API would refuse them anyway).
 */
export function RetractControl({ entityId }: { entityId: string }) {
  const t = useT();
  const token = useCuratorToken();
  const allowed = useQuery(RetractableQuery, {
    variables: { id: entityId },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const [retract, retracting] = useMutation(RetractEntityMutation);
  const [restore, restoring] = useMutation(RestoreRetractionMutation);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [retractionId, setRetractionId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!token || (!allowed.data?.retractable && !retractionId)) return null;

  async function onRetract(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await retract({ variables: { id: entityId, reason } });
      setRetractionId(data?.retractEntity.id ?? null);
      setAsking(false);
    } catch (error) {
      setProblem(apiRefusal(error).message);
    }
  }

  async function onRestore() {
    if (!retractionId) return;
    setProblem(null);
    try {
      await restore({ variables: { id: retractionId } });
      setRetractionId(null);
    } catch (error) {
      setProblem(apiRefusal(error).message);
    }
  }

  return (
    <div className="retract-control">
      {retractionId ? (
        <p role="status">
          {t('已撤回：它已从图谱和搜索中移除。', 'Retracted: it is gone from the graph and from search.')}{' '}
          <button type="button" onClick={() => void onRestore()} disabled={restoring.loading}>
            {t('撤销撤回', 'Undo')}
          </button>
        </p>
      ) : asking ? (
        <form onSubmit={(event) => void onRetract(event)}>
          <label>
            {t('撤回原因', 'Why retract it')}
            <input required value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <button type="submit" disabled={retracting.loading}>
            {t('确认撤回', 'Retract')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('取消', 'Cancel')}
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          {t('撤回我创建的这个实体', 'Retract this entity I created')}
        </button>
      )}
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}
