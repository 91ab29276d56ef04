import { useState } from 'react';
import { Link } from '../app/router.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { useCuratorToken } from '../curation/curator-session.ts';
import { CuratorSignIn } from '../curation/curator-sign-in.tsx';
import { useT } from '../i18n/i18n.tsx';
import { ReviewDecisions } from './review-decisions.tsx';
import { ReviewProposals } from './review-proposals.tsx';
import { ReviewQueueList } from './review-queue-list.tsx';
import './review.css';

/**
 * `/curate/review`: what needs a curator, weakest first, the changes to verified facts waiting for a second curator,
 * and the log of decisions. Curators only: the queue shows proposals nobody has approved yet.
 */
export function ReviewPage() {
  const t = useT();
  const token = useCuratorToken();
  // Bumped after every decision: the proposals and the log are mounted afresh and read again.
  const [decisions, setDecisions] = useState(0);
  const decided = () => setDecisions((count) => count + 1);
  useDocumentTitle(t('审核队列', 'Review queue'));

  return (
    <div className="view review-page">
      <h1>{t('审核队列', 'Review queue')}</h1>
      <p>
        <Link to="/curate">{t('返回策展工作台', 'Back to the curator workspace')}</Link>
      </p>
      <CuratorSignIn signedOutNotice={null} />
      {token ? (
        <>
          <ReviewProposals key={`proposals-${decisions}`} onDecided={decided} />
          <ReviewQueueList onDecided={decided} />
          <ReviewDecisions key={`decisions-${decisions}`} />
        </>
      ) : null}
    </div>
  );
}
