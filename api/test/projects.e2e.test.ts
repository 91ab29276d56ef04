import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCuratorToken, GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';

const PROJECT_FIELDS = /* GraphQL */ `
  id
  kind
  name
  province
  city
  projectType
  projectTypeLabel
  status
  statusLabel
  startYear
  endYear
  note
  derivedFrom
  sources {
    url
    document
    locator
  }
  reuses {
    id
    kind
  }
  resultedIn {
    id
  }
  operators {
    id
  }
  answersTasks {
    id
  }
  answersTargets {
    id
  }
`;

const PROJECTS = /* GraphQL */ `
  query Projects($filter: ProjectFilter, $first: Int, $after: String) {
    projects(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      countsByType {
        type
        label
        count
      }
      countsByStatus {
        status
        label
        count
      }
      nodes { ${PROJECT_FIELDS} }
    }
  }
`;

const UPSERT_PROJECT = /* GraphQL */ `
  mutation UpsertProject($input: UpsertProjectInput!) {
    upsertProject(input: $input) {
      created
      project { ${PROJECT_FIELDS} }
    }
  }
`;

const TASK_PROGRESS = /* GraphQL */ `
  query TaskProgress($id: ID!) {
    policyTask(id: $id) {
      projects {
        id
        status
      }
      targets {
        id
        progress {
          counted
          measurable
          countedKinds
          rule
          entities {
            id
          }
        }
      }
    }
  }
`;

interface ProjectData {
  id: string;
  kind: string;
  name: string;
  province: string | null;
  city: string | null;
  projectType: string;
  projectTypeLabel: string;
  status: string;
  statusLabel: string;
  startYear: number | null;
  endYear: number | null;
  note: string | null;
  derivedFrom: string | null;
  sources: { url: string | null; document: string | null; locator: string | null }[];
  reuses: { id: string; kind: string }[];
  resultedIn: { id: string }[];
  operators: { id: string }[];
  answersTasks: { id: string }[];
  answersTargets: { id: string }[];
}

interface ProjectsData {
  projects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    countsByType: { type: string; label: string; count: number }[];
    countsByStatus: { status: string; label: string; count: number }[];
    nodes: ProjectData[];
  };
}

interface TaskProgressData {
  policyTask: {
    projects: { id: string; status: string }[];
    targets: {
      id: string;
      progress: {
        counted: number;
        measurable: boolean;
        countedKinds: string[];
        rule: string;
        entities: { id: string }[];
      };
    }[];
  };
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; argument?: string; unknownIds?: string[] };
}

const REUSE_TASK = 'policy-jiangsu-2021-2025-t06';
const REUSE_TARGET = 'policy-jiangsu-2021-2025-t06-target-1';
const SOURCE = { document: '南京市工业遗产保护利用项目调查', locator: '第 3 页', takenAt: '2026-11-20' };

