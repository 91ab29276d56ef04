import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { entityPath, Link } from '../app/router.tsx';
import { apiRefusal } from '../curation/api-errors.ts';
import type { ReviewQueueQueryQuery, ReviewReason } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { SOURCE_QUALITY_LABELS, VERIFICATION_LABELS } from '../verification/verification-labels.ts';
import { REVIEW_REASON_LABELS } from './review-labels.ts';
import { CorrectEntityMutation, ReviewQueueQuery, ReviewVerificationMutation } from './review-operations.ts';
import { EMPTY_SOURCE, SourceFields, sourceInput, type SourceDraft } from './source-fields.tsx';

type Item = ReviewQueueQueryQuery['reviewQueue']['items'][number];
type Action = 'verify' | 'dispute' | 'correct';

const PAGE = 20;
const REASONS: ReviewReason[] = ['REPOST_ONLY', 'DISPUTED', 'IMPORTED', 'UNVERIFIED'];

/** The facts waiting for a curator, weakest first, with the counts per reason as filters. */
export function ReviewQueueList({ onDecided }: { onDecided: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const headingId = useId();
  const [reason, setReason] = useState<ReviewReason | null>(null);
  // Cursors of the pages before the one shown, so "previous" needs no backward cursor.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const queue = useQuery(ReviewQueueQuery, {
    variables: { first: PAGE, after, filter: reason ? { reasons: [reason] } : null },
    fetchPolicy: 'network-only',
  });
  const data = queue.data?.reviewQueue;

  const choose = (next: ReviewReason | null) => {
    setReason(next);
    setCursors([null]);
  };
  const decided = async () => {
    await queue.refetch();
    onDecided();
  };

  return (
    <section className="review-queue" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('待核对的事实', 'Facts to check')}</h2>
      <p className="hint">
        {t(
          '最弱的排在最前：仅有转载来源的、有争议的、导入未核的，然后是其他未核实的；同类中来源越弱、越少、等待越久越靠前。',
          'Weakest first: facts resting only on reposts, disputed facts, imported records not yet checked, then other unverified facts; within each, the weakest and fewest sources and the longest waiting first.',
        )}
      </p>
      <div className="review-reasons" role="group" aria-label={t('按原因筛选', 'Filter by reason')}>
        <button type="button" aria-pressed={reason === null} onClick={() => choose(null)}>
          {t('全部', 'All')}
          {data ? ` (${data.counts.reduce((sum, count) => sum + count.count, 0)})` : ''}
        </button>
        {REASONS.map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={reason === name}
            data-reason={name}
            onClick={() => choose(name)}
          >
            {REVIEW_REASON_LABELS[name][lang]}
            {data ? ` (${data.counts.find((count) => count.reason === name)?.count ?? 0})` : ''}
          </button>
        ))}
      </div>
      {queue.error ? (
        <p role="alert">{apiRefusal(queue.error).message}</p>
      ) : !data ? (
        <p className="status">{t('正在加载…', 'Loading…')}</p>
      ) : data.items.length === 0 ? (
        <p className="status">{t('没有待核对的事实。', 'Nothing to check.')}</p>
      ) : (
        <ol className="review-items">
          {data.items.map((item) => (
            <QueueItem key={item.id} item={item} onDecided={decided} />
          ))}
        </ol>
      )}
      <div className="review-pages">
        <button type="button" disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('上一页', 'Previous page')}
        </button>
        <button
          type="button"
          disabled={!data?.hasNextPage}
          onClick={() => data?.endCursor && setCursors([...cursors, data.endCursor])}
        >
          {t('下一页', 'Next page')}
        </button>
      </div>
    </section>
  );
}

