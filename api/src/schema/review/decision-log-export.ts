import type { ReviewDecision } from './decision-log.ts';

/** The columns of the CSV export, in order. */
export const DECISION_LOG_COLUMNS = [
  'id',
  'at',
  'action',
  'curator',
  'curatorId',
  'target',
  'fact',
  'proposalId',
  'note',
  'before',
  'after',
] as const;

/**
 * A cell a spreadsheet would not run: one starting with = + - @ (a formula), a tab or a carriage return gets a `'`
 * in front (OWASP's advice on CSV injection); a note or a name is curators' text, and a proposal may carry anyone's.
 */
export function neutralisedCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string): string {
  const safe = neutralisedCell(value);
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function row(decision: ReviewDecision): string[] {
  return [
    decision.id,
    decision.at,
    decision.action,
    decision.curatorLabel,
    decision.curatorId,
    decision.target,
    decision.fact,
    decision.proposalId ?? '',
    decision.note ?? '',
    decision.before === null ? '' : JSON.stringify(decision.before),
    decision.after === null ? '' : JSON.stringify(decision.after),
  ];
}

/** The log as CSV (RFC 4180, CRLF line ends, a header row), oldest first. */
export function decisionLogCsv(decisions: readonly ReviewDecision[]): string {
  const lines = [DECISION_LOG_COLUMNS.join(','), ...decisions.map((decision) => row(decision).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The log as one JSON document, oldest first. */
export function decisionLogJson(decisions: readonly ReviewDecision[]): string {
  return `${JSON.stringify({ decisions }, null, 2)}\n`;
}
