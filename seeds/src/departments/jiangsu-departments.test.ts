import { describe, expect, it } from 'vitest';
import { isSeedError } from '../seed-error.ts';
import { JIANGSU_DEPARTMENTS, resolveJiangsuDepartment } from './jiangsu-departments.ts';

describe('Jiangsu department abbreviations', () => {
  it.each([
    ['省工信厅', '江苏省工业和信息化厅'],
    ['省发改委', '江苏省发展和改革委员会'],
    ['省教育厅', '江苏省教育厅'],
    ['省人社厅', '江苏省人力资源和社会保障厅'],
    ['省文旅厅', '江苏省文化和旅游厅'],
    ['省国资委', '江苏省人民政府国有资产监督管理委员会'],
    ['省财政厅', '江苏省财政厅'],
  ])('resolve %s to %s', (abbreviation, name) => {
    expect(resolveJiangsuDepartment(abbreviation, '序号 1').name).toBe(name);
  });

  it('resolve 人社厅 written without 省 to the same department as 省人社厅', () => {
    expect(resolveJiangsuDepartment('人社厅', '序号 10')).toBe(resolveJiangsuDepartment('省人社厅', '序号 1'));
  });

  it('resolve an official full name to itself', () => {
    expect(resolveJiangsuDepartment('江苏省财政厅', '序号 11').abbreviation).toBe('省财政厅');
  });

  it('have unique ids made of ASCII letters, digits and hyphens, usable as search document ids', () => {
    const ids = JIANGSU_DEPARTMENTS.map((department) => department.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9-]+$/);
  });

  it('never share a short form between two departments', () => {
    const forms = JIANGSU_DEPARTMENTS.flatMap((department) => [department.name, ...department.abbreviations]);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('reject an unknown abbreviation with an error naming the row and the text', () => {
    const error = thrownBy(() => resolveJiangsuDepartment('省科技厅', '序号 6'));
    expect(error).toMatchObject({ code: 'UNKNOWN_DEPARTMENT', locator: '序号 6' });
    expect(isSeedError(error) && error.message).toMatch(/^序号 6: unknown department "省科技厅"/);
  });

  it('do not guess a missing 省 for departments that are not listed that way', () => {
    expect(() => resolveJiangsuDepartment('工信厅', '序号 3')).toThrow(/unknown department "工信厅"/);
  });
});

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}
