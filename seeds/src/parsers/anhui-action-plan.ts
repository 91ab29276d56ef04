import { type GraphNode, type GraphRelationship, normalizeText } from '@icg/graph';
import { type AnhuiDepartment, resolveAnhuiDepartment } from '../departments/anhui-departments.ts';
import { SeedError } from '../seed-error.ts';
import { buildAnhuiActionPlanGraph } from './anhui-action-plan-graph.ts';
import { type AnhuiNoiseReport, createAnhuiNoiseReport } from './anhui-noise.ts';
import { restoreLostPlusSigns, toFullWidthPunctuation, unexplainedSpace } from './anhui-text-cleanup.ts';

export interface ActionPlanSource {
  /** File name the text was read from; kept on the PolicyDocument node as `sourceFile`. */
  file: string;
  /** ISO date the text was taken; goes into every record's source. */
  takenAt: string;
}

/** The notice that wraps the plan: 关于印发《…》的通知. */
export interface ActionPlanNotice {
  /** Full-width punctuation, spam removed: 关于印发《安徽省推进工业文化发展行动方案（2021—2025年）》的通知. */
  title: string;
  /** The title as the file writes it, spam removed: what the seed manifest records. */
  titleAsWritten: string;
  /** ISO date of the signature, 2021-12-08. */
  signedOn: string;
  /** ISO date the page gives above the text, 2021-12-21. */
  publishedOn: string;
  /** The 主送 line, without its closing colon. */
  addressedTo: string;
}

/** The plan itself: one PolicyDocument node. */
export interface ActionPlanDocument {
  id: string;
  /** 安徽省推进工业文化发展行动方案（2021—2025年）, title lines joined, full-width parentheses. */
  title: string;
  period: { startYear: number; endYear: number };
  province: string;
  /** The paragraph between the title and 一、: what the plan implements and why. */
  preamble: string;
  notice: ActionPlanNotice;
  /** File the text was read from. */
  file: string;
}

/** The national plan the Anhui plan says it implements, as its preamble cites it. */
export interface NationalPlanCitation {
  /** 推进工业文化发展实施方案（2021—2025年）. */
  title: string;
  /** 工信部联政法〔2021〕54号. */
  documentNumber: string;
  /** 工业和信息化部等八部委. */
  issuedBy: string;
  /** `方案引言`. */
  locator: string;
  /** Other ways the file writes the title (the notice drops 年), with where. */
  variants: { asWritten: string; locator: string }[];
}

/** A department in the signature block, in the block's reading order. */
export interface ActionPlanIssuer {
  department: AnhuiDepartment;
  /** 1-based position in the signature block, left to right, top to bottom. */
  order: number;
  /** As the block writes it, typesetting spaces included (`安 徽 省 教 育 厅`). */
  asWritten: string;
}

/** A chapter (一、总体要求) or one of its numbered parts (（一）传承弘扬工业文化精神): a PolicySection. */
export interface ActionPlanSection {
  id: string;
  /** 1-based position among its siblings: 二 → 2, （三） → 3. */
  number: number;
  /** 总体要求, 传承弘扬工业文化精神: the heading without its numbering and 。. */
  name: string;
  /** The heading as numbered: 二、主要任务, （一）传承弘扬工业文化精神. */
  heading: string;
  /** The chapter a part belongs to; null for a chapter. */
  parentId: string | null;
  /** Text directly under the heading that is not a numbered item (一、总体要求 has two paragraphs). */
  description: string | null;
  /** Numbers of the items inside, parts included. */
  taskNumbers: number[];
  /** 一、总体要求, 二、主要任务（一）. */
  locator: string;
  line: number;
}

/** A numbered item (1.–19.): a PolicyTask node. */
export interface ActionPlanTask {
  id: string;
  number: number;
  /** The first sentence, without its 。: 凝练安徽工业精神. */
  title: string;
  /** The item without its number, title included, punctuation cleaned. */
  text: string;
  /** The innermost section holding the item. */
  sectionId: string;
  sectionName: string;
  /** `第7条`. */
  locator: string;
  line: number;
}

export interface AnhuiActionPlan {
  document: ActionPlanDocument;
  issuers: ActionPlanIssuer[];
  implements: NationalPlanCitation;
  sections: ActionPlanSection[];
  tasks: ActionPlanTask[];
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  noise: AnhuiNoiseReport[];
}

