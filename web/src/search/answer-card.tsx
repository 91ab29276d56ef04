import { gql } from '@apollo/client';
import { entityPath, href, Link } from '../app/router.tsx';
import { EntitySources, EntitySources_source } from '../entity/entity-sources.tsx';
import type { AnswerCard_AnswerFragment } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';

export const AnswerCard_answer = gql`
  fragment AnswerCard_answer on Answer {
    subject {
      id
      name
    }
    mention
    nearMiss
    asked {
      phrase
      relationTypes
    }
    items {
      entity {
        id
        kind
        name
      }
      explanation
      path {
        nodes {
          id
        }
        edges {
          type
        }
      }
      sources {
        ...EntitySources_source
      }
    }
  }
  ${EntitySources_source}
`;

type AnswerItem = AnswerCard_AnswerFragment['items'][number];

/**
 * The answer's evidence in the explorer: the subject in focus, the entities between it and the answer expanded, the
 * relation types of the path kept, and the answer open in the side panel.
 */
export function evidenceLink(answer: AnswerCard_AnswerFragment, item: AnswerItem): string {
  const ids = item.path.nodes.map((node) => node.id);
  return href('/explore', {
    focus: answer.subject.id,
    expanded: ids.slice(1, -1),
    types: [...new Set(item.path.edges.map((edge) => edge.type))],
    node: item.entity.id,
  });
}

/**
 * What the graph says to the question, above the hits: the answer entities, the sentence that proves each and the
 * sources of every relationship it rests on, with a link to see it in the explorer.
 */
export function AnswerCard({ answer }: { answer: AnswerCard_AnswerFragment }) {
  const t = useT();
  const { lang } = useLang();
  const asked = answer.asked.map((step) => step.phrase).join(' → ');
  return (
    <section className="answer-card" aria-labelledby="answer-card-title">
      <h2 id="answer-card-title">
        {t('图谱中的答案', 'Answer from the graph')}
        <span className="answer-asked">
          <Link to={entityPath(answer.subject.id)}>{answer.subject.name}</Link> · {asked}
        </span>
      </h2>
      {answer.nearMiss ? (
        <p className="answer-near-miss">
          {t(
            `按“${answer.subject.name}”作答（问题中写作“${answer.mention}”）。`,
            `Answered for “${answer.subject.name}” (written “${answer.mention}” in the question).`,
          )}
        </p>
      ) : null}
      <ul className="answer-items">
        {answer.items.map((item) => (
          <li key={item.entity.id} className="answer-item" data-entity-id={item.entity.id}>
            <p className="answer-entity">
              <Link to={entityPath(item.entity.id)}>{item.entity.name}</Link>
              <span className="kind">{kindLabel(item.entity.kind, lang)}</span>
            </p>
            <p className="answer-explanation">{item.explanation}</p>
            <div className="answer-sources" aria-label={t('来源', 'Sources')}>
              <EntitySources sources={item.sources} />
            </div>
            <Link className="answer-evidence" to={evidenceLink(answer, item)}>
              {t('在图谱中查看依据', 'See the evidence in the graph')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
