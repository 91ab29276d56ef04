import { describe, expect, it } from 'vitest';
import { buildNationalPlanGraph, type NationalPlanDescription } from './national-plan.ts';

const plan: NationalPlanDescription = {
  title: '推进工业文化发展实施方案（2021—2025年）',
  documentNumber: '工信部联政法〔2021〕54号',
  issuedBy: '工业和信息化部等八部委',
  source: { document: '安徽通知', locator: '方案引言', takenAt: '2026-11-23' },
};
const jiangsu = {
  documentId: 'policy-jiangsu-2021-2025',
  asWritten: '推进工业文化发展实施方案（2021-2025年）',
  source: { document: '江苏分工表', locator: '表头', takenAt: '2026-11-23' },
};
const anhui = { documentId: 'policy-anhui-2021-2025', asWritten: plan.title, source: plan.source };
const anhuiNotice = {
  documentId: 'policy-anhui-2021-2025',
  asWritten: '推进工业文化发展实施方案（2021—2025）',
  source: { document: '安徽通知', locator: '通知正文', takenAt: '2026-11-23' },
};

describe('the national plan', () => {
  const { node, relationships } = buildNationalPlanGraph(plan, [jiangsu, anhui, anhuiNotice]);

  it('is one PolicyDocument policy-national-2021-2025 with its document number and issuers, for no province', () => {
    expect(node).toMatchObject({
      id: 'policy-national-2021-2025',
      kind: 'PolicyDocument',
      name: '推进工业文化发展实施方案（2021—2025年）',
      province: null,
      properties: {
        period: '2021-2025',
        startYear: 2021,
        endYear: 2025,
        documentNumber: '工信部联政法〔2021〕54号',
        issuedBy: '工业和信息化部等八部委',
        level: 'national',
      },
    });
  });

  it('keeps the other ways the provinces write its title as aliases', () => {
    expect(node.aliases).toEqual(['推进工业文化发展实施方案（2021-2025年）', '推进工业文化发展实施方案（2021—2025）']);
  });

  it('is implemented by each citing document once, sourced to every place that cites it', () => {
    expect(
      relationships.map(({ from, to, properties, sources }) => [
        from,
        to,
        properties.asWritten,
        sources.map((s) => s.locator),
      ]),
    ).toEqual([
      ['policy-jiangsu-2021-2025', 'policy-national-2021-2025', ['推进工业文化发展实施方案（2021-2025年）'], ['表头']],
      [
        'policy-anhui-2021-2025',
        'policy-national-2021-2025',
        ['推进工业文化发展实施方案（2021—2025年）', '推进工业文化发展实施方案（2021—2025）'],
        ['方案引言', '通知正文'],
      ],
    ]);
    expect(relationships.every((relationship) => relationship.type === 'IMPLEMENTS')).toBe(true);
  });

  it('refuses a citation of another plan, naming where it was', () => {
    const other = { ...jiangsu, asWritten: '推进工业文化发展实施方案（2016—2020年）' };
    expect(() => buildNationalPlanGraph(plan, [other])).toThrow(
      expect.objectContaining({ code: 'MALFORMED_DOCUMENT', locator: '表头' }),
    );
  });
});