const PROVINCE = '安徽';
/** Lines a web page puts after the document; they are dropped and reported. */
const SITE_LINKS: ReadonlySet<string> = new Set(['网站地图']);

const NOTICE_TITLE = /^(?<title>关于印发《(?<plan>[^》]+)》的通知)(?<rest>.*)$/;
const PUBLISHED_ON = /^(?<year>\d{4})\/(?<month>\d{1,2})\/(?<day>\d{1,2})$/;
const SIGNED_ON = /^(?<year>\d{4})年(?<month>\d{1,2})月(?<day>\d{1,2})日$/;
const ADDRESSEE = /^(?<addressee>[^：]+)：$/;
const NOTICE_TEXT =
  /^为(?:深入)?贯彻落实(?<issuer>.+?)印发的《(?<national>[^》]+)》（(?<number>[^）]+号)）.*现将《(?<plan>[^》]+)》印发给你们/;
const PREAMBLE = /^为(?:深入)?贯彻落实(?<issuer>.+?)印发的《(?<national>[^》]+)》（(?<number>[^）]+号)）.*。$/;
const PLAN_TITLE = /^(?<name>.+)（(?<start>\d{4})[—–-](?<end>\d{4})年）$/;
const CHAPTER = /^(?<numeral>[一二三四五六七八九十]+)、(?<name>[^，。]+)$/;
const PART = /^[（(](?<numeral>[一二三四五六七八九十]+)[)）](?<name>[^，。]+)。?$/;
const ITEM = /^(?<number>\d+)\.\s*(?<text>.*)$/;

const malformed = (message: string, locator: string): SeedError =>
  new SeedError('MALFORMED_DOCUMENT', message, locator);

interface Line {
  line: number;
  text: string;
}

/**
 * Parses 安徽省推进工业文化发展行动方案（2021—2025年）, copied from the web page of its notice, into
 * graph records. The copy carries page spam, a footer link, lost `+` signs and ASCII punctuation:
 * each is removed or repaired and reported in `noise`. Anything else that does not fit the notice's
 * and the plan's known shape throws a SeedError naming where (标题, 落款, 第7条…).
 */
