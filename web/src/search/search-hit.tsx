import { gql } from '@apollo/client';
import { entityPath, Link } from '../app/router.tsx';
import { AddToNarrativeButton } from '../curation/add-to-narrative-button.tsx';
import type { SearchHit_HitFragment } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel, provinceLabel } from '../i18n/labels.ts';
import { filledRoles, ROLE_LABELS, TaskDepartments_task } from '../policy/task-departments.ts';
import { SourceQualityBadge } from '../verification/source-quality-badge.tsx';
import { VERIFICATION_LABELS } from '../verification/verification-labels.ts';

export const SearchHit_hit = gql`
  fragment SearchHit_hit on SearchHit {
    snippet
    highlights {
      field
      snippet
    }
    year
    era
    level
    industry
    matchedBy
    similarity
    verification
    sourceQuality
    entity {
      id
      kind
      name
      province
      city
      ... on PolicyTask {
        number
        section {
          id
          name
        }
        ...TaskDepartments_task
      }
    }
  }
  ${TaskDepartments_task}
`;

/**
 * Snippets arrive with <mark> around matched words and everything else escaped by the API,
 * so they can be rendered as markup without letting document text inject HTML.
 */
function Marked({ html, className }: { html: string; className?: string }) {
  return <span className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** How the hit matched, in the reader's words: it has the words, it means the same, or both. */
const MATCH_LABELS: Readonly<Record<SearchHit_HitFragment['matchedBy'], { zh: string; en: string }>> = {
  WORDS: { zh: '字词匹配', en: 'Words' },
  MEANING: { zh: '语义相近', en: 'Meaning' },
  BOTH: { zh: '字词 + 语义', en: 'Words + meaning' },
};

export function SearchHit({ hit }: { hit: SearchHit_HitFragment }) {
  const t = useT();
  const { lang } = useLang();
  const { entity } = hit;
  const task = entity.__typename === 'PolicyTask' ? entity : undefined;
  const named = task ? filledRoles(task) : [];
  const nameHighlight = hit.highlights.find((h) => h.field === 'NAME')?.snippet;
  const aliasHighlights = hit.highlights.filter((h) => h.field === 'ALIAS').map((h) => h.snippet);
  return (
    <li className="hit" data-entity-id={entity.id}>
      <div className="hit-meta">
        <span className="kind">{kindLabel(entity.kind, lang)}</span>
        {entity.province ? <span className="province">{provinceLabel(entity.province, lang)}</span> : null}
        {entity.city ? <span className="city">{entity.city}</span> : null}
        {task?.section ? <span className="section">{task.section.name}</span> : null}
        {hit.year ? <span className="year">{hit.year}</span> : null}
        {hit.level ? <span className="level">{hit.level}</span> : null}
        <span
          className={`hit-verification verification-${hit.verification.toLowerCase()}`}
          data-verification={hit.verification}
        >
          {VERIFICATION_LABELS[hit.verification][lang]}
        </span>
        <SourceQualityBadge quality={hit.sourceQuality} />
        {hit.industry.map((industry) => (
          <span key={industry} className="industry">
            {industry}
          </span>
        ))}
        <span
          className={`matched matched-${hit.matchedBy.toLowerCase()}`}
          title={
            hit.similarity === null || hit.similarity === undefined
              ? undefined
              : t(`语义相近度 ${hit.similarity.toFixed(2)}`, `Similarity ${hit.similarity.toFixed(2)}`)
          }
        >
          {MATCH_LABELS[hit.matchedBy][lang]}
        </span>
      </div>
      <h3>
        <Link to={entityPath(entity.id, entity.kind)}>
          {task?.number ? <span className="number">{task.number}. </span> : null}
          {nameHighlight ? <Marked html={nameHighlight} /> : entity.name}
        </Link>
      </h3>
      {aliasHighlights.length > 0 ? (
        <p className="hit-aliases">
          {t('又名', 'Also known as')}{' '}
          {aliasHighlights.map((html, index) => (
            <Marked key={index} html={html} className="hit-alias" />
          ))}
        </p>
      ) : null}
      {hit.snippet ? <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} /> : null}
      {named.length > 0 ? (
        <dl className="departments">
          {named.map(({ role, departments }) => (
            <div key={role}>
              <dt className="role">{ROLE_LABELS[role][lang]}</dt>
              <dd>{departments.map((d) => d.name).join('、')}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div className="hit-actions">
        <AddToNarrativeButton entity={entity} />
      </div>
    </li>
  );
}
