import { describe, expect, it } from 'vitest';
import { JIANGSU_DEPARTMENTS } from './jiangsu-departments.ts';
import { ANHUI_DEPARTMENTS, resolveAnhuiDepartment } from './anhui-departments.ts';

describe('Anhui departments', () => {
  it.each([
    ['安徽省经济和信息化厅', '省经信厅'],
    ['安徽省发展和改革委员会', '省发改委'],
    ['安徽省教育厅', '省教育厅'],
    ['安徽省财政厅', '省财政厅'],
    ['安徽省人力资源和社会保障厅', '省人社厅'],
    ['安徽省文化和旅游厅', '省文旅厅'],
    ['安徽省人民政府国有资产监督管理委员会', '省国资委'],
  ])('resolve the full name %s, and its short form %s, to one department', (name, abbreviation) => {
    const department = resolveAnhuiDepartment(name, '落款');
    expect(department.name).toBe(name);
    expect(resolveAnhuiDepartment(abbreviation, '落款')).toBe(department);
  });

  it('ignore the spaces a signature block puts between characters to align its columns', () => {
    expect(resolveAnhuiDepartment('安 徽 省 教 育 厅', '落款').id).toBe('dept-ah-education');
    expect(resolveAnhuiDepartment('安 徽 省 财 政 厅', '落款').id).toBe('dept-ah-finance');
  });

  it('have unique ASCII ids, none shared with a Jiangsu department of the same name after 省', () => {
    const ids = ANHUI_DEPARTMENTS.map((department) => department.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^dept-ah-[a-z0-9-]+$/);
    const jiangsuIds = new Set(JIANGSU_DEPARTMENTS.map((department) => department.id));
    expect(ids.filter((id) => jiangsuIds.has(id))).toEqual([]);
  });

  it('reject a department they do not know, naming where it was found', () => {
    expect(() => resolveAnhuiDepartment('安徽省科学技术厅', '落款')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_DEPARTMENT', locator: '落款' }),
    );
    expect(() => resolveAnhuiDepartment('江苏省教育厅', '落款')).toThrow(/^落款: unknown department "江苏省教育厅"/);
  });
});
