import type { Source } from '@icg/graph';
import { CURATED_DATA_TITLE, CURATED_TAKEN_AT } from './curated-files.ts';

/**
 * Titles for source URLs whose page title the data tells us. The curated files carry bare URLs; only the
 * intangible-heritage list's origin is described (in each technique's list_source_note), so every other
 * source is titled by its host, which at least says which site to trust or doubt.
 */
const KNOWN_DOCUMENTS: Readonly<Record<string, string>> = {
  'https://github.com/Juminary/import':
    'Juminary/import: ich_national_full_data.csv（国家级非物质文化遗产代表性项目名录，数据来源 ihchina.cn）',
};

export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The title a source URL is shown under: a known page title, else the URL's host. */
export function documentForUrl(url: string): string | undefined {
  const known = KNOWN_DOCUMENTS[url];
  if (known) return known;
  return isHttpUrl(url) ? new URL(url).host : undefined;
}

/**
 * One Source per URL, in the given order. A bare URL says nothing of where in the page a fact stands, so these
 * carry no locator: a locator is read as a place in the cited document (GB/T 7714's 引文页码), and naming the
 * curated record there would cite our own file as if it were the page. The record stays traceable by the id of
 * the entity or relationship it became.
 */
export function curatedSources(urls: readonly string[]): Source[] {
  return urls.map((url) => {
    const document = documentForUrl(url);
    return document === undefined ? { url, takenAt: CURATED_TAKEN_AT } : { url, document, takenAt: CURATED_TAKEN_AT };
  });
}

/** A source that points into the curated files themselves, for facts read out of a record's text. */
export function curatedRecordSource(locator: string): Source {
  return { document: CURATED_DATA_TITLE, locator, takenAt: CURATED_TAKEN_AT };
}