describe.each(GRAPH_BACKENDS)('the project base over HTTP, on the %s graph store', (backend) => {
  let service: TestService;
  let token: string;
  const asCurator = () => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
    token = (await createCuratorToken(service.dataDir, '项目库管理员')).token;
  });
  afterAll(async () => {
    await service?.dispose();
  });

  const projects = async (variables: Record<string, unknown>) => {
    const { body } = await graphql<ProjectsData>(service.url, PROJECTS, variables);
    expect(body.errors).toBeUndefined();
    return body.data!.projects;
  };
  const reuseTarget = async () => {
    const { body } = await graphql<TaskProgressData>(service.url, TASK_PROGRESS, { id: REUSE_TASK });
    expect(body.errors).toBeUndefined();
    return body.data!.policyTask;
  };

  it('lists the 7 reuse projects the curated data implies, each with its sources and what it was derived from', async () => {
    const page = await projects({ first: 100 });
    expect(page.totalCount).toBe(7);
    expect(page.countsByType.find((c) => c.type === 'HERITAGE_REUSE')).toEqual({
      type: 'HERITAGE_REUSE',
      label: '工业遗产活化利用',
      count: 7,
    });
    expect(page.countsByStatus.map((c) => [c.label, c.count])).toEqual([
      ['储备', 0],
      ['在建', 0],
      ['建成', 0],
      ['运营', 7],
    ]);
    for (const project of page.nodes) {
      expect(project.derivedFrom, project.id).toMatch(/^hs-[a-z0-9-]+\|CONVERTED_TO\|ts-[a-z0-9-]+$/);
      expect(
        project.reuses.map((r) => r.kind),
        project.id,
      ).toEqual(['HeritageSite']);
      expect(project.note, project.id).toMatch(/^由整理数据推得：/);
      expect(
        project.sources.map((s) => s.locator),
        project.id,
      ).toContainEqual(expect.stringMatching(/^relations\.json #\d+$/));
    }
    const jinling = page.nodes.find((p) => p.id === 'project-reuse-jinling-arsenal')!;
    expect(jinling).toMatchObject({
      kind: 'Project',
      name: '金陵机器制造局旧址活化利用项目',
      province: '江苏',
      city: '南京市',
      projectType: 'HERITAGE_REUSE',
      status: 'OPERATING',
      statusLabel: '运营',
      startYear: 2007,
      derivedFrom: 'hs-jinling-arsenal|CONVERTED_TO|ts-chenguang-1865',
      reuses: [{ id: 'hs-jinling-arsenal', kind: 'HeritageSite' }],
      resultedIn: [{ id: 'ts-chenguang-1865' }],
      operators: [{ id: 'ent-chenguang' }],
    });
    expect(jinling.sources.map((s) => s.locator)).toEqual([
      null,
      null,
      'relations.json #491',
      'entities.json hs-jinling-arsenal current_use',
      'entities.json ts-chenguang-1865 opened_year',
    ]);
  });

  it('filters by province and city, and pages in id order', async () => {
    const anhui = await projects({ filter: { province: '安徽' } });
    expect(anhui.nodes.map((p) => p.id)).toEqual(['project-reuse-yixin-flour-mill']);
    const nanjing = await projects({ filter: { city: '南京市', type: 'HERITAGE_REUSE', status: 'OPERATING' } });
    expect(nanjing.totalCount).toBe(3);
    const first = await projects({ first: 4 });
    const second = await projects({ first: 4, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.nodes, ...second.nodes].map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(7);
  });

  it('counts the Jiangsu reuse projects towards 50个工业遗产活化利用重点项目', async () => {
    const task = await reuseTarget();
    const target = task.targets.find((t) => t.id === REUSE_TARGET)!;
    expect(target.progress).toMatchObject({ counted: 6, measurable: true, countedKinds: ['Project'] });
    expect(target.progress.rule).toContain('状态为在建、建成、运营的计入，储备项目不计');
    expect(task.projects).toEqual([]);
  });

  it('creates a project linked to a task in one write; the task lists it and its target counts it', async () => {
    const input = {
      name: '测试厂旧址活化利用项目',
      type: 'HERITAGE_REUSE',
      status: 'UNDER_CONSTRUCTION',
      startYear: 2025,
      endYear: 2027,
      note: '测试用项目',
      reuses: ['hs-dasheng-cotton-mill'],
      answers: [REUSE_TASK],
      sources: [SOURCE],
    };
    const { body } = await graphql<{ upsertProject: { created: boolean; project: ProjectData } }>(
      service.url,
      UPSERT_PROJECT,
      { input },
      asCurator(),
    );
    expect(body.errors).toBeUndefined();
    const { created, project } = body.data!.upsertProject;
    expect(created).toBe(true);
    expect(project).toMatchObject({
      kind: 'Project',
      province: null,
      projectType: 'HERITAGE_REUSE',
      status: 'UNDER_CONSTRUCTION',
      statusLabel: '在建',
      startYear: 2025,
      endYear: 2027,
      derivedFrom: null,
      reuses: [{ id: 'hs-dasheng-cotton-mill', kind: 'HeritageSite' }],
      answersTasks: [{ id: REUSE_TASK }],
    });
    expect(project.id).toMatch(/^project-[0-9a-f]{12}$/);

    // It lies in no province: only its ANSWERS makes it count.
    const task = await reuseTarget();
    expect(task.projects).toEqual([{ id: project.id, status: 'UNDER_CONSTRUCTION' }]);
    const target = task.targets.find((t) => t.id === REUSE_TARGET)!;
    expect(target.progress.counted).toBe(7);
    expect(target.progress.entities.map((e) => e.id)).toContain(project.id);
    const listed = await projects({ filter: { taskId: REUSE_TASK } });
    expect(listed.nodes.map((p) => p.id)).toEqual([project.id]);

    // Sending it again updates it: a 储备 project is listed under its task but no longer counted.
    const again = await graphql<{ upsertProject: { created: boolean; project: ProjectData } }>(
      service.url,
      UPSERT_PROJECT,
      { input: { ...input, status: 'RESERVE' } },
      asCurator(),
    );
    expect(again.body.data?.upsertProject).toMatchObject({ created: false, project: { id: project.id } });
    const after = await reuseTarget();
    expect(after.projects).toEqual([{ id: project.id, status: 'RESERVE' }]);
    expect(after.targets.find((t) => t.id === REUSE_TARGET)!.progress.counted).toBe(6);
  });

  it('links an existing project to a target with addRelationship, as for any entity', async () => {
    const add = /* GraphQL */ `
      mutation Link($input: AddRelationshipInput!) {
        addRelationship(input: $input) {
          created
        }
      }
    `;
    const { body } = await graphql(
      service.url,
      add,
      { input: { type: 'ANSWERS', from: 'project-reuse-yixin-flour-mill', to: REUSE_TARGET, sources: [SOURCE] } },
      asCurator(),
    );
    expect(body.errors).toBeUndefined();
    const task = await reuseTarget();
    expect(task.projects.map((p) => p.id)).toContain('project-reuse-yixin-flour-mill');
    // An Anhui project answering a Jiangsu target counts there too.
    const target = task.targets.find((t) => t.id === REUSE_TARGET)!;
    expect(target.progress.entities.map((e) => e.id)).toContain('project-reuse-yixin-flour-mill');
  });

  it('refuses a bad link or period, naming it, and writes nothing', async () => {
    const before = await projects({ first: 100 });
    const attempt = async (input: Record<string, unknown>) => {
      const { body } = await graphql<{ upsertProject: unknown }>(
        service.url,
        UPSERT_PROJECT,
        { input: { name: '不应写入的项目', type: 'DEVELOPMENT', status: 'RESERVE', sources: [SOURCE], ...input } },
        asCurator(),
      );
      expect(body.data?.upsertProject ?? null).toBeNull();
      return body.errors?.[0] as GraphQLErrorBody;
    };
    const unknown = await attempt({ answers: [REUSE_TASK, 'policy-jiangsu-2021-2025-t99'] });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', unknownIds: ['policy-jiangsu-2021-2025-t99'] });
    const wrongKind = await attempt({ answers: ['city-nanjing'] });
    expect(wrongKind.message).toBe('ANSWERS cannot join a Project to a Place; it joins Project → PolicyTask/Target.');
    expect(wrongKind.extensions?.argument).toBe('input.answers');
    const years = await attempt({ startYear: 2025, endYear: 2021 });
    expect(years.extensions?.code).toBe('BAD_USER_INPUT');
    expect(years.message).toContain('properties.endYear 2021 is before properties.startYear 2025');
    const viaEntity = await graphql(
      service.url,
      /* GraphQL */ `
        mutation Bad($input: UpsertEntityInput!) {
          upsertEntity(input: $input) {
            created
          }
        }
      `,
      { input: { kind: 'Project', name: '没有类型的项目', properties: '{"status":"运营"}', sources: [SOURCE] } },
      asCurator(),
    );
    expect((viaEntity.body.errors?.[0] as GraphQLErrorBody).message).toMatch(/properties\.projectType must be one of/);
    expect((await projects({ first: 100 })).totalCount).toBe(before.totalCount);
  });

  it('refuses a taskId that is not a policy task', async () => {
    const { body } = await graphql(service.url, PROJECTS, { filter: { taskId: 'city-nanjing' } });
    expect((body.errors?.[0] as GraphQLErrorBody).extensions?.code).toBe('BAD_USER_INPUT');
    expect((body.errors?.[0] as GraphQLErrorBody).message).toBe('"city-nanjing" is a Place, not a PolicyTask');
  });
});
