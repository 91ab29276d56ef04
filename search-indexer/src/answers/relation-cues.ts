import type { EntityKind, RelationType } from '@icg/graph';

/**
 * Which end of a relationship a question asks for: `from` (X 的前身: the predecessor, which SUCCEEDED_BY points from),
 * `to` (X 后来变成: the successor), or `other`: whichever end the subject is not on (兄弟, 合作; 创办人 of a mill or
 * of a founder's other mill).
 */
export type AskedEnd = 'from' | 'to' | 'other';

/** A phrase that names a relationship in a question, and what it asks. */
export interface RelationCue {
  phrase: string;
  /** The relationship types the phrase names: an answer may stand at the end of any of them. */
  types: readonly RelationType[];
  asks: AskedEnd;
  /**
   * For a verb: the end of the relationship that does what it says (创办: the founder, `from`; 运营: the operator,
   * `to`). Word order then decides what is asked: the doer when a question word stands before the verb or the
   * subject after it (谁创办了大生纱厂, 大生纱厂是谁创办的, 哪家工厂并入了大成公司), the other end when the subject
   * stands right before it (张謇创办了什么, 大成公司后来并入了哪里).
   */
  doer?: 'from' | 'to';
  /** The kinds an answer to this phrase can be (传承人 are people, not the companies that also practise). */
  kinds?: readonly EntityKind[];
  /**
   * A phrase asking where (在哪, 哪个城市): beside another relationship's verb it says where that happens
   * (在哪个馆里现场演示), and is not a step of its own.
   */
  where?: boolean;
}

/** A name a question gives an entity at some time: 保兴面粉厂 后来改名叫什么. Answered by the entity itself. */
export const FORMER_NAME = 'FORMER_NAME' as const;

/**
 * The phrases people ask relationships with, by the model's relation types and their Chinese names (RELATION_TYPES),
 * with the synonyms of everyday questions. Longer phrases are matched first and consume their text, so 哪里可以看
 * is an exhibit, not a location.
 */
const PEOPLE: readonly EntityKind[] = ['Craftsman', 'Entrepreneur'];

interface CueGroup {
  types: RelationType[];
  asks: AskedEnd;
  doer?: 'from' | 'to';
  where?: boolean;
  kinds?: readonly EntityKind[];
  phrases: readonly string[];
}

/** Verbs, asked either way round: the subject does it, or has it done. */
const verb = (types: RelationType[], doer: 'from' | 'to', phrases: readonly string[]): CueGroup => ({
  types,
  asks: 'other',
  doer,
  phrases,
});
/** Nouns and fixed phrases, which ask one end whatever the word order. */
const asking = (
  types: RelationType[],
  asks: AskedEnd,
  phrases: readonly string[],
  kinds?: readonly EntityKind[],
): CueGroup => ({ types, asks, phrases, ...(kinds ? { kinds } : {}) });

