import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';

const POLICY_DOCUMENTS = /* GraphQL */ `
  query PolicyDocuments {
    policyDocuments {
      id
      name
      province
      signedOn
      publishedOn
      documentNumber
      implements {
        id
      }
      issuers {
        name
      }
      sections {
        id
        name
        heading
        subsections {
          heading
          tasks {
            number
          }
        }
        tasks {
          id
          number
          targets {
            id
            count
            progress {
              counted
              goal
              measurable
            }
          }
        }
      }
    }
  }
`;

const POLICY_TASK = /* GraphQL */ `
  query PolicyTask($id: ID!) {
    policyTask(id: $id) {
      id
      number
      province
      section {
        name
      }
      leadDepartments {
        name
      }
      participatingDepartments {
        name
      }
      responsiblePerDutyDepartments {
        name
      }
      jointlyResponsibleDepartments {
        name
      }
      themes {
        id
        name
      }
      targets {
        name
        count
        unit
        what
        per
        task {
          id
        }
        progress {
          counted
          goal
          ratio
          measurable
          countedKinds
          rule
          entities {
            id
            kind
            province
          }
        }
      }
      similarTasks {
        score
        sharedThemes
        task {
          id
          province
        }
      }
    }
  }
`;

interface Progress {
  counted: number;
  goal: number | null;
  ratio: number | null;
  measurable: boolean;
  countedKinds: string[];
  rule: string;
  entities: { id: string; kind: string; province: string | null }[];
}

interface PolicyTaskData {
  policyTask: {
    id: string;
    number: number;
    province: string;
    section: { name: string };
    leadDepartments: { name: string }[];
    participatingDepartments: { name: string }[];
    responsiblePerDutyDepartments: { name: string }[];
    jointlyResponsibleDepartments: { name: string }[];
    themes: { id: string; name: string }[];
    targets: {
      name: string;
      count: number;
      unit: string;
      what: string;
      per: string | null;
      task: { id: string };
      progress: Progress;
    }[];
    similarTasks: { score: number; sharedThemes: string[]; task: { id: string; province: string } }[];
  } | null;
}

interface PolicyDocumentsData {
  policyDocuments: {
    id: string;
    name: string;
    province: string | null;
    signedOn: string | null;
    publishedOn: string | null;
    documentNumber: string | null;
    implements: { id: string }[];
    issuers: { name: string }[];
    sections: {
      id: string;
      name: string;
      heading: string | null;
      subsections: { heading: string; tasks: { number: number }[] }[];
      tasks: {
        id: string;
        number: number;
        targets: { id: string; count: number; progress: { counted: number; goal: number; measurable: boolean } }[];
      }[];
    }[];
  }[];
}

const JS_MUSEUMS_TASK = 'policy-jiangsu-2021-2025-t04';
const AH_MUSEUMS_TASK = 'policy-anhui-2021-2025-t07';

