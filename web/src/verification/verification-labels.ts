import type { SourceQualityClass, VerificationStatus } from '../graphql/generated.ts';

/** A fact's status in the reader's words. */
export const VERIFICATION_LABELS: Readonly<Record<VerificationStatus, { zh: string; en: string }>> = {
  VERIFIED: { zh: '已核实', en: 'Verified' },
  UNVERIFIED: { zh: '未核实', en: 'Unverified' },
  DISPUTED: { zh: '有争议', en: 'Disputed' },
};

/** A source's class in the reader's words (docs/source-quality.md). */
export const SOURCE_QUALITY_LABELS: Readonly<Record<SourceQualityClass, { zh: string; en: string }>> = {
  OFFICIAL: { zh: '官方', en: 'Official' },
  PRESS: { zh: '通讯社或主要报刊', en: 'Agency or major paper' },
  REFERENCE: { zh: '百科或书籍', en: 'Encyclopedia or book' },
  REPOST: { zh: '转载站', en: 'Repost' },
  UNKNOWN: { zh: '来源不明', en: 'Unknown' },
};
