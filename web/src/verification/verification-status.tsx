import { gql } from '@apollo/client';
import type { VerificationStatus_VerificationFragment } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { VERIFICATION_LABELS } from './verification-labels.ts';
import './verification.css';

export const VerificationStatus_verification = gql`
  fragment VerificationStatus_verification on Verification {
    status
    by
    at
    note
    source {
      document
      url
    }
  }
`;

/** The day of an ISO timestamp, as curators read it. */
const dayOf = (at: string) => at.slice(0, 10);

/** A fact's status with who set it and when; a disputed fact shows how its sources disagree. */
export function VerificationStatus({ verification }: { verification: VerificationStatus_VerificationFragment }) {
  const t = useT();
  const { lang } = useLang();
  const { status, by, at, note, source } = verification;
  const checked = source ? (source.document ?? source.url) : null;
  return (
    <div className={`verification verification-${status.toLowerCase()}`} data-verification={status}>
      <span className="verification-badge">{VERIFICATION_LABELS[status][lang]}</span>
      {by && at ? (
        <span className="verification-who">
          {t(`${by} 于 ${dayOf(at)}`, `by ${by} on ${dayOf(at)}`)}
          {status === 'VERIFIED' && checked ? t(`，据 ${checked}`, `, against ${checked}`) : null}
        </span>
      ) : null}
      {note ? <p className="verification-note">{note}</p> : null}
    </div>
  );
}
