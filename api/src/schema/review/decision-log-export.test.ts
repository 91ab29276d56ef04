import { describe, expect, it } from 'vitest';
import { decisionLogCsv, decisionLogJson, neutralisedCell } from './decision-log-export.ts';
import type { ReviewDecision } from './decision-log.ts';

const dispute: ReviewDecision = {
  id: 'dec-1',
  at: '2026-12-07T00:00:00.000Z',
  action: 'dispute',
  target: 'ent-dasheng',
  fact: 'entity',
  curatorId: 'cur-a',
  curatorLabel: '=HYPERLINK("http://evil")',
  note: '年份不一, "1895" 或 1899\n另见',
  before: null,
  after: null,
};

describe('the decision log export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutralisedCell(cell)).toBe(`'${cell}`);
    expect(neutralisedCell('大生纱厂')).toBe('大生纱厂');
  });

  it('writes one quoted, neutralised CSV row per decision under a header', () => {
    const csv = decisionLogCsv([dispute]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('id,at,action,curator,curatorId,target,fact,proposalId,note,before,after');
    expect(row).toBe(
      'dec-1,2026-12-07T00:00:00.000Z,dispute,"\'=HYPERLINK(""http://evil"")",cur-a,ent-dasheng,entity,,' +
        '"年份不一, ""1895"" 或 1899\n另见",,',
    );
  });

  it('writes the JSON export as one document that reads back', () => {
    expect(JSON.parse(decisionLogJson([dispute]))).toEqual({ decisions: [dispute] });
  });
});
