/**
 * The questions that build a scene, in the order they are asked: the focus's neighbourhood, each
 * expansion's, then the paths between two ends.
 */
export interface SceneRequest {
  focus: string;
  expanded: readonly string[];
  /** Relation types kept; they narrow the expansions (the focus's neighbourhood shows every type to choose from). */
  types: readonly string[];
  from?: string | null;
  to?: string | null;
  neighbourLimit: number;
  maxHops: number;
  pathLimit: number;
}

export interface NeighbourhoodArguments {
  id: string;
  depth: 1;
  limit: number;
  relationTypes?: string[];
}

/** The arguments of each neighbourhood query of the scene, in order. */
export function neighbourhoodArguments(request: SceneRequest): NeighbourhoodArguments[] {
  return [request.focus, ...request.expanded].map((id, index) => ({
    id,
    depth: 1,
    limit: request.neighbourLimit,
    ...(index > 0 && request.types.length > 0 ? { relationTypes: [...request.types] } : {}),
  }));
}

export function pathArguments(
  request: SceneRequest,
): { from: string; to: string; maxHops: number; limit: number } | null {
  if (!request.from || !request.to || request.from === request.to) return null;
  return { from: request.from, to: request.to, maxHops: request.maxHops, limit: request.pathLimit };
}

/** A GraphQL literal for a string or a list of strings; JSON's string escapes are GraphQL's too. */
function literal(value: string | number | readonly string[]): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
}

function fieldArguments(args: Record<string, string | number | readonly string[] | undefined>): string {
  return Object.entries(args)
    .filter((entry): entry is [string, string | number | readonly string[]] => entry[1] !== undefined)
    .map(([name, value]) => `${name}: ${literal(value)}`)
    .join(', ');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? line : `${by}${line}`))
    .join('\n');
}

/**
 * One GraphQL document asking everything the scene was built from, with the real arguments written
 * in: aliased `neighborhood` fields (`n0` the focus, then one per expansion) and `paths`. Pasted
 * into GraphiQL or POSTed to /graphql it returns the same data. Selections are passed in, taken
 * from the operations the page runs, so the text cannot drift from them.
 */
export function sceneQueryText(
  request: SceneRequest,
  selections: { neighborhood: string; paths: string },
  operationName = 'ExplorerSceneQuery',
): string {
  const fields = neighbourhoodArguments(request).map(
    (args, index) =>
      `  n${index}: neighborhood(${fieldArguments({ ...args })}) ${indent(selections.neighborhood, '  ')}`,
  );
  const paths = pathArguments(request);
  if (paths) fields.push(`  paths(${fieldArguments(paths)}) ${indent(selections.paths, '  ')}`);
  return `query ${operationName} {\n${fields.join('\n')}\n}\n`;
}