function QueueItem({ item, onDecided }: { item: Item; onDecided: () => Promise<void> }) {
  const t = useT();
  const { lang } = useLang();
  const [action, setAction] = useState<Action | null>(null);
  return (
    <li className="review-item" data-fact-id={item.id} data-reason={item.reason}>
      <div className="review-item-head">
        <span className={`review-reason review-reason-${item.reason.toLowerCase()}`}>
          {REVIEW_REASON_LABELS[item.reason][lang]}
        </span>{' '}
        {item.entity ? (
          <Link to={entityPath(item.entity.id)} className="review-label">
            {item.label}
          </Link>
        ) : (
          <span className="review-label">{item.label}</span>
        )}
      </div>
      <p className="review-why">
        {item.bestSourceQuality
          ? t(
              `${item.sourceCount} 个来源，最好的为「${SOURCE_QUALITY_LABELS[item.bestSourceQuality].zh}」`,
              `${item.sourceCount} source${item.sourceCount === 1 ? '' : 's'}, the best ${SOURCE_QUALITY_LABELS[item.bestSourceQuality].en.toLowerCase()}`,
            )
          : t('没有来源', 'No source')}
        {item.since ? t(`；自 ${item.since.slice(0, 10)} 起等待`, `; waiting since ${item.since.slice(0, 10)}`) : ''}
        {' · '}
        {VERIFICATION_LABELS[item.verification.status][lang]}
        {item.verification.note ? `：${item.verification.note}` : ''}
      </p>
      <div className="review-actions">
        <button type="button" aria-expanded={action === 'verify'} onClick={() => setAction('verify')}>
          {t('核实', 'Verify')}
        </button>
        <button type="button" aria-expanded={action === 'dispute'} onClick={() => setAction('dispute')}>
          {t('提出争议', 'Dispute')}
        </button>
        {item.entity ? (
          <button type="button" aria-expanded={action === 'correct'} onClick={() => setAction('correct')}>
            {t('更正', 'Correct')}
          </button>
        ) : null}
      </div>
      {action ? (
        <ActionForm
          item={item}
          action={action}
          onCancel={() => setAction(null)}
          onDone={async () => {
            setAction(null);
            await onDecided();
          }}
        />
      ) : null}
    </li>
  );
}

function ActionForm({
  item,
  action,
  onCancel,
  onDone,
}: {
  item: Item;
  action: Action;
  onCancel: () => void;
  onDone: () => Promise<void>;
}) {
  const t = useT();
  const id = useId();
  const [source, setSource] = useState<SourceDraft>(EMPTY_SOURCE);
  const [note, setNote] = useState('');
  const [description, setDescription] = useState(item.entity?.description ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [setVerification, verifying] = useMutation(ReviewVerificationMutation);
  const [correct, correcting] = useMutation(CorrectEntityMutation);
  const busy = verifying.loading || correcting.loading;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const checked = sourceInput(source);
    try {
      if (action === 'verify') {
        if (!checked) return setProblem(t('请填写核对所依据的来源。', 'Name the source you checked.'));
        await setVerification({ variables: { input: { target: item.id, status: 'VERIFIED', source: checked } } });
      } else if (action === 'dispute') {
        if (!note.trim()) return setProblem(t('请说明来源如何不一致。', 'Say how the sources disagree.'));
        await setVerification({ variables: { input: { target: item.id, status: 'DISPUTED', note } } });
      } else if (item.entity) {
        if (!checked) return setProblem(t('更正需要注明来源。', 'A correction needs its source.'));
        await correct({
          variables: {
            input: {
              id: item.entity.id,
              kind: item.entity.kind,
              name: item.entity.name,
              description,
              sources: [checked],
            },
          },
        });
      }
      await onDone();
    } catch (error) {
      setProblem(apiRefusal(error).message);
    }
  };

  return (
    <form className="review-form" onSubmit={submit} aria-label={t('处理此事实', 'Act on this fact')}>
      {action === 'dispute' ? (
        <>
          <label htmlFor={`${id}-note`}>{t('争议说明（必填）', 'How the sources disagree (required)')}</label>
          <textarea id={`${id}-note`} required value={note} onChange={(event) => setNote(event.target.value)} />
        </>
      ) : null}
      {action === 'correct' ? (
        <>
          <label htmlFor={`${id}-description`}>{t('简介', 'Description')}</label>
          <textarea
            id={`${id}-description`}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </>
      ) : null}
      {action !== 'dispute' ? <SourceFields value={source} onChange={setSource} /> : null}
      {problem ? <p role="alert">{problem}</p> : null}
      <div className="review-actions">
        <button type="submit" disabled={busy}>
          {action === 'verify'
            ? t('确认核实', 'Mark verified')
            : action === 'dispute'
              ? t('确认争议', 'Mark disputed')
              : t('保存更正', 'Save correction')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('取消', 'Cancel')}
        </button>
      </div>
    </form>
  );
}
