import type { Source } from './graph-records.ts';
import { compactJson, isJsonObject, type JsonObject } from './json-object.ts';
import { isSourceQualityCorrection, sourceQualityCorrectionToJson } from './source-quality.ts';

const SOURCE_FIELDS: ReadonlySet<string> = new Set(['document', 'url', 'locator', 'takenAt']);

/** A Source: an object whose fields are among document, url, locator, takenAt, each a string, and a curator's `quality`. */
export function isSource(value: unknown): value is Source {
  return (
    isJsonObject(value) &&
    Object.entries(value).every(
      ([key, field]) =>
        (SOURCE_FIELDS.has(key) && typeof field === 'string') ||
        (key === 'quality' && isSourceQualityCorrection(field)),
    )
  );
}

/** A Source as a JSON object, for a source kept inside `properties` (a former name's, say). */
export function sourceToJson({ document, url, locator, takenAt, quality }: Source): JsonObject {
  return compactJson({
    document,
    url,
    locator,
    takenAt,
    quality: quality === undefined ? undefined : sourceQualityCorrectionToJson(quality),
  });
}
