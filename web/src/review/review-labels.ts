import type { ReviewAction, ReviewReason } from '../graphql/generated.ts';

/** Why a fact waits for a curator, in the reader's words; the queue lists the reasons in this order. */
export const REVIEW_REASON_LABELS: Readonly<Record<ReviewReason, { zh: string; en: string }>> = {
  REPOST_ONLY: { zh: '仅有转载来源', en: 'Reposts only' },
  DISPUTED: { zh: '有争议', en: 'Disputed' },
  IMPORTED: { zh: '导入未核', en: 'Imported, unchecked' },
  UNVERIFIED: { zh: '其他未核实', en: 'Other unverified' },
};

export const REVIEW_ACTION_LABELS: Readonly<Record<ReviewAction, { zh: string; en: string }>> = {
  VERIFY: { zh: '核实', en: 'Verified' },
  DISPUTE: { zh: '提出争议', en: 'Disputed' },
  UNVERIFY: { zh: '撤销核实', en: 'Unverified' },
  PROPOSE: { zh: '提议修改', en: 'Proposed a change' },
  APPROVE: { zh: '批准修改', en: 'Approved a change' },
  REJECT: { zh: '驳回修改', en: 'Rejected a change' },
};
