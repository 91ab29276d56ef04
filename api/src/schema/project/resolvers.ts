import {
  isProjectStatus,
  isProjectType,
  normalizeText,
  PROJECT_STATUS_LABELS_ZH,
  PROJECT_TYPE_LABELS_ZH,
  type GraphNode,
  type RelationType,
} from '@icg/graph';
import { requireCurator } from '../../auth/require-curator.ts';
import type { RequestContext } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import { decodeOffsetCursor, encodeOffsetCursor, pageSize } from '../../page-size.ts';
import { curationResolvers } from '../curation/resolvers.ts';
import type { ProjectResolvers, Resolvers } from '../generated/resolvers-types.ts';
import { graphResolvers } from '../graph/resolvers.ts';
import { mapResolvers } from '../map/resolvers.ts';
import { relatedNodes } from '../policy/related-nodes.ts';
import { searchResolvers } from '../search/resolvers.ts';
import { allNodes } from '../stats/all-nodes.ts';
import { verificationResolvers } from '../verification/resolvers.ts';
import {
  projectStatusCode,
  projectStatusName,
  projectTypeCode,
  projectTypeName,
  type ProjectStatusName,
  type ProjectTypeName,
} from './project-codes.ts';
import { listProjects } from './project-list.ts';
import { upsertProject } from './project-writes.ts';
import { projectsAnsweringTask, taskProjects } from './task-projects.ts';

/**
 * The Entity fields other modules give every entity type (properties, relationships, citations, related,
 * position, verification …): a Project answers them exactly as a BasicEntity does, so a module that adds one
 * needs no line here.
 */
const entityFieldsOfOtherModules = Object.assign(
  {},
  ...[graphResolvers, searchResolvers, curationResolvers, mapResolvers, verificationResolvers].map(
    (resolvers) => resolvers.BasicEntity ?? {},
  ),
) as ProjectResolvers;

const text = (node: GraphNode, key: string) =>
  typeof node.properties[key] === 'string' ? (node.properties[key] as string) : null;
const year = (node: GraphNode, key: string) =>
  Number.isInteger(node.properties[key]) ? (node.properties[key] as number) : null;

/** Stored codes are checked on every write (projectPropertyProblems), so these never fall back in practice. */
const typeCode = (node: GraphNode) =>
  isProjectType(node.properties.projectType) ? node.properties.projectType : 'development';
const statusCode = (node: GraphNode) => (isProjectStatus(node.properties.status) ? node.properties.status : 'reserve');

const linked = (type: RelationType) => (node: GraphNode, _: unknown, ctx: RequestContext) =>
  relatedNodes(node, type, 'to', ctx);

async function loadTask(id: string, ctx: RequestContext): Promise<GraphNode> {
  const task = await ctx.loaders.node.load(normalizeText(id));
  if (!task) throw badUserInput('filter.taskId', `No policy task ${JSON.stringify(id)}`);
  if (task.kind !== 'PolicyTask') {
    throw badUserInput('filter.taskId', `${JSON.stringify(id)} is a ${task.kind}, not a PolicyTask`);
  }
  return task;
}

const optionalFilterText = (value: string | null | undefined, argument: string) => {
  if (value === null || value === undefined) return undefined;
  const normalized = normalizeText(value).trim();
  if (normalized === '') throw badUserInput(argument, `${argument} must not be empty; leave it out to match all`);
  return normalized;
};

export const projectResolvers: Resolvers = {
  Query: {
    async projects(_, { filter, first, after }, ctx) {
      const size = pageSize(first);
      const offset = decodeOffsetCursor(after);
      const ids = filter?.taskId ? await projectsAnsweringTask(await loadTask(filter.taskId, ctx), ctx) : undefined;
      const list = listProjects(await allNodes(ctx, ['Project']), {
        type: filter?.type ? projectTypeCode(filter.type as ProjectTypeName) : undefined,
        status: filter?.status ? projectStatusCode(filter.status as ProjectStatusName) : undefined,
        province: optionalFilterText(filter?.province, 'filter.province'),
        city: optionalFilterText(filter?.city, 'filter.city'),
        ids,
      });
      const nodes = list.matching.slice(offset, offset + size);
      return {
        nodes,
        totalCount: list.matching.length,
        pageInfo: {
          hasNextPage: offset + size < list.matching.length,
          endCursor: nodes.length > 0 ? encodeOffsetCursor(offset + nodes.length - 1) : null,
        },
        countsByType: list.countsByType.map(({ type, count }) => ({
          type: projectTypeName(type),
          label: PROJECT_TYPE_LABELS_ZH[type],
          count,
        })),
        countsByStatus: list.countsByStatus.map(({ status, count }) => ({
          status: projectStatusName(status),
          label: PROJECT_STATUS_LABELS_ZH[status],
          count,
        })),
      };
    },
  },

  Mutation: {
    async upsertProject(_, { input }, ctx) {
      const session = await requireCurator(ctx);
      const result = await upsertProject(ctx.graph, session, {
        ...input,
        type: projectTypeCode(input.type as ProjectTypeName),
        status: projectStatusCode(input.status as ProjectStatusName),
      });
      ctx.loaders.node.clear(result.project.id).prime(result.project.id, result.project);
      for (const id of new Set([result.project.id, ...result.relationships.map((r) => r.to)])) {
        ctx.loaders.relationships.clear(id);
      }
      return { project: result.project, created: result.created };
    },
  },

  Project: {
    ...entityFieldsOfOtherModules,
    projectType: (node) => projectTypeName(typeCode(node)),
    projectTypeLabel: (node) => PROJECT_TYPE_LABELS_ZH[typeCode(node)],
    status: (node) => projectStatusName(statusCode(node)),
    statusLabel: (node) => PROJECT_STATUS_LABELS_ZH[statusCode(node)],
    startYear: (node) => year(node, 'startYear'),
    endYear: (node) => year(node, 'endYear'),
    note: (node) => text(node, 'note'),
    derivedFrom: (node) => text(node, 'derivedFrom'),
    reuses: linked('REUSES'),
    serves: linked('SERVES'),
    resultedIn: linked('RESULTED_IN'),
    operators: linked('OPERATED_BY'),
    owners: linked('OWNED_BY'),
    answersTasks: async (node, _, ctx) =>
      (await relatedNodes(node, 'ANSWERS', 'to', ctx, 'PolicyTask')).sort((a, b) => a.id.localeCompare(b.id)),
    answersTargets: async (node, _, ctx) =>
      (await relatedNodes(node, 'ANSWERS', 'to', ctx, 'Target')).sort((a, b) => a.id.localeCompare(b.id)),
  },

  PolicyTask: {
    projects: (task, _, ctx) => taskProjects(task, ctx),
  },
};
