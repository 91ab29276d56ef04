import { calendarDateProblem } from '../../model/calendar-date.ts';
import { controlCharacterProblem } from '../../model/control-characters.ts';
import { aliasesProblem } from '../../model/entity-limits.ts';
import { canonicalPlace, type Place } from '../../model/places.ts';

type ReportField = (field: string, reason: string) => void;
type FieldName = (field: string) => string;

/**
 * The place of an imported node as stored (江苏省 → 江苏, 南京 → 南京市, a city's province filled in), or
 * undefined after reporting why it is not one, with the cities the file may have meant.
 */
export function importedPlace(place: Place, report: ReportField, name: FieldName): Place | undefined {
  const checked = canonicalPlace(place);
  if (checked.place) return checked.place;
  report(name(checked.problem.field), checked.problem.reason);
  return undefined;
}

/** Reports control characters in a node's names and description, and an alias list over its limits. */
export function checkNodeTexts(
  texts: { name?: unknown; aliases: readonly string[]; description?: unknown },
  report: ReportField,
  name: FieldName,
): void {
  if (typeof texts.name === 'string') {
    const problem = controlCharacterProblem('name', texts.name);
    if (problem) report(name('name'), problem);
  }
  const aliasProblem =
    texts.aliases
      .map((alias, index) => controlCharacterProblem(`aliases[${index}]`, alias))
      .find((problem) => problem !== undefined) ?? aliasesProblem('aliases', texts.aliases);
  if (aliasProblem) report(name('aliases'), aliasProblem);
  if (typeof texts.description === 'string') {
    const problem = controlCharacterProblem('description', texts.description, { lineBreaks: true });
    if (problem) report(name('description'), problem);
  }
}

const SOURCE_TEXT_FIELDS = ['document', 'url', 'locator', 'takenAt'] as const;

/**
 * Why a source's text fields cannot be stored (a control character, a takenAt that is not a real day in range:
 * a year, a month or a day), or undefined. `which` names the source in the file's words.
 */
export function sourceTextProblem(source: Readonly<Record<string, unknown>>, which: string): string | undefined {
  for (const key of SOURCE_TEXT_FIELDS) {
    const text = source[key];
    if (typeof text !== 'string') continue;
    const problem = controlCharacterProblem(`${which}: ${key}`, text);
    if (problem) return problem;
  }
  if (typeof source.takenAt === 'string') {
    return calendarDateProblem(`${which}: takenAt`, source.takenAt, { partial: true });
  }
  return undefined;
}
