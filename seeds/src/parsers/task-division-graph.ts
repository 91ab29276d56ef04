import { departmentNode } from '../departments/department-node.ts';
import { type GraphNode, type GraphRelationship, relationshipId, type Source } from '@icg/graph';
import type { JiangsuDepartment } from '../departments/jiangsu-departments.ts';
import type { TaskDivisionDocument, TaskDivisionSection, TaskDivisionTask } from './task-division.ts';

export interface TaskDivisionGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/**
 * Turns a parsed task-division table into graph records. Nodes come in table order (document,
 * sections, tasks, then departments by first mention) so that two parses of the same text give
 * identical arrays, not just identical sets.
 */
export function buildTaskDivisionGraph(
  document: TaskDivisionDocument,
  sections: readonly TaskDivisionSection[],
  tasks: readonly TaskDivisionTask[],
  takenAt: string,
): TaskDivisionGraph {
  const source = (locator: string): Source => ({ document: document.title, locator, takenAt });
  const { startYear, endYear } = document.period;

  const nodes: GraphNode[] = [
    {
      id: document.id,
      kind: 'PolicyDocument',
      name: document.title,
      aliases: [],
      province: document.province,
      city: null,
      description: null,
      properties: {
        period: `${startYear}-${endYear}`,
        startYear,
        endYear,
        implements: document.implements,
        sourceFile: document.file,
      },
      sources: [source('表头')],
    },
  ];
  const relationships: GraphRelationship[] = [];

  for (const section of sections) {
    nodes.push({
      id: section.id,
      kind: 'PolicySection',
      name: section.name,
      aliases: [],
      province: document.province,
      city: null,
      description: null,
      properties: { number: section.number, taskNumbers: section.taskNumbers },
      sources: [source(section.locator)],
    });
    relationships.push({
      id: relationshipId('PART_OF', section.id, document.id),
      type: 'PART_OF',
      from: section.id,
      to: document.id,
      properties: { order: section.number },
      sources: [source(section.locator)],
    });
  }

  const departments = new Map<string, { department: JiangsuDepartment; locators: string[] }>();
  for (const section of sections) {
    const sectionTasks = tasks.filter((task) => task.sectionId === section.id);
    for (const [index, task] of sectionTasks.entries()) {
      nodes.push({
        id: task.id,
        kind: 'PolicyTask',
        name: task.title,
        aliases: [],
        province: document.province,
        city: null,
        description: task.text,
        properties: {
          number: task.number,
          text: task.text,
          section: task.sectionName,
          responsibleDepartments: task.responsibleDepartments,
        },
        sources: [source(task.locator)],
      });
      relationships.push({
        id: relationshipId('PART_OF', task.id, section.id),
        type: 'PART_OF',
        from: task.id,
        to: section.id,
        properties: { order: index + 1 },
        sources: [source(task.locator)],
      });

      for (const { department, type, order, asWritten } of task.responsibilities) {
        const seen = departments.get(department.id);
        if (seen) seen.locators.push(task.locator);
        else departments.set(department.id, { department, locators: [task.locator] });
        relationships.push({
          id: relationshipId(type, department.id, task.id),
          type,
          from: department.id,
          to: task.id,
          properties: { order, asWritten },
          sources: [source(task.locator)],
        });
      }
    }
  }

  for (const { department, locators } of departments.values()) {
    // One source per row that names the department, so each mention can be traced back.
    nodes.push(departmentNode(department, document.province, locators.map(source)));
  }

  return { nodes, relationships };
}
