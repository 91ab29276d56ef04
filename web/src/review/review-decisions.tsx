import { useApolloClient, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { downloadText } from '../app/download.ts';
import { apiRefusal } from '../curation/api-errors.ts';
import type { DecisionLogFormat } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { REVIEW_ACTION_LABELS } from './review-labels.ts';
import { ReviewDecisionLogQuery, ReviewDecisionsQuery } from './review-operations.ts';

const FILE_TYPES: Readonly<Record<DecisionLogFormat, { extension: string; type: string }>> = {
  CSV: { extension: 'csv', type: 'text/csv;charset=utf-8' },
  JSON: { extension: 'json', type: 'application/json' },
};

/** The latest decisions, and the whole log for download. */
export function ReviewDecisions() {
  const t = useT();
  const { lang } = useLang();
  const client = useApolloClient();
  const headingId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const decisions = useQuery(ReviewDecisionsQuery, {
    variables: { first: 20, after: null },
    fetchPolicy: 'network-only',
  });
  const page = decisions.data?.reviewDecisions;

  const download = async (format: DecisionLogFormat) => {
    setProblem(null);
    try {
      const { data } = await client.query({
        query: ReviewDecisionLogQuery,
        variables: { format },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('The decision log did not arrive.');
      const { extension, type } = FILE_TYPES[format];
      downloadText(data.reviewDecisionLog, `review-decisions.${extension}`, type);
    } catch (error) {
      setProblem(apiRefusal(error).message);
    }
  };

  return (
    <section className="review-decisions" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('审核记录', 'Decision log')}
        {page ? ` (${page.totalCount})` : ''}
      </h2>
      <div className="review-actions">
        <button type="button" onClick={() => void download('CSV')}>
          {t('下载 CSV', 'Download CSV')}
        </button>
        <button type="button" onClick={() => void download('JSON')}>
          {t('下载 JSON', 'Download JSON')}
        </button>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
      {decisions.error ? (
        <p role="alert">{apiRefusal(decisions.error).message}</p>
      ) : page && page.items.length > 0 ? (
        <table className="review-log">
          <caption className="visually-hidden">{t('最近的审核决定', 'Latest decisions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('时间', 'When')}</th>
              <th scope="col">{t('策展人', 'Curator')}</th>
              <th scope="col">{t('决定', 'Decision')}</th>
              <th scope="col">{t('事实', 'Fact')}</th>
              <th scope="col">{t('说明', 'Note')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((decision) => (
              <tr key={decision.id} data-action={decision.action}>
                <td>{decision.at.slice(0, 16).replace('T', ' ')}</td>
                <td>{decision.curator}</td>
                <td>{REVIEW_ACTION_LABELS[decision.action][lang]}</td>
                <td>{decision.target}</td>
                <td>{decision.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="status">
          {decisions.loading ? t('正在加载…', 'Loading…') : t('还没有决定。', 'No decisions yet.')}
        </p>
      )}
    </section>
  );
}
