import type { Source } from './graph-records.ts';
import { compactJson, isJsonObject, type JsonObject } from './json-object.ts';
import { OFFICIAL_HOSTS, PRESS_HOSTS, REFERENCE_HOSTS, REPOST_HOSTS, UNKNOWN_HOSTS } from './source-hosts.ts';
import { isRealTimestampDay } from './calendar-date.ts';

/**
 * How far a source can be trusted, by who published it:
 * - `official`: a government site or document, or an organisation's own site;
 * - `press`: a news agency or a major newspaper or broadcaster;
 * - `reference`: an encyclopedia, a book, a yearbook, a periodical;
 * - `repost`: a copy on an unrelated site (a news mirror);
 * - `unknown`: nothing known for or against it.
 */
export const SOURCE_QUALITY_CLASSES = ['official', 'press', 'reference', 'repost', 'unknown'] as const;

export type SourceQualityClass = (typeof SOURCE_QUALITY_CLASSES)[number];

/**
 * Best first. A repost ranks above unknown: it copies a page that once said the thing, where an unknown source may
 * not even do that.
 */
export const SOURCE_QUALITY_RANK: Readonly<Record<SourceQualityClass, number>> = {
  official: 4,
  press: 3,
  reference: 2,
  repost: 1,
  unknown: 0,
};

/**
 * A curator's correction of a source's class, stored on the source as `quality`; it wins over the rules. A type
 * rather than an interface, so that a source carrying one is still a plain JSON value.
 */
export type SourceQualityCorrection = {
  class: SourceQualityClass;
  /** The curator's label. */
  by: string;
  curatorId?: string;
  /** ISO timestamp. */
  at: string;
  note?: string;
};

/** A source's class, and whether a curator set it or the rules (`reason` then says which rule). */
export interface SourceQuality {
  class: SourceQualityClass;
  setBy: 'rule' | 'curator';
  reason: string;
  correction?: SourceQualityCorrection;
}

/** The classes in readers' words, as the web app and the command line show them. */
export const SOURCE_QUALITY_LABELS_ZH: Readonly<Record<SourceQualityClass, string>> = {
  official: '官方',
  press: '通讯社或主要报刊',
  reference: '百科或书籍',
  repost: '转载站',
  unknown: '来源不明',
};

const classSet: ReadonlySet<string> = new Set(SOURCE_QUALITY_CLASSES);

export function isSourceQualityClass(value: unknown): value is SourceQualityClass {
  return typeof value === 'string' && classSet.has(value);
}

/** 2026-11-23T08:00:00.000Z, or with an offset; seconds optional. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const CORRECTION_FIELDS: ReadonlySet<string> = new Set(['class', 'by', 'curatorId', 'at', 'note']);

/** What is wrong with a stored `quality`, naming the field; undefined when nothing is. */
export function sourceQualityCorrectionProblem(value: unknown): string | undefined {
  if (!isJsonObject(value)) return 'must be an object { class, by, at, note? }';
  const unknown = Object.keys(value).filter((key) => !CORRECTION_FIELDS.has(key));
  if (unknown.length > 0) return `has unknown field ${unknown.map((key) => JSON.stringify(key)).join(', ')}`;
  if (!isSourceQualityClass(value.class)) {
    return `class must be one of ${SOURCE_QUALITY_CLASSES.join(', ')}, not ${JSON.stringify(value.class ?? null)}`;
  }
  if (typeof value.by !== 'string' || value.by.trim() === '') return 'by must name the curator who set the class';
  if (value.curatorId !== undefined && typeof value.curatorId !== 'string') return 'curatorId must be text';
  if (typeof value.at !== 'string' || !ISO_TIMESTAMP.test(value.at) || !isRealTimestampDay(value.at)) {
    return 'at must be an ISO timestamp of a real day, such as 2026-11-23T08:00:00.000Z';
  }
  if (value.note !== undefined && typeof value.note !== 'string') return 'note must be text';
  return undefined;
}