describe.each(GRAPH_BACKENDS)('policy documents and tasks over HTTP, on the %s graph store', (backend) => {
  let service: TestService;
  let documents: PolicyDocumentsData['policyDocuments'];

  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
    const { status, body } = await graphql<PolicyDocumentsData>(service.url, POLICY_DOCUMENTS);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    documents = body.data!.policyDocuments;
  });
  afterAll(async () => {
    await service?.dispose();
  });

  const document = (id: string) => documents.find((d) => d.id === id)!;

  describe('policyDocuments', () => {
    it('lists the national plan first, then the Anhui and Jiangsu plans that implement it', () => {
      expect(documents.map((d) => d.id)).toEqual([
        'policy-national-2021-2025',
        'policy-anhui-2021-2025',
        'policy-jiangsu-2021-2025',
      ]);
      expect(document('policy-national-2021-2025').documentNumber).toBe('工信部联政法〔2021〕54号');
      for (const id of ['policy-anhui-2021-2025', 'policy-jiangsu-2021-2025']) {
        expect(document(id).implements).toEqual([{ id: 'policy-national-2021-2025' }]);
      }
    });

    it('gives the dates the Anhui plan was signed and published', () => {
      expect(document('policy-anhui-2021-2025')).toMatchObject({
        province: '安徽',
        signedOn: '2021-12-08',
        publishedOn: '2021-12-21',
      });
      expect(document('policy-anhui-2021-2025').issuers.length).toBeGreaterThan(0);
    });

    it('divides the Jiangsu plan into 5 工程 holding its 11 tasks', () => {
      const sections = document('policy-jiangsu-2021-2025').sections;
      expect(sections.map((s) => s.name)).toEqual([
        '工业文化弘扬传播工程',
        '工业文化载体建设工程',
        '工业遗产保护利用工程',
        '文化和产业融合发展工程',
        '工业文化发展保障工程',
      ]);
      expect(sections.flatMap((s) => s.tasks.map((t) => t.number))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    });

    it('divides the Anhui plan into 主要任务 (一)–(四) and 三、保障措施, 19 items in all', () => {
      const sections = document('policy-anhui-2021-2025').sections;
      const main = sections.find((s) => s.heading === '二、主要任务')!;
      expect(main.subsections.map((s) => s.heading)).toEqual([
        '（一）传承弘扬工业文化精神',
        '（二）强化工业文化保护利用',
        '（三）创新发展工业文化产业',
        '（四）推动工业文化制度建设',
      ]);
      const safeguards = sections.find((s) => s.heading === '三、保障措施')!;
      const numbers = [
        ...main.subsections.flatMap((s) => s.tasks.map((t) => t.number)),
        ...safeguards.tasks.map((t) => t.number),
      ];
      expect(numbers).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    });

    it('holds the 7 quantified targets of the Jiangsu plan, each with its progress', () => {
      const targets = document('policy-jiangsu-2021-2025').sections.flatMap((s) => s.tasks.flatMap((t) => t.targets));
      expect(targets.map((t) => t.count)).toEqual([20, 50, 30, 50, 50, 50, 20]);
      for (const target of targets) expect(target.progress.goal).toBe(target.count);
      // 工艺美术特色区域 is the one target nothing in the graph can count.
      expect(targets.filter((t) => !t.progress.measurable).map((t) => t.id)).toEqual([
        'policy-jiangsu-2021-2025-t09-target-1',
      ]);
    });
  });

  describe('policyTask', () => {
    async function policyTask(id: string) {
      const { status, body } = await graphql<PolicyTaskData>(service.url, POLICY_TASK, { id });
      return { status, body };
    }

    it('gives a task its section and departments by role, in the order the document names them', async () => {
      const { body } = await policyTask(JS_MUSEUMS_TASK);
      expect(body.errors).toBeUndefined();
      const task = body.data!.policyTask!;
      expect(task).toMatchObject({ number: 4, province: '江苏', section: { name: '工业文化载体建设工程' } });
      expect(task.leadDepartments.map((d) => d.name)).toEqual([
        '江苏省工业和信息化厅',
        '江苏省人力资源和社会保障厅',
        '江苏省文化和旅游厅',
      ]);
      expect(task.participatingDepartments.map((d) => d.name)).toEqual([
        '江苏省发展和改革委员会',
        '江苏省人民政府国有资产监督管理委员会',
      ]);
      expect(task.responsiblePerDutyDepartments).toEqual([]);
      expect(task.themes.map((t) => t.id)).toContain('theme-industrial-museum');
    });

    it('counts the museums of Jiangsu in the graph towards 50家具有影响力的工业（企业）博物馆', async () => {
      const { body } = await policyTask(JS_MUSEUMS_TASK);
      const [target] = body.data!.policyTask!.targets;
      expect(target).toMatchObject({
        name: '50家具有影响力的工业（企业）博物馆',
        count: 50,
        unit: '家',
        task: { id: JS_MUSEUMS_TASK },
      });
      const museums = await service.graph.countNodes({ kinds: ['Museum'], province: '江苏' });
      expect(museums).toBeGreaterThan(0);
      expect(target!.progress).toMatchObject({
        counted: museums,
        goal: 50,
        ratio: Math.round((museums / 50) * 1000) / 1000,
        measurable: true,
        countedKinds: ['Museum'],
      });
      expect(target!.progress.rule).toContain('博物馆');
      expect(target!.progress.entities).toHaveLength(museums);
      expect(target!.progress.entities.every((e) => e.kind === 'Museum' && e.province === '江苏')).toBe(true);
    });

    it("finds the most similar task in the other province's plan, best first", async () => {
      const { body } = await policyTask(JS_MUSEUMS_TASK);
      const [best] = body.data!.policyTask!.similarTasks;
      expect(best).toMatchObject({ task: { id: AH_MUSEUMS_TASK, province: '安徽' }, sharedThemes: ['工业博物馆'] });
      expect(best!.score).toBeCloseTo(0.6, 1);
    });

    it('sees a similarity from the Anhui side too', async () => {
      const { body } = await policyTask(AH_MUSEUMS_TASK);
      const similar = body.data!.policyTask!.similarTasks;
      expect(similar.map((s) => s.task.id)).toContain(JS_MUSEUMS_TASK);
      expect(similar.every((s) => s.task.province === '江苏')).toBe(true);
      const scores = similar.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('lists a task with several similar tasks best first', async () => {
      const { body } = await policyTask('policy-jiangsu-2021-2025-t11');
      const similar = body.data!.policyTask!.similarTasks;
      expect(similar.map((s) => s.task.id)).toEqual([
        'policy-anhui-2021-2025-t08',
        'policy-anhui-2021-2025-t06',
        'policy-anhui-2021-2025-t17',
        'policy-anhui-2021-2025-t15',
      ]);
    });

    it('names the award a 优秀企业 target counts and counts only its Jiangsu winners the graph records', async () => {
      const { body } = await policyTask('policy-jiangsu-2021-2025-t08');
      const targets = body.data!.policyTask!.targets;
      expect(targets.map((t) => [t.count, t.unit, t.per])).toEqual([
        [50, '个', '每次'],
        [50, '名', '每次'],
      ]);
      expect(targets[0]!.progress.countedKinds).toEqual(['Enterprise']);
      expect(targets[0]!.progress.rule).toContain('江苏制造突出贡献奖');
      expect(targets[1]!.progress.countedKinds).toEqual(['Entrepreneur', 'Craftsman']);
    });

    it('answers null for an id no entity has, as entity(id:) does', async () => {
      const { status, body } = await policyTask('policy-jiangsu-2021-2025-t99');
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ policyTask: null });
    });

    it('refuses the id of an entity that is not a task with BAD_USER_INPUT', async () => {
      const { body } = await policyTask('policy-jiangsu-2021-2025-s2');
      expect(body.data?.policyTask ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain('PolicySection');
    });
  });
});
