import { PROJECT_STATUSES, PROJECT_TYPES, type GraphNode, type ProjectStatus, type ProjectType } from '@icg/graph';

export interface ProjectListFilter {
  type?: ProjectType;
  status?: ProjectStatus;
  province?: string;
  city?: string;
  /** Only these projects (those answering a task), when given. */
  ids?: ReadonlySet<string>;
}

export interface ProjectList {
  /** The projects matching the whole filter, in id order. */
  matching: GraphNode[];
  /** Per type, the projects matching every filter but `type`; every type, in PROJECT_TYPES order. */
  countsByType: { type: ProjectType; count: number }[];
  /** Per status, the projects matching every filter but `status`; every status, in PROJECT_STATUSES order. */
  countsByStatus: { status: ProjectStatus; count: number }[];
}

const typeOf = (project: GraphNode) => project.properties.projectType;
const statusOf = (project: GraphNode) => project.properties.status;

/**
 * Filters projects and counts them as facets (each count leaves out its own filter, so it says what choosing
 * that value would list). Pure: the resolver reads the projects, and the ids answering a task, from the store.
 */
export function listProjects(projects: readonly GraphNode[], filter: ProjectListFilter): ProjectList {
  const matchesPlace = (p: GraphNode) =>
    (filter.province === undefined || p.province === filter.province) &&
    (filter.city === undefined || p.city === filter.city) &&
    (filter.ids === undefined || filter.ids.has(p.id));
  const placed = projects.filter((p) => p.kind === 'Project' && matchesPlace(p));
  const ofType = (p: GraphNode) => filter.type === undefined || typeOf(p) === filter.type;
  const ofStatus = (p: GraphNode) => filter.status === undefined || statusOf(p) === filter.status;
  return {
    matching: placed.filter((p) => ofType(p) && ofStatus(p)).sort((a, b) => a.id.localeCompare(b.id)),
    countsByType: PROJECT_TYPES.map((type) => ({
      type,
      count: placed.filter((p) => ofStatus(p) && typeOf(p) === type).length,
    })),
    countsByStatus: PROJECT_STATUSES.map((status) => ({
      status,
      count: placed.filter((p) => ofType(p) && statusOf(p) === status).length,
    })),
  };
}