export function parseAnhuiActionPlan(text: string, source: ActionPlanSource): AnhuiActionPlan {
  const noise: AnhuiNoiseReport[] = [];
  const lines = normalizeText(text)
    .split(/\r?\n/)
    .map((raw, index) => ({ line: index + 1, text: raw.trim() }));
  const reader = new LineReader(dropSiteLinks(lines, noise));

  const clean = (line: Line, locator: string): string => cleanLine(line, locator, noise);

  // 标题: the notice's title, with whatever the page glued after 的通知.
  const titleLine = reader.next('标题', 'the notice title 关于印发《…》的通知');
  const title = NOTICE_TITLE.exec(titleLine.text);
  if (!title?.groups?.title || !title.groups.plan) {
    throw malformed(`"${titleLine.text}" is not a notice title 关于印发《…》的通知`, '标题');
  }
  const rest = title.groups.rest ?? '';
  if (rest !== '') noise.push(createAnhuiNoiseReport('web-spam', rest, null, titleLine.line, '标题'));
  const noticeTitleAsWritten = title.groups.title;
  const noticeTitle = clean({ line: titleLine.line, text: noticeTitleAsWritten }, '标题');
  const noticePlanTitle = NOTICE_TITLE.exec(noticeTitle)?.groups?.plan ?? '';

  const publishedOn = readDate(reader.next('发布日期', 'the publication date YYYY/M/D'), PUBLISHED_ON, '发布日期');

  const addresseeLine = reader.next('主送', 'the 主送 line');
  const addressee = ADDRESSEE.exec(clean(addresseeLine, '主送'))?.groups?.addressee;
  if (!addressee) throw malformed(`"${addresseeLine.text}" is not a 主送 line ending in a colon`, '主送');

  const noticeTextLine = reader.next('通知正文', 'the text of the notice');
  const noticeText = NOTICE_TEXT.exec(clean(noticeTextLine, '通知正文'));
  if (!noticeText?.groups?.national || !noticeText.groups.plan) {
    throw malformed(
      `"${noticeTextLine.text}" does not say which national plan it implements (为贯彻落实…印发的《…》（…号）) ` +
        'and which plan it issues (现将《…》印发给你们)',
      '通知正文',
    );
  }
  if (noticeText.groups.plan !== noticePlanTitle) {
    throw malformed(
      `the notice issues 《${noticeText.groups.plan}》 but its title names 《${noticePlanTitle}》`,
      '通知正文',
    );
  }

  const { issuers, signedOn } = readSignature(reader);

  // 方案标题: the plan's title, possibly wrapped onto a second line for its period.
  const planTitleLines = [reader.next('方案标题', "the plan's title")];
  for (let next = reader.adjacent(); next; next = reader.adjacent()) planTitleLines.push(next);
  const planTitle = planTitleLines.map((line) => clean(line, '方案标题')).join('');
  const planTitleMatch = PLAN_TITLE.exec(planTitle);
  if (!planTitleMatch?.groups?.start || !planTitleMatch.groups.end) {
    throw malformed(`"${planTitle}" is not a plan title ending in its period （YYYY—YYYY年）`, '方案标题');
  }
  if (planTitle !== noticePlanTitle) {
    throw malformed(`the plan is titled 《${planTitle}》 but the notice issues 《${noticePlanTitle}》`, '方案标题');
  }
  const startYear = Number(planTitleMatch.groups.start);
  const endYear = Number(planTitleMatch.groups.end);
  const documentId = `policy-anhui-${startYear}-${endYear}`;

  const preambleLine = reader.next('方案引言', "the plan's opening paragraph");
  const preamble = clean(preambleLine, '方案引言');
  const cited = PREAMBLE.exec(preamble)?.groups;
  if (!cited?.national || !cited.number || !cited.issuer) {
    throw malformed(
      `"${preambleLine.text}" does not cite the national plan it implements as 为贯彻落实…印发的《…》（…号）`,
      '方案引言',
    );
  }
  const national = readNationalPlanCitation(cited, noticeText.groups, noticeTextLine.line, noise);

  const { sections, tasks } = readBody(reader, documentId, noise);
  noise.sort((a, b) => a.line - b.line);

  const document: ActionPlanDocument = {
    id: documentId,
    title: planTitle,
    period: { startYear, endYear },
    province: PROVINCE,
    preamble,
    notice: { title: noticeTitle, titleAsWritten: noticeTitleAsWritten, signedOn, publishedOn, addressedTo: addressee },
    file: source.file,
  };
  const { nodes, relationships } = buildAnhuiActionPlanGraph(
    document,
    national,
    issuers,
    sections,
    tasks,
    source.takenAt,
  );
  return { document, issuers, implements: national, sections, tasks, nodes, relationships, noise };
}

/** Reads non-blank lines in order; `adjacent` reads the next line only if no blank line comes first. */
class LineReader {
  private index = 0;
  constructor(private readonly lines: readonly Line[]) {}

  next(locator: string, expected: string): Line {
    const line = this.peek();
    if (!line) throw malformed(`the text ends where ${expected} was expected`, locator);
    this.index = this.lines.indexOf(line) + 1;
    return line;
  }

  peek(): Line | undefined {
    return this.lines.slice(this.index).find((line) => line.text !== '');
  }

  adjacent(): Line | undefined {
    const line = this.lines[this.index];
    if (!line || line.text === '') return undefined;
    this.index += 1;
    return line;
  }
}

/** Drops the page's footer links after the last line of the document, reporting each. */
function dropSiteLinks(lines: Line[], noise: AnhuiNoiseReport[]): Line[] {
  let end = lines.length;
  for (;;) {
    while (end > 0 && lines[end - 1]?.text === '') end -= 1;
    const last = lines[end - 1];
    if (!last || !SITE_LINKS.has(last.text)) break;
    noise.push(createAnhuiNoiseReport('site-link', last.text, null, last.line, '文末'));
    end -= 1;
  }
  return lines.slice(0, end);
}

/** Restores lost `+` signs, refuses other odd spaces, and makes punctuation full-width. */
function cleanLine(line: Line, locator: string, noise: AnhuiNoiseReport[]): string {
  const restored = restoreLostPlusSigns(line.text, line.line, locator, noise);
  const space = unexplainedSpace(restored);
  if (space) {
    throw malformed(
      `unexplained space in "${space}" on line ${line.line}; if the copy lost a character there, ` +
        'add it to LOST_PLUS_SIGNS',
      locator,
    );
  }
  return toFullWidthPunctuation(restored, line.line, locator, noise);
}

