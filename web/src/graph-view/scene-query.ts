/**
 * The questions that build a scene, in the order they are asked: the focus's neighbourhood, each
 * expansion's, each a page at a time, then the paths between two ends.
 */
export interface SceneRequest {
  focus: string;
  expanded: readonly string[];
  /** Pages shown per expanded entity (the focus included); one where not listed. */
  pages: Readonly<Record<string, number>>;
  /** Relation types kept; they narrow the expansions (the focus's neighbourhood shows every type to choose from). */
  types: readonly string[];
  from?: string | null;
  to?: string | null;
  pageSize: number;
  maxHops: number;
  pathLimit: number;
  /** Entity kinds and relation types the paths must not pass through. */
  avoidKinds?: readonly string[];
  avoidTypes?: readonly string[];
}

/** One expansion: the arguments every page of it shares, and how many pages are shown. */
export interface ExpansionQuestion {
  id: string;
  depth: 1;
  first: number;
  relationTypes?: string[];
  pages: number;
}

/** The arguments of one page of a neighbourhood; `after` is the cursor the page before ended on. */
export interface NeighbourhoodPageArguments {
  id: string;
  depth: 1;
  first: number;
  relationTypes?: string[];
  after?: string;
}

export interface PathArguments {
  from: string;
  to: string;
  maxHops: number;
  limit: number;
  excludeKinds?: string[];
  excludeTypes?: string[];
}

/** Each expansion of the scene, in order. */
export function expansionQuestions(request: SceneRequest): ExpansionQuestion[] {
  return [request.focus, ...request.expanded].map((id, index) => ({
    id,
    depth: 1,
    first: request.pageSize,
    ...(index > 0 && request.types.length > 0 ? { relationTypes: [...request.types] } : {}),
    pages: Math.max(1, request.pages[id] ?? 1),
  }));
}

export function pageArguments(question: ExpansionQuestion, after: string | null): NeighbourhoodPageArguments {
  const { pages: _pages, ...shared } = question;
  return after === null ? shared : { ...shared, after };
}

export function pathArguments(request: SceneRequest): PathArguments | null {
  if (!request.from || !request.to || request.from === request.to) return null;
  return {
    from: request.from,
    to: request.to,
    maxHops: request.maxHops,
    limit: request.pathLimit,
    ...(request.avoidKinds?.length ? { excludeKinds: [...request.avoidKinds] } : {}),
    ...(request.avoidTypes?.length ? { excludeTypes: [...request.avoidTypes] } : {}),
  };
}

type Literal = string | number | readonly string[];

/** A GraphQL literal for a string or a list of strings; JSON's string escapes are GraphQL's too. */
function literal(value: Literal, enumValues: boolean): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return `[${value.map((item) => (enumValues ? item : JSON.stringify(item))).join(', ')}]`;
}

/** Enum arguments are written bare (`[Place]`); an enum value is a name, so nothing else can be injected. */
const ENUM_ARGUMENTS = new Set(['excludeKinds']);
const ENUM_VALUE = /^[A-Za-z_][A-Za-z0-9_]*$/;

function fieldArguments(args: Record<string, Literal | undefined>): string {
  return Object.entries(args)
    .filter((entry): entry is [string, Literal] => entry[1] !== undefined)
    .map(([name, value]) => {
      const isEnum = ENUM_ARGUMENTS.has(name) && Array.isArray(value) && value.every((item) => ENUM_VALUE.test(item));
      return `${name}: ${literal(value, isEnum)}`;
    })
    .join(', ');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? line : `${by}${line}`))
    .join('\n');
}

/**
 * Fields per document of the copied query. The API refuses a document costing over 10,000; a first
 * page of 30 with its counts costs about 950 and the paths about 600, so eight such fields stay under
 * it, as they do under its 15 aliases and 2,000 tokens.
 */
export const FIELDS_PER_DOCUMENT = 8;

/**
 * The GraphQL that returns what the scene was built from, with the real arguments written in:
 * one aliased `neighborhood` per page shown (`n0` the focus's first page, `n0_p2` its second, then
 * one per expansion), and `paths`. `cursors[i]` are the `after` cursors of expansion i's pages
 * after the first, as the pages before them answered; a page whose cursor is not known yet is left
 * out. A scene of more than FIELDS_PER_DOCUMENT pages is written as several documents, numbered,
 * each within the API's limits and each to be sent on its own. Selections are passed in, taken
 * from the operations the page runs, so the text cannot drift from them.
 */
export function sceneQueryText(
  request: SceneRequest,
  selections: { neighborhood: string; neighborhoodPage: string; paths: string },
  cursors: readonly (readonly string[])[] = [],
  operationName = 'ExplorerSceneQuery',
): string {
  const fields: string[] = [];
  expansionQuestions(request).forEach((question, index) => {
    fields.push(
      `n${index}: neighborhood(${fieldArguments({ ...pageArguments(question, null) })}) ${indent(selections.neighborhood, '  ')}`,
    );
    const known = (cursors[index] ?? []).slice(0, question.pages - 1);
    known.forEach((after, page) =>
      fields.push(
        `n${index}_p${page + 2}: neighborhood(${fieldArguments({ ...pageArguments(question, after) })}) ${indent(selections.neighborhoodPage, '  ')}`,
      ),
    );
  });
  const paths = pathArguments(request);
  if (paths) fields.push(`paths(${fieldArguments({ ...paths })}) ${indent(selections.paths, '  ')}`);
  const documents: string[][] = [];
  for (let start = 0; start < fields.length; start += FIELDS_PER_DOCUMENT)
    documents.push(fields.slice(start, start + FIELDS_PER_DOCUMENT));
  const body = (group: string[]) => group.map((field) => `  ${field}`).join('\n');
  if (documents.length <= 1) return `query ${operationName} {\n${body(documents[0] ?? [])}\n}\n`;
  return documents
    .map(
      (group, index) =>
        `# ${index + 1}/${documents.length}: send each document on its own\nquery ${operationName}${index + 1} {\n${body(group)}\n}\n`,
    )
    .join('\n');
}
