import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnhuiActionPlan, planTitleKey } from './anhui-action-plan.ts';

const FILE = 'anhui-action-plan-2021-2025.txt';
const TITLE = '安徽省推进工业文化发展行动方案（2021—2025年）';
const NOTICE_TITLE = '关于印发《安徽省推进工业文化发展行动方案（2021—2025年）》的通知';
const text = readFileSync(new URL(`../../documents/${FILE}`, import.meta.url), 'utf8');
const source = { file: FILE, takenAt: '2026-11-23' };
const parsed = parseAnhuiActionPlan(text, source);

const nodeById = new Map(parsed.nodes.map((node) => [node.id, node]));
const taskId = (number: number): string => `policy-anhui-2021-2025-t${String(number).padStart(2, '0')}`;
const parentOf = (id: string): string | undefined =>
  parsed.relationships.find((relationship) => relationship.type === 'PART_OF' && relationship.from === id)?.to;

/** Every string value in `value`, however deeply nested (ids included). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The text with `from` replaced by `to`, failing if `from` is not in it exactly once. */
function edited(from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

describe('parseAnhuiActionPlan on the 2021–2025 action plan', () => {
  describe('the document', () => {
    it('is one PolicyDocument policy-anhui-2021-2025 with the plan’s own title, not the notice’s', () => {
      const documents = parsed.nodes.filter((node) => node.kind === 'PolicyDocument');
      expect(documents.map((node) => [node.id, node.name, node.province])).toEqual([
        ['policy-anhui-2021-2025', TITLE, '安徽'],
      ]);
      expect(nodeById.get('policy-anhui-2021-2025')?.properties).toEqual({
        period: '2021-2025',
        startYear: 2021,
        endYear: 2025,
        implements: '推进工业文化发展实施方案（2021—2025年）',
        noticeTitle: NOTICE_TITLE,
        signedOn: '2021-12-08',
        publishedOn: '2021-12-21',
        addressedTo:
          '各市、直管县（市）经济和信息化、发展改革、教育、财政、人力资源社会保障、文化和旅游、国资主管部门，各有关单位',
        sourceFile: FILE,
      });
    });

    it('keeps the notice title as the file writes it (spam removed), which is what the seed manifest records', () => {
      expect(parsed.document.notice.titleAsWritten).toBe(
        '关于印发《安徽省推进工业文化发展行动方案(2021—2025年)》的通知',
      );
    });

    it('is signed on 8 December 2021 and published on 21 December 2021', () => {
      expect(parsed.document.notice).toMatchObject({ signedOn: '2021-12-08', publishedOn: '2021-12-21' });
    });

    it('describes itself with its opening paragraph', () => {
      expect(nodeById.get('policy-anhui-2021-2025')?.description).toBe(
        '为贯彻落实工业和信息化部等八部委印发的《推进工业文化发展实施方案（2021—2025年）》' +
          '（工信部联政法〔2021〕54号），更好发挥工业文化在推进制造业高质量发展中的支撑作用，结合我省实际，特制定本方案。',
      );
    });

    it('cites the national plan 工信部联政法〔2021〕54号 issued by 工业和信息化部等八部委', () => {
      expect(parsed.implements).toEqual({
        title: '推进工业文化发展实施方案（2021—2025年）',
        documentNumber: '工信部联政法〔2021〕54号',
        issuedBy: '工业和信息化部等八部委',
        locator: '方案引言',
        // The notice drops 年 from the national plan's period.
        variants: [{ asWritten: '推进工业文化发展实施方案（2021—2025）', locator: '通知正文' }],
      });
    });
  });

  describe('the issuing departments', () => {
    it('are the seven departments of the signature block, in reading order, spaced-out names included', () => {
      expect(parsed.issuers.map(({ department, order, asWritten }) => [order, department.name, asWritten])).toEqual([
        [1, '安徽省经济和信息化厅', '安徽省经济和信息化厅'],
        [2, '安徽省发展和改革委员会', '安徽省发展和改革委员会'],
        [3, '安徽省教育厅', '安 徽 省 教 育 厅'],
        [4, '安徽省财政厅', '安 徽 省 财 政 厅'],
        [5, '安徽省人力资源和社会保障厅', '安徽省人力资源和社会保障厅'],
        [6, '安徽省文化和旅游厅', '安徽省文化和旅游厅'],
        [7, '安徽省人民政府国有资产监督管理委员会', '安徽省人民政府国有资产监督管理委员会'],
      ]);
    });

    it('are Department nodes for 安徽, each the end of an ISSUED_BY from the document with its order', () => {
      const issuedBy = parsed.relationships.filter((relationship) => relationship.type === 'ISSUED_BY');
      expect(
        issuedBy.map((relationship) => [
          relationship.from,
          nodeById.get(relationship.to)?.name,
          relationship.properties.order,
        ]),
      ).toEqual(parsed.issuers.map(({ department, order }) => ['policy-anhui-2021-2025', department.name, order]));
      for (const relationship of issuedBy) {
        expect(nodeById.get(relationship.to)).toMatchObject({ kind: 'Department', province: '安徽' });
        expect(relationship.sources).toEqual([{ document: NOTICE_TITLE, locator: '落款', takenAt: '2026-11-23' }]);
      }
    });
  });

  describe('the chapters and parts', () => {
    it('are 一、总体要求, 二、主要任务 with its parts （一）–（四）, and 三、保障措施', () => {
      expect(parsed.sections.map(({ id, heading, locator }) => [id, heading, locator])).toEqual([
        ['policy-anhui-2021-2025-s1', '一、总体要求', '一、总体要求'],
        ['policy-anhui-2021-2025-s2', '二、主要任务', '二、主要任务'],
        ['policy-anhui-2021-2025-s2-1', '（一）传承弘扬工业文化精神', '二、主要任务（一）'],
        ['policy-anhui-2021-2025-s2-2', '（二）强化工业文化保护利用', '二、主要任务（二）'],
        ['policy-anhui-2021-2025-s2-3', '（三）创新发展工业文化产业', '二、主要任务（三）'],
        ['policy-anhui-2021-2025-s2-4', '（四）推动工业文化制度建设', '二、主要任务（四）'],
        ['policy-anhui-2021-2025-s3', '三、保障措施', '三、保障措施'],
      ]);
      expect(parsed.nodes.filter((node) => node.kind === 'PolicySection').map((node) => node.name)).toEqual([
        '总体要求',
        '主要任务',
        '传承弘扬工业文化精神',
        '强化工业文化保护利用',
        '创新发展工业文化产业',
        '推动工业文化制度建设',
        '保障措施',
      ]);
    });

    it('nest parts in their chapter and chapters in the document, in order', () => {
      const partOf = parsed.relationships.filter(
        (relationship) => relationship.type === 'PART_OF' && relationship.from.includes('-s'),
      );
      expect(
        partOf.map((relationship) => [
          relationship.from.slice(-4),
          relationship.to.slice(-4),
          relationship.properties.order,
        ]),
      ).toEqual([
        ['5-s1', '2025', 1],
        ['5-s2', '2025', 2],
        ['s2-1', '5-s2', 1],
        ['s2-2', '5-s2', 2],
        ['s2-3', '5-s2', 3],
        ['s2-4', '5-s2', 4],
        ['5-s3', '2025', 3],
      ]);
    });

    it('give 一、总体要求, which has no numbered items, its two paragraphs as description', () => {
      const general = nodeById.get('policy-anhui-2021-2025-s1');
      expect(general?.description).toMatch(
        /^以习近平新时代中国特色社会主义思想为指导，.*推动力。\n到2025年，.*新动能。$/,
      );
      expect(general?.properties.taskNumbers).toEqual([]);
    });
  });

  describe('the nineteen numbered items', () => {
    it('become PolicyTasks t01…t19 named by their first sentence', () => {
      expect(parsed.tasks).toHaveLength(19);
      expect(parsed.tasks.map((task) => task.id)).toEqual(Array.from({ length: 19 }, (_, index) => taskId(index + 1)));
      const titles = new Map(parsed.tasks.map((task) => [task.number, task.title]));
      expect(titles.get(1)).toBe('凝练安徽工业精神');
      expect(titles.get(6)).toBe('保护利用工业遗产');
      expect(titles.get(7)).toBe('培育创建工业博物馆');
      expect(titles.get(10)).toBe('突出工艺美术特色化');
      expect(titles.get(18)).toBe('加强队伍建设');
      expect(titles.get(19)).toBe('加大传播力度');
    });

    it('are PART_OF （一） (1–5), （二） (6–8), （三） (9–11), （四） (12–14) and 三、保障措施 (15–19)', () => {
      const parents = Array.from({ length: 19 }, (_, index) =>
        parentOf(taskId(index + 1))?.replace('policy-anhui-2021-2025-', ''),
      );
      expect(parents).toEqual([
        ...Array<string>(5).fill('s2-1'),
        ...Array<string>(3).fill('s2-2'),
        ...Array<string>(3).fill('s2-3'),
        ...Array<string>(3).fill('s2-4'),
        ...Array<string>(5).fill('s3'),
      ]);
      expect(parsed.sections.map((section) => section.taskNumbers.join(','))).toEqual([
        '',
        '1,2,3,4,5,6,7,8,9,10,11,12,13,14',
        '1,2,3,4,5',
        '6,7,8',
        '9,10,11',
        '12,13,14',
        '15,16,17,18,19',
      ]);
    });

    it('keep their whole text, title included and number removed, sourced to 第N条', () => {
      expect(nodeById.get(taskId(6))).toMatchObject({
        kind: 'PolicyTask',
        name: '保护利用工业遗产',
        province: '安徽',
        properties: { number: 6, section: '强化工业文化保护利用' },
        sources: [{ document: NOTICE_TITLE, locator: '第6条', takenAt: '2026-11-23' }],
      });
      const task6 = nodeById.get(taskId(6));
      expect(task6?.description).toMatch(
        /^保护利用工业遗产。开展全省工业遗产普查，.*实现从“工业锈带”到“生活秀带”的转变。$/,
      );
      expect(task6?.properties.text).toBe(task6?.description);
      expect(nodeById.get(taskId(15))?.properties.section).toBe('保障措施');
    });
  });

  describe('noise', () => {
    const reports = parsed.noise.map(({ kind, text, replacement, line, locator }) => ({
      kind,
      text,
      replacement,
      line,
      locator,
    }));

    it('removes the spam glued to the title and the 网站地图 link, and says where they were', () => {
      expect(reports.filter((report) => report.kind === 'web-spam' || report.kind === 'site-link')).toEqual([
        { kind: 'web-spam', text: '-k8凯发欧洲杯', replacement: null, line: 1, locator: '标题' },
        { kind: 'site-link', text: '网站地图', replacement: null, line: 54, locator: '文末' },
      ]);
      expect(parsed.noise[0]?.description).toBe('web-page spam: "-k8凯发欧洲杯" removed on line 1 (标题)');
    });

    it('restores the + that “设计+品牌” and “设计+文化” lost in item 9', () => {
      expect(reports.filter((report) => report.kind === 'lost-plus-sign')).toEqual([
        { kind: 'lost-plus-sign', text: '设计 品牌', replacement: '设计+品牌', line: 40, locator: '第9条' },
        { kind: 'lost-plus-sign', text: '设计 文化', replacement: '设计+文化', line: 40, locator: '第9条' },
      ]);
      expect(nodeById.get(taskId(9))?.description).toContain('推动“设计+品牌”、“设计+文化”等新模式');
    });

    it('reads the notice’s 《推进工业文化发展实施方案(2021—2025)》, without 年, as the plan’s title', () => {
      expect(reports.filter((report) => report.kind === 'title-variant')).toEqual([
        {
          kind: 'title-variant',
          text: '推进工业文化发展实施方案（2021—2025）',
          replacement: '推进工业文化发展实施方案（2021—2025年）',
          line: 7,
          locator: '通知正文',
        },
      ]);
    });

    it('makes the ASCII parentheses, commas and colon full-width, reporting each line: titles included', () => {
      const punctuation = reports.filter((report) => report.kind === 'half-width-punctuation');
      expect(punctuation.find((report) => report.locator === '标题')).toEqual({
        kind: 'half-width-punctuation',
        text: '()',
        replacement: '（）',
        line: 1,
        locator: '标题',
      });
      expect(punctuation.find((report) => report.locator === '方案标题')).toMatchObject({ line: 20, text: '()' });
      expect(punctuation.find((report) => report.locator === '第11条')).toMatchObject({
        text: ',()',
        replacement: '，（）',
      });
      // Every line but the date, the signature block, the title's first line and the headings 一、 二、 三、.
      expect(punctuation).toHaveLength(30);
    });

    it('lists the reports in line order', () => {
      const lines = parsed.noise.map((report) => report.line);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
    });

    it('leaves no trace of the noise in any string of any record', () => {
      const strings = stringsIn([parsed.nodes, parsed.relationships]).join('\n');
      for (const trace of ['凯发', '欧洲杯', 'k8', '网站地图', '设计 品牌', '设计 文化', '(', ')', ',', ':']) {
        expect(strings, trace).not.toContain(trace);
      }
    });
  });

  describe('the records as a whole', () => {
    it('count 34 nodes (1 document, 7 sections, 19 tasks, 7 departments) and 33 relationships', () => {
      const byKind: Record<string, number> = {};
      for (const node of parsed.nodes) byKind[node.kind] = (byKind[node.kind] ?? 0) + 1;
      expect(byKind).toEqual({ PolicyDocument: 1, PolicySection: 7, PolicyTask: 19, Department: 7 });
      const byType: Record<string, number> = {};
      for (const relationship of parsed.relationships) byType[relationship.type] = (byType[relationship.type] ?? 0) + 1;
      expect(byType).toEqual({ ISSUED_BY: 7, PART_OF: 26 });
    });

    it('have unique ids, node ids in ASCII letters, digits and hyphens, and no dangling ends', () => {
      const nodeIds = parsed.nodes.map((node) => node.id);
      expect(new Set(nodeIds).size).toBe(nodeIds.length);
      expect(new Set(parsed.relationships.map((r) => r.id)).size).toBe(parsed.relationships.length);
      for (const id of nodeIds) expect(id).toMatch(/^[A-Za-z0-9-]+$/);
      for (const relationship of parsed.relationships) {
        expect(nodeById.has(relationship.from), relationship.id).toBe(true);
        expect(nodeById.has(relationship.to), relationship.id).toBe(true);
      }
    });

    it('each carry sources naming the notice, a precise locator and the date', () => {
      const locator = /^(标题|方案标题|发布日期|落款|[一二三]、[^（]+(（[一二三四]）)?|第\d+条)$/;
      for (const record of [...parsed.nodes, ...parsed.relationships]) {
        expect(record.sources.length, record.id).toBeGreaterThan(0);
        for (const recordSource of record.sources) {
          expect(recordSource).toEqual({
            document: NOTICE_TITLE,
            locator: expect.stringMatching(locator),
            takenAt: '2026-11-23',
          });
        }
      }
    });

    it('are identical when the same text is parsed twice', () => {
      expect(JSON.stringify(parseAnhuiActionPlan(text, source))).toBe(JSON.stringify(parsed));
    });
  });

  describe('strictness: a text not shaped as expected is an error naming where', () => {
    it.each([
      ['a title that is not a notice', edited('关于印发《', '关于转发《'), /^标题: .* is not a notice title/],
      [
        'a missing publication date',
        edited('2021/12/21\n', ''),
        /^发布日期: "各市.*" is not a date written as YYYY\/M\/D/,
      ],
      ['an impossible publication date', edited('2021/12/21', '2021/13/21'), /^发布日期: "2021\/13\/21" is not a date/],
      [
        'a department the table does not know',
        edited('安徽省文化和旅游厅\n', '安徽省科学技术厅\n'),
        /^落款: unknown department "安徽省科学技术厅"/,
      ],
      [
        'a department that signs twice',
        edited('安 徽 省 财 政 厅', '安 徽 省 教 育 厅'),
        /^落款: 安徽省教育厅 signs twice/,
      ],
      [
        'a plan title other than the one the notice issues',
        edited(
          '                     安徽省推进工业文化发展行动方案\n',
          '                     安徽省推进工业文化发展实施方案\n',
        ),
        /^方案标题: the plan is titled 《安徽省推进工业文化发展实施方案（2021—2025年）》 but the notice issues/,
      ],
      [
        'a national plan cited with another document number',
        edited(
          '54号),更好发挥工业文化在推进制造业高质量发展中的支撑作用,结合',
          '55号),更好发挥工业文化在推进制造业高质量发展中的支撑作用,结合',
        ),
        /^方案引言: the notice cites 工业和信息化部等八部委（工信部联政法〔2021〕54号）, the plan .*55号/,
      ],
      [
        'a gap in the item numbers',
        edited('  7. 培育创建', '  8. 培育创建'),
        /^第8条: item 8\. out of sequence: expected 7\./,
      ],
      [
        'a part out of sequence',
        edited('(三)创新发展', '(五)创新发展'),
        /^二、主要任务（五）: part （五） out of sequence/,
      ],
      [
        'a chapter out of sequence',
        edited('  三、保障措施', '  四、保障措施'),
        /^四、保障措施: chapter 四、 out of sequence after 二、主要任务/,
      ],
      [
        'an item without a first sentence',
        edited('19. 加大传播力度。', '19. 加大传播力度,'),
        /^第19条: first sentence ".*" contains ，/,
      ],
      [
        'text after an item that is not an item',
        edited('\n网站地图', '\n落款\n网站地图'),
        /^第19条: line 54 "落款" follows 第19条/,
      ],
      [
        'a space between two characters no rule explains',
        edited('凝练安徽工业精神。', '凝练安徽 工业精神。'),
        /^第1条: unexplained space in "徽 工" on line 30; .*LOST_PLUS_SIGNS/,
      ],
    ])('%s', (_, broken, message) => {
      expect(() => parseAnhuiActionPlan(broken, source)).toThrow(message);
    });

    it('throws SeedError with code MALFORMED_DOCUMENT and the place as locator', () => {
      expect(() => parseAnhuiActionPlan(edited('  7. 培育创建', '  8. 培育创建'), source)).toThrow(
        expect.objectContaining({ name: 'SeedError', code: 'MALFORMED_DOCUMENT', locator: '第8条' }),
      );
    });
  });
});

describe('planTitleKey', () => {
  it('treats dash forms, ASCII parentheses and a missing 年 as the same title', () => {
    const key = planTitleKey('推进工业文化发展实施方案（2021—2025年）');
    expect(planTitleKey('推进工业文化发展实施方案（2021-2025年）')).toBe(key);
    expect(planTitleKey('推进工业文化发展实施方案(2021—2025)')).toBe(key);
    expect(planTitleKey('推进工业文化发展实施方案（2021–2025年）')).toBe(key);
    expect(planTitleKey('推进工业文化发展实施方案（2021—2030年）')).not.toBe(key);
    expect(planTitleKey('推进工业文化发展行动方案（2021—2025年）')).not.toBe(key);
  });
});
