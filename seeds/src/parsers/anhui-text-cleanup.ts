import { createAnhuiNoiseReport, type AnhuiNoiseReport } from './anhui-noise.ts';

/**
 * Places where the copy lost a `+`: the national plan (工信部联政法〔2021〕54号) writes
 * “设计+品牌”、“设计+文化”, the web copy of the Anhui plan has a space instead. Listed one by one:
 * any other space between two Chinese characters is unexplained and stops the parse.
 */
export const LOST_PLUS_SIGNS: ReadonlyMap<string, string> = new Map([
  ['设计 品牌', '设计+品牌'],
  ['设计 文化', '设计+文化'],
]);

const HALF_TO_FULL_WIDTH: Readonly<Record<string, string>> = {
  '(': '（',
  ')': '）',
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
};
// A comma between digits (1,000) is a thousands separator, not Chinese punctuation.
const HALF_WIDTH = /[():;?!]|,(?!\d)|(?<!\d),/g;
const SPACE_BETWEEN_HAN = /\p{Script=Han} +\p{Script=Han}/u;

/** Replaces ASCII punctuation with full-width forms, reporting what it changed on the line. */
export function toFullWidthPunctuation(text: string, line: number, locator: string, noise: AnhuiNoiseReport[]): string {
  const found: string[] = [];
  const replaced = text.replace(HALF_WIDTH, (character) => {
    found.push(character);
    return HALF_TO_FULL_WIDTH[character] ?? character;
  });
  if (found.length > 0) {
    const distinct = [...new Set(found)];
    const report = createAnhuiNoiseReport(
      'half-width-punctuation',
      distinct.join(''),
      distinct.map((character) => HALF_TO_FULL_WIDTH[character] ?? character).join(''),
      line,
      locator,
    );
    report.description += `, ${found.length} time${found.length === 1 ? '' : 's'}`;
    noise.push(report);
  }
  return replaced;
}

/** Restores the `+` signs listed in LOST_PLUS_SIGNS, one report per place. */
export function restoreLostPlusSigns(text: string, line: number, locator: string, noise: AnhuiNoiseReport[]): string {
  let restored = text;
  for (const [lost, plus] of LOST_PLUS_SIGNS) {
    for (let at = restored.indexOf(lost); at !== -1; at = restored.indexOf(lost, at + plus.length)) {
      restored = restored.slice(0, at) + plus + restored.slice(at + lost.length);
      noise.push(createAnhuiNoiseReport('lost-plus-sign', lost, plus, line, locator));
    }
  }
  return restored;
}

/** The first space between two Chinese characters, which no clean-up rule explains. */
export function unexplainedSpace(text: string): string | null {
  return SPACE_BETWEEN_HAN.exec(text)?.[0] ?? null;
}
