import { type GraphNode, type GraphRelationship, relationshipId, type Source } from '@icg/graph';
import { planTitleKey } from '../parsers/anhui-action-plan.ts';
import { SeedError } from '../seed-error.ts';
import { distinctSources } from './policy-task-text.ts';

/** What a provincial document says about the national plan: enough to make its node. */
export interface NationalPlanDescription {
  /** 推进工业文化发展实施方案（2021—2025年）. */
  title: string;
  documentNumber: string;
  /** 工业和信息化部等八部委: the issuers as one phrase, since no document lists the eight. */
  issuedBy: string;
  /** Where the description was read. */
  source: Source;
}

/** A provincial document that says it implements the national plan, and how it writes the title. */
export interface PlanCitation {
  documentId: string;
  asWritten: string;
  source: Source;
}

export interface NationalPlanGraph {
  node: GraphNode;
  relationships: GraphRelationship[];
}

/**
 * The national plan both provinces implement, as one PolicyDocument with an IMPLEMENTS from each
 * citing document. Citations are matched on planTitleKey, which ignores dash forms and a missing
 * 年 (Jiangsu writes （2021-2025年）, Anhui's notice （2021—2025））; each form that differs from
 * the title becomes an alias, so a search for any of them finds the plan.
 * @throws SeedError `MALFORMED_DOCUMENT` when a citation names another plan.
 */
export function buildNationalPlanGraph(
  plan: NationalPlanDescription,
  citations: readonly PlanCitation[],
): NationalPlanGraph {
  const period = /（(?<start>\d{4})—(?<end>\d{4})年）$/.exec(plan.title)?.groups;
  if (!period?.start || !period.end) {
    throw new SeedError(
      'MALFORMED_DOCUMENT',
      `national plan title "${plan.title}" does not end in its period （YYYY—YYYY年）`,
      plan.source.locator,
    );
  }
  const startYear = Number(period.start);
  const endYear = Number(period.end);
  const id = `policy-national-${startYear}-${endYear}`;
  const key = planTitleKey(plan.title);

  for (const citation of citations) {
    if (planTitleKey(citation.asWritten) !== key) {
      throw new SeedError(
        'MALFORMED_DOCUMENT',
        `${citation.documentId} implements 《${citation.asWritten}》, not the national plan 《${plan.title}》`,
        citation.source.locator,
      );
    }
  }
  // One IMPLEMENTS per citing document, with a source for each place the document cites the plan.
  const citingDocuments = [...new Set(citations.map((citation) => citation.documentId))];
  const relationships: GraphRelationship[] = citingDocuments.map((documentId) => {
    const cited = citations.filter((citation) => citation.documentId === documentId);
    return {
      id: relationshipId('IMPLEMENTS', documentId, id),
      type: 'IMPLEMENTS',
      from: documentId,
      to: id,
      properties: { asWritten: [...new Set(cited.map((citation) => citation.asWritten))] },
      sources: distinctSources(cited.map((citation) => citation.source)),
    };
  });

  const aliases = [...new Set(citations.map((citation) => citation.asWritten))].filter((form) => form !== plan.title);
  const node: GraphNode = {
    id,
    kind: 'PolicyDocument',
    name: plan.title,
    aliases,
    province: null,
    city: null,
    description: null,
    properties: {
      period: `${startYear}-${endYear}`,
      startYear,
      endYear,
      documentNumber: plan.documentNumber,
      issuedBy: plan.issuedBy,
      level: 'national',
    },
    sources: distinctSources([plan.source, ...citations.map((citation) => citation.source)]),
  };
  return { node, relationships };
}
