import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphRelationship } from '@icg/graph';
import { parseJiangsuTaskDivision } from './jiangsu-task-division.ts';

const FILE = 'jiangsu-task-division-2021-2025.txt';
const TITLE = '江苏省贯彻《推进工业文化发展实施方案（2021-2025年）》行动计划任务分工表';
const text = readFileSync(new URL(`../../documents/${FILE}`, import.meta.url), 'utf8');
const source = { file: FILE, takenAt: '2026-11-23' };
const parsed = parseJiangsuTaskDivision(text, source);

const nodeById = new Map(parsed.nodes.map((node) => [node.id, node]));
const nameOf = (id: string): string | undefined => nodeById.get(id)?.name;
const taskId = (number: number): string => `policy-jiangsu-2021-2025-t${String(number).padStart(2, '0')}`;
const departmentsOf = (number: number, type: GraphRelationship['type']): (string | undefined)[] =>
  parsed.relationships
    .filter((relationship) => relationship.to === taskId(number) && relationship.type === type)
    .map((relationship) => nameOf(relationship.from));

const task11Line = text.split('\n').find((line) => line.startsWith('\t强化工业文化政策支持。')) ?? '';

/** The text with `from` replaced by `to`, failing if `from` is not in it exactly once. */
function edited(from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

describe('parseJiangsuTaskDivision on the 2021–2025 task division', () => {
  describe('the document', () => {
    it('becomes one PolicyDocument titled as the table, for 江苏, implementing the national plan', () => {
      const documents = parsed.nodes.filter((node) => node.kind === 'PolicyDocument');
      expect(documents).toEqual([
        {
          id: 'policy-jiangsu-2021-2025',
          kind: 'PolicyDocument',
          name: TITLE,
          aliases: [],
          province: '江苏',
          city: null,
          description: null,
          properties: {
            period: '2021-2025',
            startYear: 2021,
            endYear: 2025,
            implements: '推进工业文化发展实施方案（2021-2025年）',
            sourceFile: FILE,
          },
          sources: [{ document: TITLE, locator: '表头', takenAt: '2026-11-23' }],
        },
      ]);
      expect(parsed.document.title).toBe(TITLE);
    });
  });

  describe('the five 工程', () => {
    it('become five PolicySections in table order, wrapped cells joined', () => {
      expect(parsed.sections.map(({ id, name, taskNumbers }) => ({ id, name, taskNumbers }))).toEqual([
        { id: 'policy-jiangsu-2021-2025-s1', name: '工业文化弘扬传播工程', taskNumbers: [1, 2, 3] },
        { id: 'policy-jiangsu-2021-2025-s2', name: '工业文化载体建设工程', taskNumbers: [4, 5] },
        { id: 'policy-jiangsu-2021-2025-s3', name: '工业遗产保护利用工程', taskNumbers: [6, 7] },
        { id: 'policy-jiangsu-2021-2025-s4', name: '文化和产业融合发展工程', taskNumbers: [8, 9] },
        { id: 'policy-jiangsu-2021-2025-s5', name: '工业文化发展保障工程', taskNumbers: [10, 11] },
      ]);
      expect(parsed.nodes.filter((node) => node.kind === 'PolicySection').map((node) => node.name)).toEqual(
        parsed.sections.map((section) => section.name),
      );
    });

    it('are each PART_OF the document, in order, sourced to the rows their merged cell spans', () => {
      const partOf = parsed.relationships.filter((r) => r.type === 'PART_OF' && r.to === 'policy-jiangsu-2021-2025');
      expect(partOf.map((r) => [r.from, r.properties.order, r.sources[0]?.locator])).toEqual([
        ['policy-jiangsu-2021-2025-s1', 1, '序号 1-3'],
        ['policy-jiangsu-2021-2025-s2', 2, '序号 4-5'],
        ['policy-jiangsu-2021-2025-s3', 3, '序号 6-7'],
        ['policy-jiangsu-2021-2025-s4', 4, '序号 8-9'],
        ['policy-jiangsu-2021-2025-s5', 5, '序号 10-11'],
      ]);
    });
  });

  describe('the eleven rows', () => {
    it('become PolicyTasks t01…t11 named by the first sentence of their text', () => {
      expect(parsed.tasks.map((task) => [task.id, task.title])).toEqual([
        [taskId(1), '建立工业文化基础资源库'],
        [taskId(2), '建立工业文化教育和实践体系'],
        [taskId(3), '组织工业文化宣传推广'],
        [taskId(4), '建立健全工业博物馆体系'],
        [taskId(5), '培育特色工业旅游项目'],
        [taskId(6), '培育工业遗产重点项目'],
        [taskId(7), '推动老工业城市工业遗产保护利用'],
        [taskId(8), '推动工业文化和产业融合发展'],
        [taskId(9), '培育工业文化新业态新模式'],
        [taskId(10), '培养工业文化专业人才'],
        [taskId(11), '强化工业文化政策支持'],
      ]);
    });

    it('keep the full text as description and properties, with their 序号 and 工程', () => {
      const task = nodeById.get(taskId(6));
      expect(task).toMatchObject({
        kind: 'PolicyTask',
        name: '培育工业遗产重点项目',
        province: '江苏',
        properties: {
          number: 6,
          section: '工业遗产保护利用工程',
          responsibleDepartments: '省工信厅牵头，省发改委、省文旅厅、省国资委参与',
        },
        sources: [{ document: TITLE, locator: '序号 6', takenAt: '2026-11-23' }],
      });
      expect(task?.description).toMatch(
        /^培育工业遗产重点项目。定期开展省级工业遗产普查，.*培育50个工业遗产活化利用重点项目。$/,
      );
      expect(task?.properties.text).toBe(task?.description);
    });

    it('are each PART_OF their 工程: tasks 1–3, 4–5, 6–7, 8–9 and 10–11', () => {
      const sectionOf = (number: number) =>
        parsed.relationships.find((r) => r.type === 'PART_OF' && r.from === taskId(number))?.to.slice(-2);
      expect(Array.from({ length: 11 }, (_, index) => sectionOf(index + 1))).toEqual([
        's1',
        's1',
        's1',
        's2',
        's2',
        's3',
        's3',
        's4',
        's4',
        's5',
        's5',
      ]);
    });
  });

  describe('the 责任部门 cells', () => {
    it('task 1: 省工信厅 leads, five departments are responsible per their duties', () => {
      expect(departmentsOf(1, 'LEADS')).toEqual(['江苏省工业和信息化厅']);
      expect(departmentsOf(1, 'RESPONSIBLE_PER_DUTY')).toEqual([
        '江苏省发展和改革委员会',
        '江苏省教育厅',
        '江苏省人力资源和社会保障厅',
        '江苏省文化和旅游厅',
        '江苏省人民政府国有资产监督管理委员会',
      ]);
    });

    it('task 2: 省工信厅 and 省教育厅 lead, 省人社厅, 省文旅厅 and 省国资委 participate', () => {
      expect(departmentsOf(2, 'LEADS')).toEqual(['江苏省工业和信息化厅', '江苏省教育厅']);
      expect(departmentsOf(2, 'PARTICIPATES_IN')).toEqual([
        '江苏省人力资源和社会保障厅',
        '江苏省文化和旅游厅',
        '江苏省人民政府国有资产监督管理委员会',
      ]);
    });

    it('task 7: 省发改委 leads', () => {
      expect(departmentsOf(7, 'LEADS')).toEqual(['江苏省发展和改革委员会']);
    });

    it('task 10: 人社厅, written without 省, is the same department node as 省人社厅', () => {
      expect(departmentsOf(10, 'LEADS')).toEqual(['江苏省工业和信息化厅', '江苏省人力资源和社会保障厅']);
      expect(departmentsOf(10, 'PARTICIPATES_IN')).toEqual(['江苏省教育厅']);
      const lead = parsed.relationships.find((r) => r.to === taskId(10) && r.properties.asWritten === '人社厅');
      const elsewhere = parsed.relationships.find((r) => r.to === taskId(1) && r.properties.asWritten === '省人社厅');
      expect(lead?.from).toBe('dept-js-human-resources-social-security');
      expect(lead?.from).toBe(elsewhere?.from);
    });

    it('task 11: seven departments are jointly responsible', () => {
      expect(departmentsOf(11, 'JOINTLY_RESPONSIBLE')).toHaveLength(7);
      expect(departmentsOf(11, 'LEADS')).toEqual([]);
    });

    it('number each department by its position in the cell', () => {
      const task3 = parsed.relationships.filter((r) => r.to === taskId(3) && r.type !== 'PART_OF');
      expect(task3.map((r) => [r.properties.asWritten, r.type, r.properties.order])).toEqual([
        ['省工信厅', 'LEADS', 1],
        ['省人社厅', 'LEADS', 2],
        ['省文旅厅', 'LEADS', 3],
        ['省发改委', 'PARTICIPATES_IN', 4],
        ['省教育厅', 'PARTICIPATES_IN', 5],
        ['省国资委', 'PARTICIPATES_IN', 6],
      ]);
    });

    it('name seven distinct departments, each one Department node with its short forms as aliases', () => {
      const departments = parsed.nodes.filter((node) => node.kind === 'Department');
      expect(departments).toHaveLength(7);
      expect(parsed.departments.map((department) => department.id)).toEqual(departments.map((node) => node.id));
      expect(nodeById.get('dept-js-human-resources-social-security')).toMatchObject({
        name: '江苏省人力资源和社会保障厅',
        aliases: ['省人社厅', '人社厅'],
        province: '江苏',
      });
    });

    it('source a Department to every row that names it', () => {
      expect(nodeById.get('dept-js-finance')?.sources.map((s) => s.locator)).toEqual(['序号 11']);
      expect(nodeById.get('dept-js-industry-it')?.sources).toHaveLength(11);
    });
  });

  describe('the records as a whole', () => {
    it('count 24 nodes (1 document, 5 sections, 11 tasks, 7 departments) and 68 relationships', () => {
      expect(parsed.nodes).toHaveLength(24);
      expect(parsed.relationships).toHaveLength(68);
      const byType: Record<string, number> = {};
      for (const r of parsed.relationships) byType[r.type] = (byType[r.type] ?? 0) + 1;
      expect(byType).toEqual({
        PART_OF: 16,
        LEADS: 16,
        PARTICIPATES_IN: 24,
        RESPONSIBLE_PER_DUTY: 5,
        JOINTLY_RESPONSIBLE: 7,
      });
    });

    it('have unique ids, node ids in ASCII letters, digits and hyphens', () => {
      const nodeIds = parsed.nodes.map((node) => node.id);
      const relationshipIds = parsed.relationships.map((r) => r.id);
      expect(new Set(nodeIds).size).toBe(nodeIds.length);
      expect(new Set(relationshipIds).size).toBe(relationshipIds.length);
      for (const id of nodeIds) expect(id).toMatch(/^[A-Za-z0-9-]+$/);
    });

    it('leave no relationship dangling', () => {
      for (const r of parsed.relationships) {
        expect(nodeById.has(r.from), r.id).toBe(true);
        expect(nodeById.has(r.to), r.id).toBe(true);
      }
    });

    it('each carry one source per mention: the table title, a locator and the date, no url', () => {
      for (const record of [...parsed.nodes, ...parsed.relationships]) {
        expect(record.sources.length, record.id).toBeGreaterThan(0);
        for (const recordSource of record.sources) {
          expect(recordSource).toEqual({
            document: TITLE,
            locator: expect.stringMatching(/^(表头|序号 \d+(-\d+)?)$/),
            takenAt: '2026-11-23',
          });
        }
      }
    });

    it('are identical when the same text is parsed twice', () => {
      expect(JSON.stringify(parseJiangsuTaskDivision(text, source))).toBe(JSON.stringify(parsed));
    });
  });

  describe('noise', () => {
    it('reports the Word bookmark, the 附件 label and the blank lines inside rows 8 and 10', () => {
      expect(parsed.noise.map(({ kind, text, line, locator }) => ({ kind, text, line, locator }))).toEqual([
        { kind: 'attachment-label', text: '附件：', line: 1, locator: '文首' },
        { kind: 'docx-bookmark', text: '[bookmark: _GoBack]', line: 2, locator: '标题' },
        { kind: 'blank-line-in-row', text: '', line: 46, locator: '序号 8' },
        { kind: 'blank-line-in-row', text: '', line: 57, locator: '序号 10' },
      ]);
      expect(parsed.noise[1]?.description).toBe('Word bookmark "[bookmark: _GoBack]" on line 2 (标题)');
    });

    it('leaves no trace of the bookmark or the label in any record', () => {
      const records = JSON.stringify([parsed.nodes, parsed.relationships]);
      expect(records).not.toContain('bookmark');
      expect(records).not.toContain('_GoBack');
      expect(records).not.toContain('附件');
    });
  });

  describe('strictness: a table that is not shaped as expected is an error naming the row', () => {
    it.each([
      [
        'a row without its 责任部门 cell',
        edited('\t省文旅厅牵头，省发改委、省工信厅、省国资委参与\n', ''),
        /^序号 5: expected 3 cells after 序号 .*found 2; is the 责任部门 cell missing\?/,
      ],
      [
        'an unknown role word',
        edited('\t省文旅厅牵头，省发改委、省工信厅', '\t省文旅厅主办，省发改委、省工信厅'),
        /^序号 5: clause "省文旅厅主办" does not end with a known role word/,
      ],
      [
        'a gap in the 序号 sequence',
        edited('\n\t6\n', '\n\t8\n'),
        /^序号 8: 序号 out of sequence: expected 6 after 序号 5, found 8/,
      ],
      [
        'an unknown department',
        edited('省发改委牵头，省工信厅、省文旅厅、省国资委参与', '省发改委牵头，省科技厅、省文旅厅、省国资委参与'),
        /^序号 7: unknown department "省科技厅"/,
      ],
      [
        'the same department twice in one cell',
        edited('省工信厅、人社厅牵头，省教育厅参与', '省工信厅、人社厅牵头，省人社厅参与'),
        /^序号 10: .*names 江苏省人力资源和社会保障厅 twice \("人社厅", "省人社厅"\)/,
      ],
      [
        'a task text without a first sentence',
        edited(task11Line, '\t强化工业文化政策支持'),
        /^序号 11: 具体任务 "强化工业文化政策支持" has no first sentence ending in 。/,
      ],
      [
        'a first sentence that reads like body text rather than a title',
        edited('强化工业文化政策支持。', '强化工业文化政策支持，'),
        /^序号 11: first sentence ".*" contains ， so it is body text, not a task title/,
      ],
      [
        'a blank 工程 cell in the first row',
        edited('\t工业文化弘扬\n传播工程\n', '\t\n'),
        /^序号 1: 五项工程 is blank but there is no 工程 above/,
      ],
      [
        'a 工程 that comes back after another one',
        edited('\t6\n\t工业遗产保护利用工程\n', '\t6\n\t工业文化载体建设工程\n'),
        /^序号 6: 工程 "工业文化载体建设工程" already started at 序号 4/,
      ],
      [
        'a changed header',
        edited('\t责任部门\n', '\t牵头部门\n'),
        /^表头: expected header 序号 \/ 五项工程 \/ 具体任务 \/ 责任部门/,
      ],
      ['a missing title', edited(`[bookmark: _GoBack]${TITLE}\n`, ''), /^标题: no title line/],
      ['text outside any cell', `${text}落款\n`, /^序号 11: line \d+ "落款" follows a blank line/],
    ])('%s', (_, broken, message) => {
      expect(() => parseJiangsuTaskDivision(broken, source)).toThrow(message);
    });

    it('throws SeedError with code MALFORMED_DOCUMENT and the row as locator', () => {
      const broken = edited('\n\t6\n', '\n\t8\n');
      expect(() => parseJiangsuTaskDivision(broken, source)).toThrow(
        expect.objectContaining({ name: 'SeedError', code: 'MALFORMED_DOCUMENT', locator: '序号 8' }),
      );
    });
  });

  it('normalises text to NFC and replaces unpaired surrogates, as every import does', () => {
    const odd = edited('建立工业文化基础资源库。', '建立工业文化基础资源库 Cafe\u0301\uD800。');
    expect(parseJiangsuTaskDivision(odd, source).tasks[0]?.title).toBe('建立工业文化基础资源库 Caf\u00e9\uFFFD');
  });
});
