import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { apiRefusal } from '../curation/api-errors.ts';
import type { ReviewProposal_ProposalFragment } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';
import { ApproveProposalMutation, RejectProposalMutation, ReviewProposalsQuery } from './review-operations.ts';

/** Changes to verified facts waiting for a second curator; the proposer's own can only be withdrawn. */
export function ReviewProposals({ onDecided }: { onDecided: () => void }) {
  const t = useT();
  const headingId = useId();
  const proposals = useQuery(ReviewProposalsQuery, {
    fetchPolicy: 'network-only',
    variables: {},
  });
  const list = proposals.data?.reviewProposals ?? [];
  const decided = async () => {
    await proposals.refetch();
    onDecided();
  };
  return (
    <section className="review-proposals" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('待第二位策展人批准的修改', 'Changes waiting for a second curator')} ({list.length})
      </h2>
      {proposals.error ? (
        <p role="alert">{apiRefusal(proposals.error).message}</p>
      ) : list.length === 0 ? (
        <p className="status">
          {proposals.loading ? t('正在加载…', 'Loading…') : t('没有待批准的修改。', 'No changes waiting.')}
        </p>
      ) : (
        <ul className="review-items">
          {list.map((proposal) => (
            <ProposalItem key={proposal.id} proposal={proposal} onDecided={decided} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProposalItem({
  proposal,
  onDecided,
}: {
  proposal: ReviewProposal_ProposalFragment;
  onDecided: () => Promise<void>;
}) {
  const t = useT();
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [approve, approving] = useMutation(ApproveProposalMutation);
  const [reject, rejectingNow] = useMutation(RejectProposalMutation);

  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
      await onDecided();
    } catch (error) {
      setProblem(apiRefusal(error).message);
    }
  };

  return (
    <li className="review-proposal" data-proposal-id={proposal.id} data-target={proposal.target}>
      <div className="review-item-head">
        <span className="review-label">{proposal.label}</span>{' '}
        <span className="review-who">
          {t(
            `${proposal.proposedBy} 于 ${proposal.proposedAt.slice(0, 10)} 提议`,
            `proposed by ${proposal.proposedBy} on ${proposal.proposedAt.slice(0, 10)}`,
          )}
        </span>
      </div>
      <table className="review-changes">
        <caption className="visually-hidden">{t('修改的字段', 'Fields changed')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('字段', 'Field')}</th>
            <th scope="col">{t('已核实版本', 'Verified version')}</th>
            <th scope="col">{t('提议版本', 'Proposed version')}</th>
          </tr>
        </thead>
        <tbody>
          {proposal.changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{change.field}</th>
              <td>{change.before ?? '—'}</td>
              <td>{change.after ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {proposal.mine ? (
        <p className="hint">
          {t(
            '这是你提议的修改，需由另一位策展人批准；你可以撤回。',
            'You proposed this change: another curator must approve it. You may withdraw it.',
          )}
        </p>
      ) : null}
      <div className="review-actions">
        {!proposal.mine ? (
          <button
            type="button"
            disabled={approving.loading}
            onClick={() => run(() => approve({ variables: { id: proposal.id } }))}
          >
            {t('批准', 'Approve')}
          </button>
        ) : null}
        <button type="button" aria-expanded={rejecting} onClick={() => setRejecting(!rejecting)}>
          {proposal.mine ? t('撤回', 'Withdraw') : t('驳回', 'Reject')}
        </button>
      </div>
      {rejecting ? (
        <form
          className="review-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!note.trim()) return setProblem(t('请说明驳回理由。', 'Say why.'));
            void run(() => reject({ variables: { id: proposal.id, note } }));
          }}
        >
          <label htmlFor={`${id}-note`}>{t('驳回理由（必填）', 'Why (required)')}</label>
          <textarea id={`${id}-note`} required value={note} onChange={(event) => setNote(event.target.value)} />
          <button type="submit" disabled={rejectingNow.loading}>
            {proposal.mine ? t('确认撤回', 'Withdraw it') : t('确认驳回', 'Reject it')}
          </button>
        </form>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
    </li>
  );
}