const CUES: readonly CueGroup[] = [
  asking(['FOUNDED', 'CO_FOUNDED'], 'other', ['创办人', '创始人', '创办者', '创建人', '创立者']),
  verb(['FOUNDED', 'CO_FOUNDED'], 'from', [
    '创办',
    '创始',
    '创立',
    '创建',
    '创设',
    '开办',
    '兴办',
    '开创',
    '谁开的',
    '谁建的',
    '办的',
  ]),
  verb(['CO_FOUNDED'], 'from', ['合资组建', '联合创办', '合办', '合资', '组建']),
  asking(['OPERATED_AS', 'FORMERLY_OF'], 'to', ['原来属于', '原来是', '以前是', '是哪家企业的', '属于', '曾是']),
  asking(['OWNED_BY'], 'to', ['隶属于', '隶属', '归属于']),
  asking(['OPERATED_AS', 'FORMERLY_OF'], 'from', [
    '有哪些工业遗产',
    '的工业遗产',
    '有哪些旧址',
    '的旧址有哪些',
    '留下了哪些',
  ]),
  asking(['SUCCEEDED_BY'], 'from', ['前身']),
  asking(['SUCCEEDED_BY'], 'to', ['后来变成', '后来成为', '承继', '继承者']),
  asking(['CONVERTED_TO'], 'to', ['改造成', '改造为', '改建成', '改建为', '改成', '现在是']),
  verb(['CONVERTED_TO'], 'from', ['改造', '改建']),
  asking(['HOUSED_IN'], 'other', ['所在的旧址', '里现在是']),
  verb(['HOUSED_IN'], 'from', ['坐落于', '建在']),
  verb(['HOUSED_IN', 'LOCATED_AT'], 'from', ['设在']),
  verb(['MERGED_INTO'], 'from', ['并入', '并到', '合并到', '归并']),
  asking(['PRACTICES', 'INHERITS'], 'other', ['传承人', '传人', '谁会做', '谁会', '会做'], PEOPLE),
  verb(['PRACTICES', 'INHERITS'], 'from', ['传承', '继承', '掌握']),
  asking(['SUBITEM_OF'], 'from', ['子项目', '子项', '分项']),
  verb(['PRODUCES'], 'from', ['生产', '出产', '制作', '制造', '做的', '在做']),
  verb(['LED'], 'from', ['领导', '掌管', '主持', '执掌']),
  verb(['LED', 'HEADS'], 'from', ['当厂长', '任厂长', '当过厂长']),
  verb(['WORKED_AT'], 'from', ['任职', '供职', '就职', '工作过', '干过', '工作']),
  verb(['MANAGES'], 'from', ['负责管理', '管理', '归谁负责', '归谁管', '负责']),
  verb(['DEMONSTRATES_AT'], 'from', ['现场演示', '演示', '展演', '表演']),
  verb(['STUDIED'], 'from', ['调查研究', '研究', '考察']),
  asking(['GROUPED_WITH'], 'other', ['合称', '并称', '齐名']),
  asking(['ABOUT'], 'from', ['的故事', '故事'], ['Story']),
  // X 利用 Y 的副产品: X uses what Y leaves.
  verb(['USES_BYPRODUCT_OF'], 'from', ['利用']),
  asking(['SET_IN'], 'to', ['发生在', '发生于']),
  asking(['EXHIBITS'], 'from', [
    '在哪里可以看到',
    '在哪里可以看',
    '哪里可以看到',
    '哪里可以看',
    '哪里能看到',
    '在哪能看到',
    '哪能看到',
    '可以看到',
    '能看到',
    '去哪看',
  ]),
  verb(['EXHIBITS'], 'from', ['展示', '收藏', '陈列', '展出']),
  asking(['PROTECTED_BY'], 'to', ['保护单位', '由哪些单位保护', '由谁保护']),
  // X 保护 Y: the protector is where PROTECTED_BY ends.
  verb(['PROTECTED_BY'], 'to', ['负责保护', '保护']),
  // Where a thing is: a site, museum or enterprise LOCATED_IN, a technique ORIGINATED_IN, a person ACTIVE_IN; each
  // kind has only its own, so one set of words serves all.
  {
    ...asking(
      ['LOCATED_IN', 'ORIGINATED_IN', 'ACTIVE_IN'],
      'to',
      ['在哪个城市', '哪个城市', '在哪里', '在哪儿', '在哪', '位于'],
      ['Place'],
    ),
    where: true,
  },
  asking(['ORIGINATED_IN'], 'to', ['起源于', '发源于', '起源']),
  asking(['ACTIVE_IN'], 'to', ['在哪个城市工作', '哪里人']),
  asking(['SIBLING_OF'], 'other', ['兄弟', '哥哥', '弟弟', '姐妹', '姐姐', '妹妹']),
  asking(['CHILD_OF'], 'to', ['父亲', '母亲', '爸爸']),
  asking(['CHILD_OF'], 'from', ['儿子', '女儿', '子女']),
  asking(['COLLABORATED_WITH'], 'other', ['一起', '合作']),
  verb(['COMMEMORATES'], 'from', ['纪念']),
  asking(['HEADS'], 'other', ['董事长', '馆长', '负责人']),
  verb(['OPERATED_BY'], 'to', ['运营', '经营']),
  asking(['APPRENTICE_OF'], 'to', ['师傅', '师父', '老师', '师从']),
  asking(['APPRENTICE_OF'], 'from', ['徒弟', '弟子']),
];

/** Phrases that ask for the name an entity bears now, given one it bore before. */
export const FORMER_NAME_PHRASES: readonly string[] = [
  '改名叫',
  '改名为',
  '改叫',
  '更名为',
  '改称',
  '现在叫',
  '现名',
  '现在是哪家',
];

export const RELATION_CUES: readonly RelationCue[] = CUES.flatMap(({ phrases, ...cue }) =>
  phrases.map((phrase) => ({ phrase, ...cue })),
).sort((a, b) => b.phrase.length - a.phrase.length);

/**
 * Words that say what kind of entity the answer is, when they follow a question word closely (哪个城市 wants a place,
 * 哪家纺织厂 an enterprise); elsewhere they describe something on the way (安庆内军械所并入的工厂是谁创办的).
 */
export const ANSWER_KIND_HINTS: readonly (readonly [string, readonly EntityKind[]])[] = [
  ['城市', ['Place']],
  ['企业', ['Enterprise']],
  ['公司', ['Enterprise']],
  ['工厂', ['Enterprise']],
  ['厂', ['Enterprise']],
  ['老店', ['Enterprise']],
  ['博物馆', ['Museum']],
  ['纪念馆', ['Museum']],
  ['场馆', ['Museum', 'TourismSite', 'StudyBase']],
  ['园区', ['TourismSite', 'StudyBase', 'HeritageSite']],
  ['景区', ['TourismSite']],
  ['景点', ['TourismSite']],
  ['技艺', ['Technique']],
  ['非遗', ['Technique']],
  ['工业遗产', ['HeritageSite']],
  ['旧址', ['HeritageSite']],
];

/** The question words that make the words just after them say what the answer is, and how far after. */
export const ASKING_WORDS: readonly string[] = ['哪个', '哪些', '哪家', '哪座', '哪所', '哪项', '哪处', '哪', '什么'];
export const ASKED_KIND_REACH = 6;
