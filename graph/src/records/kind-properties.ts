import type { EntityKind } from '../model/entity-kinds.ts';
import type { JsonValue } from '../model/graph-records.ts';
import { projectPropertyProblems } from '../model/project.ts';
import { invalidRecord } from './record-checks.ts';

/**
 * Checks the properties a kind cannot do without. Only Project has such rules today: its type and status
 * drive filters and target progress, so a record without valid codes is refused here, where every write of
 * both engines and every import passes. A value that is not an object is left to the general checks.
 */
export function requireKindProperties(kind: EntityKind, properties: unknown, what: string): void {
  if (kind !== 'Project' || typeof properties !== 'object' || properties === null || Array.isArray(properties)) return;
  const problems = projectPropertyProblems(properties as Record<string, JsonValue>);
  if (problems.length > 0) throw invalidRecord(what, problems.join('; '));
}
