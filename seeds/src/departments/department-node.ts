import type { GraphNode, Source } from '@icg/graph';

/** What every province's department table knows of a department. */
export interface DepartmentRecord {
  id: string;
  name: string;
  abbreviation: string;
  abbreviations: readonly string[];
}

/** A Department node: official name, its short forms as aliases, one source per mention. */
export function departmentNode(department: DepartmentRecord, province: string | null, sources: Source[]): GraphNode {
  return {
    id: department.id,
    kind: 'Department',
    name: department.name,
    aliases: [...department.abbreviations],
    province,
    city: null,
    description: null,
    properties: { abbreviation: department.abbreviation },
    sources,
  };
}
