import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';

// Questions put to search, answered from the seeded graph's relationships: the real graph store (both), the real
// Meilisearch, over HTTP.

const ASK = /* GraphQL */ `
  query Ask($query: String!) {
    search(query: $query, first: 5) {
      totalHits
      hits {
        entity {
          id
        }
      }
      answer {
        subject {
          id
          name
        }
        mention
        nearMiss
        asked {
          phrase
          relationTypes
        }
        items {
          entity {
            id
            name
          }
          explanation
          formerName {
            name
            to
          }
          path {
            length
            nodes {
              id
            }
            edges {
              type
              sources {
                document
              }
            }
          }
          sources {
            document
            url
            locator
          }
        }
      }
    }
  }
`;

interface AnswerItem {
  entity: { id: string; name: string };
  explanation: string;
  formerName: { name: string; to: number | null } | null;
  path: { length: number; nodes: { id: string }[]; edges: { type: string; sources: { document: string | null }[] }[] };
  sources: { document: string | null; url: string | null; locator: string | null }[];
}

interface Answer {
  subject: { id: string; name: string };
  mention: string;
  nearMiss: boolean;
  asked: { phrase: string; relationTypes: string[] }[];
  items: AnswerItem[];
}

interface Asked {
  totalHits: number;
  hits: { entity: { id: string } }[];
  answer: Answer | null;
}

async function ask(service: TestService, query: string): Promise<Asked> {
  const { body } = await graphql<{ search: Asked }>(service.url, ASK, { query });
  expect(body.errors).toBeUndefined();
  return body.data!.search;
}

const answerIds = (asked: Asked) => asked.answer?.items.map((item) => item.entity.id).sort();

