/** Question words proper: both a stop word and what makes a query a question. */
const WORDS_THAT_ASK = [
  '谁',
  '哪',
  '哪里',
  '哪儿',
  '哪些',
  '哪个',
  '哪家',
  '哪位',
  '什么',
  '什么样',
  '怎么',
  '怎样',
  '如何',
  '为什么',
  '为何',
  '多少',
  '几',
  '何时',
  '什么时候',
  '是否',
];

/**
 * Words of a question that carry no subject: question words, particles, copulas and the verbs people wrap a search
 * in (谁创办了大生纱厂, 哪里可以看云锦, 南通有哪些纺织工业遗产). They are taken out of the words every hit must have;
 * the whole question still goes to the embedding model, for which they are part of the meaning.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...WORDS_THAT_ASK,
  '是不是',
  // Particles and function words.
  '吗',
  '呢',
  '吧',
  '啊',
  '了',
  '的',
  '地',
  '得',
  '过',
  '着',
  '和',
  '与',
  '及',
  '或',
  '在',
  '从',
  '把',
  '被',
  '给',
  '对',
  '向',
  '里',
  '中',
  '上',
  // Verbs a question is wrapped in.
  '是',
  '有',
  '有没有',
  '可以',
  '能',
  '能够',
  '想',
  '要',
  '去',
  '看',
  '看看',
  '参观',
  '了解',
  '介绍',
  '一下',
  '请问',
  '请',
  '告诉',
  '我',
  '我们',
  '你',
  '它',
  '他',
  '她',
  '这',
  '那',
  '这个',
  '那个',
  '一个',
  '一些',
  '现在',
  '当年',
]);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * Words that make a query a question about a set (谁, 哪些, 哪里 …): only then are its place and kind words read as
 * filters. Typed without one (省工信厅 工业遗产, 镇江 香醋), such words are search words like any other.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([...WORDS_THAT_ASK, '有没有', '吗', '呢']);
