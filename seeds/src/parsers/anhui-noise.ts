import type { NoiseReport } from './noise-report.ts';

/**
 * What the Anhui action plan's text (copied from a web page) carries besides the document. Kept
 * apart from the Jiangsu table's NoiseKind so neither parser's reports change shape.
 */
export type AnhuiNoiseKind =
  /** Text the web page glued to the title line, such as `-k8凯发欧洲杯` (a betting-site spam tag). */
  | 'web-spam'
  /** Page chrome after the document, such as the `网站地图` footer link. */
  | 'site-link'
  /** A `+` the copy lost: `“设计 品牌”` where the national plan writes `“设计+品牌”`. Restored. */
  | 'lost-plus-sign'
  /** ASCII `( ) , :` in Chinese text; replaced by the full-width forms the other documents use. */
  | 'half-width-punctuation'
  /** A document cited under a variant of its title; read as the canonical title, kept as an alias. */
  | 'title-variant';

/** Like NoiseReport, for the Anhui parser's kinds, with what was put in the text's place. */
export interface AnhuiNoiseReport extends Omit<NoiseReport, 'kind'> {
  kind: AnhuiNoiseKind;
  /** What the parser reads instead of `text`; null when `text` was simply removed. */
  replacement: string | null;
}

const KIND_DESCRIPTIONS: Readonly<Record<AnhuiNoiseKind, string>> = {
  'web-spam': 'web-page spam',
  'site-link': 'web-site link',
  'lost-plus-sign': 'lost "+"',
  'half-width-punctuation': 'half-width punctuation',
  'title-variant': 'title variant',
};

export function createAnhuiNoiseReport(
  kind: AnhuiNoiseKind,
  text: string,
  replacement: string | null,
  line: number,
  locator: string,
): AnhuiNoiseReport {
  const change = replacement === null ? `"${text}" removed` : `"${text}" read as "${replacement}"`;
  return {
    kind,
    text,
    replacement,
    line,
    locator,
    description: `${KIND_DESCRIPTIONS[kind]}: ${change} on line ${line} (${locator})`,
  };
}
