import { describe, expect, it } from 'vitest';
import { parseResponsibilityCell } from './responsibility-cell.ts';

describe('a 责任部门 cell', () => {
  it('gives each department the role word that ends its clause, numbered by position in the cell', () => {
    expect(parseResponsibilityCell('省工信厅、省教育厅牵头，省人社厅参与', '序号 2')).toEqual([
      { asWritten: '省工信厅', type: 'LEADS', order: 1 },
      { asWritten: '省教育厅', type: 'LEADS', order: 2 },
      { asWritten: '省人社厅', type: 'PARTICIPATES_IN', order: 3 },
    ]);
  });

  it('reads 按职责分工负责 and 共同负责 as their own roles', () => {
    expect(parseResponsibilityCell('省工信厅牵头，省发改委按职责分工负责', '序号 1').map((m) => m.type)).toEqual([
      'LEADS',
      'RESPONSIBLE_PER_DUTY',
    ]);
    expect(parseResponsibilityCell('省发改委、省财政厅共同负责', '序号 11').map((m) => m.type)).toEqual([
      'JOINTLY_RESPONSIBLE',
      'JOINTLY_RESPONSIBLE',
    ]);
  });

  it('keeps the department as written, leaving resolution to the department table', () => {
    expect(parseResponsibilityCell('省工信厅、人社厅牵头', '序号 10')[1]?.asWritten).toBe('人社厅');
  });

  it('rejects a clause with an unknown role word, naming the row', () => {
    expect(() => parseResponsibilityCell('省文旅厅主办，省发改委参与', '序号 5')).toThrow(
      /^序号 5: clause "省文旅厅主办" does not end with a known role word/,
    );
  });

  it('rejects a blank cell, an empty name and a cell in which nobody leads', () => {
    expect(() => parseResponsibilityCell('', '序号 4')).toThrow(/^序号 4: no departments/);
    expect(() => parseResponsibilityCell('省工信厅、牵头', '序号 4')).toThrow(/^序号 4: .*empty department name/);
    expect(() => parseResponsibilityCell('省工信厅参与', '序号 4')).toThrow(/^序号 4: no department leads/);
  });
});