export function isSourceQualityCorrection(value: unknown): value is SourceQualityCorrection {
  return sourceQualityCorrectionProblem(value) === undefined;
}

export function sourceQualityCorrectionToJson({
  class: cls,
  by,
  curatorId,
  at,
  note,
}: SourceQualityCorrection): JsonObject {
  return compactJson({ class: cls, by, curatorId, at, note });
}

/** Titles of government documents: notices, plans, opinions, task tables, lists of designations. */
const OFFICIAL_TITLE =
  /(通知|方案|行动计划|任务分工表|意见|规划|纲要|办法|规定|条例|决定|公告|公示|通告|名单|名录|批复)(（[^）]*）|\([^)]*\))?$/u;
/** Titles of books, gazetteers, yearbooks and encyclopedias; 《…》 marks a published work. */
const REFERENCE_TITLE =
  /(^《.+》$)|(志|年鉴|史|全书|辞典|词典|百科|大全|图录|文集|汇编|丛书|通鉴|年谱)(（[^）]*）|\([^)]*\))?$/u;

function listedIn(host: string, list: readonly string[]): string | undefined {
  return list.find((entry) => host === entry || host.endsWith(`.${entry}`));
}

const HOST_LISTS = [
  ['official', OFFICIAL_HOSTS, 'an organisation’s own site'],
  ['press', PRESS_HOSTS, 'a news agency or major newspaper'],
  ['reference', REFERENCE_HOSTS, 'an encyclopedia or periodical'],
  ['repost', REPOST_HOSTS, 'a copy on an unrelated site'],
  ['unknown', UNKNOWN_HOSTS, 'looked at, nothing known for or against it'],
] as const;

/** The class the rules give a host, with the rule; undefined for a host no rule names. */
export function hostQuality(host: string): { class: SourceQualityClass; reason: string } | undefined {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name === 'gov.cn' || name.endsWith('.gov.cn') || name.endsWith('.gov')) {
    return { class: 'official', reason: 'government host (gov.cn)' };
  }
  for (const [cls, list, why] of HOST_LISTS) {
    const entry = listedIn(name, list);
    if (entry) return { class: cls, reason: `${entry}: ${why}` };
  }
  return undefined;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * The class of a source by the rules alone (docs/source-quality.md): by its URL's host when it has a URL, else by
 * its title — a government document (the policy seed documents are such) is official, a book, gazetteer, yearbook
 * or encyclopedia is reference. Anything else is unknown.
 */
export function sourceQualityByRule(source: Pick<Source, 'url' | 'document'>): {
  class: SourceQualityClass;
  reason: string;
} {
  const url = source.url?.trim();
  if (url) {
    const host = hostOf(url);
    if (!host) return { class: 'unknown', reason: 'the url cannot be read' };
    return hostQuality(host) ?? { class: 'unknown', reason: `${host}: no rule names this host` };
  }
  const title = source.document?.trim() ?? '';
  if (OFFICIAL_TITLE.test(title)) return { class: 'official', reason: 'a government document without url' };
  if (REFERENCE_TITLE.test(title))
    return { class: 'reference', reason: 'a book, gazetteer or encyclopedia without url' };
  return { class: 'unknown', reason: 'a document without url that the rules do not recognise' };
}

/** A source's class: the curator's correction when there is one, else the rules'. */
export function sourceQualityOf(source: Source): SourceQuality {
  if (isSourceQualityCorrection(source.quality)) {
    return { class: source.quality.class, setBy: 'curator', reason: 'set by a curator', correction: source.quality };
  }
  return { ...sourceQualityByRule(source), setBy: 'rule' };
}

/** The best class among a record's sources; `unknown` for a record without sources. */
export function bestSourceQuality(sources: readonly Source[]): SourceQualityClass {
  let best: SourceQualityClass = 'unknown';
  for (const source of sources) {
    const cls = sourceQualityOf(source).class;
    if (SOURCE_QUALITY_RANK[cls] > SOURCE_QUALITY_RANK[best]) best = cls;
  }
  return best;
}
