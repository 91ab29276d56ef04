import { describe, expect, it } from 'vitest';
import { readSeedTaskTexts } from './policy-test-fixtures.ts';
import { buildThemeGraph, matchThemes, POLICY_THEMES } from './themes.ts';

const { jiangsu, anhui, task } = await readSeedTaskTexts();
const graph = buildThemeGraph([...jiangsu, ...anhui]);
const themeName = new Map(POLICY_THEMES.map((theme) => [theme.id, theme.name]));
const themesOf = (label: Parameters<typeof task>[0]): (string | undefined)[] =>
  (graph.themesByTask.get(task(label).id) ?? []).map((id) => themeName.get(id));

describe('themes of the policy tasks', () => {
  it('every one of the 30 tasks addresses at least one theme', () => {
    expect(graph.themesByTask.size).toBe(30);
    for (const [taskId, themes] of graph.themesByTask) expect(themes.length, taskId).toBeGreaterThan(0);
  });

  it.each([
    ['jiangsu 6', '工业遗产保护利用'],
    ['jiangsu 7', '工业遗产保护利用'],
    ['anhui 6', '工业遗产保护利用'],
    ['jiangsu 4', '工业博物馆'],
    ['anhui 7', '工业博物馆'],
    ['jiangsu 3', '宣传推广'],
    ['anhui 19', '宣传推广'],
    ['jiangsu 5', '工业旅游与研学'],
    ['anhui 8', '工业旅游与研学'],
    ['anhui 9', '工业设计'],
    ['anhui 10', '工艺美术'],
    ['jiangsu 9', '工艺美术'],
    ['anhui 2', '企业家精神'],
    ['jiangsu 8', '企业家精神'],
    ['anhui 3', '工匠精神'],
    ['anhui 18', '工匠精神'],
    ['jiangsu 10', '教育与人才培养'],
    ['jiangsu 11', '政策与机制'],
    ['anhui 17', '政策与机制'],
    ['anhui 14', '标准与法规'],
    ['jiangsu 1', '资源调查与数据库'],
    ['anhui 11', '新业态'],
    ['anhui 16', '服务体系与社会组织'],
  ] as const)('%s addresses %s', (label, theme) => {
    expect(themesOf(label)).toContain(theme);
  });

  it('a word named once in a list does not make a theme: Jiangsu task 1 lists 工业遗产、工业旅游、工艺美术', () => {
    expect(themesOf('jiangsu 1')).toEqual(['资源调查与数据库']);
  });

  it('Jiangsu task 3 and Anhui item 19, almost the same sentence, address exactly the same theme', () => {
    expect(themesOf('jiangsu 3')).toEqual(['宣传推广']);
    expect(themesOf('anhui 19')).toEqual(['宣传推广']);
  });

  it('records which keywords matched and whether the title holds one', () => {
    expect(matchThemes(task('anhui 7'))).toEqual([
      {
        taskId: 'policy-anhui-2021-2025-t07',
        themeId: 'theme-industrial-museum',
        keywords: ['博物馆', '纪念馆'],
        occurrences: 7,
        inTitle: true,
      },
    ]);
  });

  it('ADDRESSES go from task to theme with the matched keywords, sourced to the task', () => {
    const addresses = graph.relationships.find(
      (relationship) => relationship.from === 'policy-anhui-2021-2025-t19' && relationship.type === 'ADDRESSES',
    );
    expect(addresses).toMatchObject({
      to: 'theme-publicity',
      properties: { keywords: ['传播', '进讲堂', '工业文化活动', '文艺作品'], inTitle: true },
      sources: [{ locator: '第19条' }],
    });
    expect(graph.relationships).toHaveLength(47);
  });

  it('every curated theme is addressed, and becomes a Theme node sourced to its tasks', () => {
    expect(graph.nodes.map((node) => node.id)).toEqual(POLICY_THEMES.map((theme) => theme.id));
    const heritage = graph.nodes.find((node) => node.id === 'theme-industrial-heritage');
    expect(heritage).toMatchObject({ kind: 'Theme', name: '工业遗产保护利用', properties: { type: 'topic' } });
    expect(heritage?.sources.map((source) => source.locator)).toEqual([
      '序号 5',
      '序号 6',
      '序号 7',
      '序号 11',
      '第6条',
    ]);
  });

  it('a task no theme fits is an error naming the task, not a task without themes', () => {
    const stray = { ...task('anhui 1'), title: '其他', text: '其他。' };
    expect(() => buildThemeGraph([stray])).toThrow(
      expect.objectContaining({ code: 'MALFORMED_DOCUMENT', locator: '第1条' }),
    );
  });

  it('themes have unique ASCII ids and names', () => {
    expect(new Set(POLICY_THEMES.map((theme) => theme.id)).size).toBe(POLICY_THEMES.length);
    expect(new Set(POLICY_THEMES.map((theme) => theme.name)).size).toBe(POLICY_THEMES.length);
    for (const theme of POLICY_THEMES) expect(theme.id).toMatch(/^theme-[a-z-]+$/);
  });
});