function readDate(line: Line, pattern: RegExp, locator: string): string {
  const groups = pattern.exec(line.text)?.groups;
  const year = Number(groups?.year);
  const month = Number(groups?.month);
  const day = Number(groups?.day);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!groups || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw malformed(
      `"${line.text}" is not a date written as ${locator === '落款' ? 'YYYY年M月D日' : 'YYYY/M/D'}`,
      locator,
    );
  }
  return date.toISOString().slice(0, 10);
}

/**
 * The signature block: department names two to a line, columns separated by runs of spaces,
 * short names spaced out character by character, then the date of signing.
 */
function readSignature(reader: LineReader): { issuers: ActionPlanIssuer[]; signedOn: string } {
  const issuers: ActionPlanIssuer[] = [];
  for (;;) {
    const line = reader.next('落款', 'the signature block and its date');
    if (/^\d{4}年/.test(line.text)) {
      if (issuers.length === 0) throw malformed('the signature block names no department', '落款');
      return { issuers, signedOn: readDate(line, SIGNED_ON, '落款') };
    }
    for (const asWritten of line.text.split(/\s{2,}/)) {
      const department = resolveAnhuiDepartment(asWritten, '落款');
      const earlier = issuers.find((issuer) => issuer.department.id === department.id);
      if (earlier) {
        throw malformed(`${department.name} signs twice ("${earlier.asWritten}", "${asWritten}")`, '落款');
      }
      issuers.push({ department, order: issuers.length + 1, asWritten });
    }
  }
}

/** 推进工业文化发展实施方案（2021—2025） and （2021—2025年） are one title: the key ignores 年 and dash forms. */
export function planTitleKey(title: string): string {
  return title
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/(\d{4})[-‐‑–—－~～至](\d{4})年?）/g, '$1—$2）');
}

function readNationalPlanCitation(
  preamble: Record<string, string | undefined>,
  notice: Record<string, string | undefined>,
  noticeLine: number,
  noise: AnhuiNoiseReport[],
): NationalPlanCitation {
  const title = preamble.national ?? '';
  const variants: NationalPlanCitation['variants'] = [];
  if (notice.national !== title) {
    if (planTitleKey(notice.national ?? '') !== planTitleKey(title)) {
      throw malformed(`the notice implements 《${notice.national}》 but the plan implements 《${title}》`, '通知正文');
    }
    variants.push({ asWritten: notice.national ?? '', locator: '通知正文' });
    noise.push(createAnhuiNoiseReport('title-variant', notice.national ?? '', title, noticeLine, '通知正文'));
  }
  if (notice.number !== preamble.number || notice.issuer !== preamble.issuer) {
    throw malformed(
      `the notice cites ${notice.issuer}（${notice.number}）, the plan ${preamble.issuer}（${preamble.number}）`,
      '方案引言',
    );
  }
  return {
    title,
    documentNumber: preamble.number ?? '',
    issuedBy: preamble.issuer ?? '',
    locator: '方案引言',
    variants,
  };
}

const NUMERALS = '一二三四五六七八九';

/** 一 → 1, 十 → 10, 十四 → 14, 二十一 → 21. */
function numeralValue(numeral: string): number {
  const [tens, units] = numeral.includes('十') ? numeral.split('十') : ['', numeral];
  const digit = (text: string | undefined): number => NUMERALS.indexOf(text ?? '') + 1;
  return numeral.includes('十')
    ? (tens === '' ? 1 : digit(tens)) * 10 + (units === '' ? 0 : digit(units))
    : digit(units);
}

/**
 * 一、 chapters, （一） parts inside a chapter and 1. items, numbered in sequence (items across the
 * whole plan). Text that is not a heading or an item may only follow a chapter heading directly.
 */
