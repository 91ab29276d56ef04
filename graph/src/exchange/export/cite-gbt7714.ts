import type { EntityKind } from '../../model/entity-kinds.ts';
import type { Source } from '../../model/graph-records.ts';

/**
 * Reference entries in the style of GB/T 7714-2015 (信息与文献 参考文献著录规则), one per source.
 *
 * The standard's order of elements, of which a source here has only some:
 *
 *   主要责任者. 题名: 其他题名信息[文献类型标识/载体标识]. 出版地: 出版者, 出版年: 引文页码(更新或修改日期)[引用日期]. 获取和访问路径.
 *
 * How our Source fields map onto it:
 * - 题名 = `document` (for a web page without a title, the URL's host stands in);
 * - 其他题名信息 = `documentNumber` (文号) when a source has one, as the standard's own example
 *   `关于转发北京市企业投资项目核准暂行实施办法的通知: 京政办发[2005]37号[A/OL]` shows;
 * - 引文页码 = `locator` (序号 6, 第7条): where in the document;
 * - 引用日期 = `takenAt`, in square brackets (GB/T 7714-2015 makes it optional for all types and
 *   required in practice for online ones);
 * - 获取和访问路径 = `url`;
 * - 主要责任者, 出版者, 出版年 = optional `author`, `publisher`, `publishedAt` where a source carries
 *   them (the JSON format keeps any extra source fields); missing elements are left out together
 *   with their punctuation, as the standard does for 无责任者 works.
 *
 * 文献类型标识 (document type code):
 * - `[EB/OL]` 电子公告/网页 for any source with a URL, unless it is a standard or a policy text;
 * - `[S]` (`[S/OL]` online) when the title is a standard's number or says 标准 (GB/T …, JB/T …);
 * - `[Z]` (`[Z/OL]` online) 其他 for policy documents, sections and tasks (政策文件, 任务分工方案),
 *   and for any other source without a URL: a document the standard has no closer code for.
 */
export type CitationType = 'EB/OL' | 'S' | 'S/OL' | 'Z' | 'Z/OL';

const STANDARD_TITLE = /^(GB|GB\/T|GB\/Z|[A-Z]{2}\/T|[A-Z]{2}|ISO)\s?\d+|标准/;
const POLICY_KINDS: ReadonlySet<EntityKind> = new Set([
  'PolicyDocument',
  'PolicySection',
  'PolicyTask',
  'Department',
  'Target',
]);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

export function citationType(source: Source, kind?: EntityKind): CitationType {
  const online = text(source.url) !== undefined;
  if (STANDARD_TITLE.test(text(source.document) ?? '')) return online ? 'S/OL' : 'S';
  if (kind && POLICY_KINDS.has(kind)) return online ? 'Z/OL' : 'Z';
  return online ? 'EB/OL' : 'Z';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Ends an element with the standard's full stop, unless it ends with a stop already. */
const stop = (element: string) => (/[.。]$/.test(element) ? element : `${element}.`);

/**
 * One reference entry. `kind` is the kind of the record the source supports (it decides [Z] for
 * policy texts). Example: `江苏省工业和信息化厅. 江苏省工业遗产名录[EB/OL]: 序号 6[2024-05-01]. https://….`
 */
export function formatGbt7714Citation(source: Source, kind?: EntityKind): string {
  const extra = source as Source & Record<string, unknown>;
  const url = text(source.url);
  const title = text(source.document) ?? (url ? hostOf(url) : '（无题名）');
  const author = text(extra.author);
  const documentNumber = text(extra.documentNumber);
  const publisher = text(extra.publisher);
  const publishedAt = text(extra.publishedAt);
  const locator = text(source.locator);
  const takenAt = text(source.takenAt);

  let entry = author ? `${stop(author)} ` : '';
  entry += `${title}${documentNumber ? `: ${documentNumber}` : ''}[${citationType(source, kind)}]`;
  // 出版项: 出版者, 出版年 (出版地 is not recorded). A full date is an update date, in parentheses.
  const year = publishedAt && /^\d{4}$/.test(publishedAt) ? publishedAt : undefined;
  const updated = publishedAt && !year ? publishedAt : undefined;
  const publication = [publisher, year].filter(Boolean).join(', ');
  if (publication) entry += `. ${publication}`;
  if (locator) entry += `: ${locator}`;
  const dates = `${updated ? `(${updated})` : ''}${takenAt ? `[${takenAt}]` : ''}`;
  if (dates) entry += publication || locator ? dates : `. ${dates}`;
  entry = stop(entry);
  if (url) entry += ` ${stop(url)}`;
  return entry;
}

/** Numbered entries `[1] …`, in source order, as a reference list shows them. */
export function formatGbt7714References(sources: readonly Source[], kind?: EntityKind): string[] {
  return sources.map((source, index) => `[${index + 1}] ${formatGbt7714Citation(source, kind)}`);
}
