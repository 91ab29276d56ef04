import { departmentNode } from '../departments/department-node.ts';
import { type GraphNode, type GraphRelationship, relationshipId, type Source } from '@icg/graph';
import type {
  ActionPlanDocument,
  ActionPlanIssuer,
  ActionPlanSection,
  ActionPlanTask,
  NationalPlanCitation,
} from './anhui-action-plan.ts';

export interface ActionPlanGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/**
 * Turns a parsed action plan into graph records, in document order (document, chapters and their
 * parts, items, then the signing departments) so two parses of one text give identical arrays.
 * The national plan it implements is not a node here: both provinces cite it, so the policy graph
 * builds it once (see buildNationalPlanGraph).
 */
export function buildAnhuiActionPlanGraph(
  document: ActionPlanDocument,
  national: NationalPlanCitation,
  issuers: readonly ActionPlanIssuer[],
  sections: readonly ActionPlanSection[],
  tasks: readonly ActionPlanTask[],
  takenAt: string,
): ActionPlanGraph {
  const source = (locator: string): Source => ({ document: document.notice.title, locator, takenAt });
  const { startYear, endYear } = document.period;
  const { notice } = document;

  const nodes: GraphNode[] = [
    {
      id: document.id,
      kind: 'PolicyDocument',
      name: document.title,
      aliases: [],
      province: document.province,
      city: null,
      description: document.preamble,
      properties: {
        period: `${startYear}-${endYear}`,
        startYear,
        endYear,
        implements: national.title,
        noticeTitle: notice.title,
        signedOn: notice.signedOn,
        publishedOn: notice.publishedOn,
        addressedTo: notice.addressedTo,
        sourceFile: document.file,
      },
      sources: [source('方案标题'), source('标题'), source('发布日期'), source('落款')],
    },
  ];
  const relationships: GraphRelationship[] = [];

  for (const { department, order, asWritten } of issuers) {
    relationships.push({
      id: relationshipId('ISSUED_BY', document.id, department.id),
      type: 'ISSUED_BY',
      from: document.id,
      to: department.id,
      properties: { order, asWritten },
      sources: [source('落款')],
    });
  }

  // Chapters before their parts, each part right after its chapter's earlier parts: document order.
  for (const section of sections) {
    const parentId = section.parentId ?? document.id;
    nodes.push({
      id: section.id,
      kind: 'PolicySection',
      name: section.name,
      aliases: [],
      province: document.province,
      city: null,
      description: section.description,
      properties: { number: section.number, heading: section.heading, taskNumbers: section.taskNumbers },
      sources: [source(section.locator)],
    });
    relationships.push({
      id: relationshipId('PART_OF', section.id, parentId),
      type: 'PART_OF',
      from: section.id,
      to: parentId,
      properties: { order: section.number },
      sources: [source(section.locator)],
    });
  }

  const orderInSection = new Map<string, number>();
  for (const task of tasks) {
    const order = (orderInSection.get(task.sectionId) ?? 0) + 1;
    orderInSection.set(task.sectionId, order);
    nodes.push({
      id: task.id,
      kind: 'PolicyTask',
      name: task.title,
      aliases: [],
      province: document.province,
      city: null,
      description: task.text,
      properties: { number: task.number, text: task.text, section: task.sectionName },
      sources: [source(task.locator)],
    });
    relationships.push({
      id: relationshipId('PART_OF', task.id, task.sectionId),
      type: 'PART_OF',
      from: task.id,
      to: task.sectionId,
      properties: { order },
      sources: [source(task.locator)],
    });
  }

  for (const { department } of issuers) {
    nodes.push(departmentNode(department, document.province, [source('落款')]));
  }

  return { nodes, relationships };
}