function readBody(
  reader: LineReader,
  documentId: string,
  noise: AnhuiNoiseReport[],
): { sections: ActionPlanSection[]; tasks: ActionPlanTask[] } {
  const sections: ActionPlanSection[] = [];
  const tasks: ActionPlanTask[] = [];
  // Declared through `as`: initialised as `null`, TS would narrow them to null inside the loop.
  let chapter = null as ActionPlanSection | null;
  let part = null as ActionPlanSection | null;
  const partsOf = (parent: ActionPlanSection): ActionPlanSection[] =>
    sections.filter((section) => section.parentId === parent.id);
  const finish = (section: ActionPlanSection | null): void => {
    if (section && section.description === null && section.taskNumbers.length === 0 && partsOf(section).length === 0) {
      throw malformed(`${section.heading} has no text, part or item`, section.locator);
    }
  };

  for (let line = reader.peek(); line; line = reader.peek()) {
    reader.next('正文', 'a heading or an item');
    const chapterMatch = CHAPTER.exec(line.text)?.groups;
    const partMatch = PART.exec(line.text)?.groups;
    const itemMatch = ITEM.exec(line.text)?.groups;

    if (chapterMatch?.numeral && chapterMatch.name) {
      const number = numeralValue(chapterMatch.numeral);
      const heading = cleanLine(line, line.text, noise);
      if (number !== (chapter?.number ?? 0) + 1) {
        throw malformed(
          `chapter ${chapterMatch.numeral}、 out of sequence after ${chapter?.heading ?? 'the preamble'}`,
          heading,
        );
      }
      finish(part);
      finish(chapter);
      part = null;
      chapter = {
        id: `${documentId}-s${number}`,
        number,
        name: chapterMatch.name,
        heading,
        parentId: null,
        description: null,
        taskNumbers: [],
        locator: heading,
        line: line.line,
      };
      sections.push(chapter);
      continue;
    }

    if (!chapter) throw malformed(`line ${line.line} "${line.text}" comes before the first chapter 一、`, '方案引言');

    if (partMatch?.numeral && partMatch.name) {
      const number = numeralValue(partMatch.numeral);
      const heading = `（${partMatch.numeral}）${partMatch.name}`;
      const locator = `${chapter.heading}（${partMatch.numeral}）`;
      cleanLine(line, locator, noise);
      if (number !== (part?.number ?? 0) + 1) {
        throw malformed(`part （${partMatch.numeral}） out of sequence in ${chapter.heading}`, locator);
      }
      if (!part && chapter.taskNumbers.length > 0) {
        throw malformed(`part ${heading} follows items that belong to no part`, locator);
      }
      if (chapter.description !== null) {
        throw malformed(`part ${heading} follows text that belongs to no part`, locator);
      }
      finish(part);
      part = {
        id: `${chapter.id}-${number}`,
        number,
        name: partMatch.name,
        heading,
        parentId: chapter.id,
        description: null,
        taskNumbers: [],
        locator,
        line: line.line,
      };
      sections.push(part);
      continue;
    }

    if (itemMatch?.number && itemMatch.text !== undefined) {
      const number = Number(itemMatch.number);
      const locator = `第${number}条`;
      const expected = (tasks.at(-1)?.number ?? 0) + 1;
      if (number !== expected) {
        throw malformed(`item ${number}. out of sequence: expected ${expected}.`, locator);
      }
      if (!part && partsOf(chapter).length > 0) {
        throw malformed(`item ${number}. in ${chapter.heading} belongs to no part`, locator);
      }
      const itemText = cleanLine({ line: line.line, text: itemMatch.text }, locator, noise);
      const section = part ?? chapter;
      tasks.push(readTask(itemText, number, documentId, section, locator, line.line));
      chapter.taskNumbers.push(number);
      if (part) part.taskNumbers.push(number);
      continue;
    }

    // Plain text: only a chapter's own paragraphs, before any part or item.
    if (part || chapter.taskNumbers.length > 0) {
      const after = tasks.at(-1)?.locator ?? part?.locator ?? chapter.locator;
      throw malformed(
        `line ${line.line} "${line.text}" follows ${after} but is not a heading or a numbered item`,
        after,
      );
    }
    const paragraph = cleanLine(line, chapter.locator, noise);
    chapter.description = chapter.description === null ? paragraph : `${chapter.description}\n${paragraph}`;
  }
  finish(part);
  finish(chapter);
  if (tasks.length === 0) throw malformed('the plan has no numbered items', '正文');
  return { sections, tasks };
}

function readTask(
  text: string,
  number: number,
  documentId: string,
  section: ActionPlanSection,
  locator: string,
  line: number,
): ActionPlanTask {
  const titleEnd = text.indexOf('。');
  const title = titleEnd === -1 ? '' : text.slice(0, titleEnd).trim();
  if (title === '') throw malformed(`item "${text}" has no first sentence ending in 。 to take a title from`, locator);
  if (/[，；]/.test(title)) {
    throw malformed(`first sentence "${title}" contains ， so it is body text, not an item title`, locator);
  }
  return {
    id: `${documentId}-t${String(number).padStart(2, '0')}`,
    number,
    title,
    text,
    sectionId: section.id,
    sectionName: section.name,
    locator,
    line,
  };
}
