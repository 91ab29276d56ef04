import { gql } from '@apollo/client';
import type { SearchHit_HitFragment } from '../graphql/generated.ts';

export const SearchHit_hit = gql`
  fragment SearchHit_hit on SearchHit {
    snippet
    entity {
      id
      kind
      name
      province
      ... on PolicyTask {
        number
        section {
          id
          name
        }
        leadDepartments {
          id
          name
        }
        participatingDepartments {
          id
          name
        }
        responsiblePerDutyDepartments {
          id
          name
        }
        jointlyResponsibleDepartments {
          id
          name
        }
      }
    }
  }
`;

type Department = { id: string; name: string };

const KIND_ZH: Record<string, string> = {
  Enterprise: '企业',
  Entrepreneur: '企业家',
  Craftsman: '工匠',
  HeritageSite: '工业遗产',
  Museum: '工业博物馆',
  TourismSite: '工业旅游区',
  StudyBase: '研学基地',
  Technique: '技艺',
  Story: '工业精神故事',
  Place: '地点',
  Award: '奖项与称号',
  PolicyDocument: '政策文件',
  PolicySection: '政策章节',
  PolicyTask: '政策任务',
  Department: '责任部门',
  Target: '量化目标',
  Theme: '主题',
};

/**
 * Snippets arrive with <mark> around matched words and everything else escaped by the API,
 * so they can be rendered as markup without letting document text inject HTML.
 */
export function SearchHit({ hit }: { hit: SearchHit_HitFragment }) {
  const { entity } = hit;
  const task = entity.__typename === 'PolicyTask' ? entity : undefined;
  const roles: [string, Department[] | undefined][] = [
    ['牵头', task?.leadDepartments],
    ['参与', task?.participatingDepartments],
    ['按职责分工负责', task?.responsiblePerDutyDepartments],
    ['共同负责', task?.jointlyResponsibleDepartments],
  ];
  const named = roles.filter(([, list]) => list && list.length > 0);
  return (
    <li className="hit" data-entity-id={entity.id}>
      <div className="hit-meta">
        <span className="kind">{KIND_ZH[entity.kind] ?? entity.kind}</span>
        {entity.province ? <span className="province">{entity.province}</span> : null}
        {task?.section ? <span className="section">{task.section.name}</span> : null}
      </div>
      <h3>
        {task?.number ? <span className="number">{task.number}. </span> : null}
        {entity.name}
      </h3>
      {hit.snippet ? <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} /> : null}
      {named.length > 0 ? (
        <dl className="departments">
          {named.map(([role, list]) => (
            <div key={role}>
              <dt className="role">{role}</dt>
              <dd>{list!.map((d) => d.name).join('、')}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}