describe.each(GRAPH_BACKENDS)('answers to questions, from the %s graph store', (backend) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
  }, 240_000);
  afterAll(async () => {
    await service?.dispose();
  });

  it('names the founder, with the relationship that says so and its source', async () => {
    const asked = await ask(service, '谁创办了大生纱厂');
    expect(asked.answer?.subject.id).toBe('ent-dasheng');
    expect(asked.answer?.mention).toBe('大生纱厂');
    expect(asked.answer?.asked).toEqual([{ phrase: '创办', relationTypes: ['FOUNDED', 'CO_FOUNDED'] }]);
    const [founder] = asked.answer!.items;
    expect(asked.answer!.items).toHaveLength(1);
    expect(founder!.entity).toEqual({ id: 'en-zhang-jian', name: '张謇' });
    expect(founder!.path.nodes.map((node) => node.id)).toEqual(['ent-dasheng', 'en-zhang-jian']);
    expect(founder!.path.edges.map((edge) => edge.type)).toEqual(['FOUNDED']);
    expect(founder!.explanation).toBe('大生纱厂（江苏大生集团有限公司） 由 张謇 创办。');
    // The card's sources are those of the relationship it rests on.
    expect(founder!.sources.length).toBeGreaterThan(0);
    expect(founder!.sources).toEqual(founder!.path.edges[0]!.sources.map((source) => expect.objectContaining(source)));
    // The hits still come.
    expect(asked.hits.length).toBeGreaterThan(0);
  });

  it('reads the question either way round: X 是谁创办的, X 的创办人, Y 创办了哪些企业', async () => {
    expect(answerIds(await ask(service, '茂新面粉厂是谁创办的'))).toEqual(['en-rong-desheng', 'en-rong-zongjing']);
    expect(answerIds(await ask(service, '永利铔厂的创办人是谁'))).toEqual(['en-fan-xudong', 'en-hou-debang']);
    expect(answerIds(await ask(service, '刘国钧创办了哪些企业'))).toEqual(['ent-dacheng', 'ent-guangyi']);
  });

  it('answers a former name with the entity bearing it today, and the year of the change', async () => {
    const asked = await ask(service, '保兴面粉厂后来改名叫什么');
    expect(asked.answer?.asked).toEqual([{ phrase: '改名叫', relationTypes: ['FORMER_NAME'] }]);
    const [renamed] = asked.answer!.items;
    expect(renamed!.entity.id).toBe('ent-maoxin');
    expect(renamed!.path.length).toBe(0);
    expect(renamed!.formerName?.name).toBe('保兴面粉厂');
    expect(renamed!.explanation).toContain('保兴面粉厂 即今 茂新面粉厂');
    expect(renamed!.sources.length).toBeGreaterThan(0);
  });

  it('answers what an old site became: 金陵机器制造局旧址现在是什么 → 晨光1865', async () => {
    const asked = await ask(service, '金陵机器制造局旧址现在是什么');
    expect(answerIds(asked)).toEqual(['ts-chenguang-1865']);
    expect(asked.answer!.items[0]!.path.edges.map((edge) => edge.type)).toEqual(['CONVERTED_TO']);
  });

  it('lists the inheritors of a technique, people only', async () => {
    const asked = await ask(service, '苏绣的传承人有哪些');
    expect(asked.answer?.subject.id).toBe('tech-su-embroidery');
    expect(answerIds(asked)).toEqual(['cr-cai-meiying', 'cr-lu-caifeng', 'cr-yao-jianping', 'cr-zou-yingzi']);
  });

  it('names the museum exhibiting a craft', async () => {
    const asked = await ask(service, '哪个博物馆展示芜湖铁画');
    expect(answerIds(asked)).toEqual(['mu-wuhu-iron-painting']);
    expect(asked.answer!.items[0]!.path.edges.map((edge) => edge.type)).toEqual(['EXHIBITS']);
  });

  it('follows two relationships where the question asks two: 荣德生的兄弟创办了什么', async () => {
    const asked = await ask(service, '荣德生的兄弟创办了什么');
    expect(asked.answer?.asked.map((step) => step.phrase)).toEqual(['兄弟', '创办']);
    expect(answerIds(asked)).toEqual(['ent-maoxin', 'ent-zhenxin']);
    for (const item of asked.answer!.items) {
      expect(item.path.nodes.map((node) => node.id).slice(0, 2)).toEqual(['en-rong-desheng', 'en-rong-zongjing']);
      expect(item.path.edges.map((edge) => edge.type)).toEqual(['SIBLING_OF', 'FOUNDED']);
      expect(item.explanation.split('；')).toHaveLength(2);
      // Every hop's sources, each once.
      const hopSources = new Set(item.path.edges.flatMap((edge) => edge.sources.map((s) => s.document)));
      expect(new Set(item.sources.map((source) => source.document))).toEqual(hopSources);
    }
  });

  it('reads traditional characters, a short form of a registered name and a misspelt name', async () => {
    expect(answerIds(await ask(service, '誰創辦了大生紗廠'))).toEqual(['en-zhang-jian']);
    expect(answerIds(await ask(service, '恒顺醋业的创始人是谁'))).toEqual(['en-zhu-zhaohuai']);
    const misspelt = await ask(service, '荣德声创办了哪些企业');
    expect(misspelt.answer?.nearMiss).toBe(true);
    expect(misspelt.answer?.subject.id).toBe('en-rong-desheng');
  });

  it('gives no answer where the graph holds none, and the hits still come', async () => {
    for (const question of ['张謇的兄弟是谁', '宋锦织造技艺的传承人是谁', '谁发明了宣纸', '大生纱厂旧址改造成了什么']) {
      const asked = await ask(service, question);
      expect(asked.answer, question).toBeNull();
      expect(asked.hits.length, question).toBeGreaterThan(0);
    }
  });

  it('gives no answer to a search that is not a question about relationships', async () => {
    expect((await ask(service, '纺织')).answer).toBeNull();
    expect((await ask(service, '大生纱厂')).answer).toBeNull();
  });
});
