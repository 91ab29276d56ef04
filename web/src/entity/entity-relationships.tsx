import { gql } from '@apollo/client';
import { useState } from 'react';
import { entityPath, Link } from '../app/router.tsx';
import type { EntityRelationships_RelationshipFragment } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel, relationLabel } from '../i18n/labels.ts';
import { summariseRelationshipProperties } from './entity-properties.ts';
import { EntitySources, EntitySources_source } from './entity-sources.tsx';
import { VERIFICATION_LABELS } from '../verification/verification-labels.ts';

export const EntityRelationships_relationship = gql`
  fragment EntityRelationships_relationship on Relationship {
    id
    type
    typeLabel
    properties
    from {
      id
      name
      kind
      description
    }
    to {
      id
      name
      kind
      description
    }
    verification {
      status
    }
    sources {
      ...EntitySources_source
    }
  }
  ${EntitySources_source}
`;

type Relationship = EntityRelationships_RelationshipFragment;

/** Relationships shown per group before "show all": a city has hundreds of LOCATED_IN. */
const SHOWN = 12;

interface RelationGroup {
  type: string;
  label: string;
  relationships: Relationship[];
}

function groupByType(relationships: Relationship[], lang: 'zh' | 'en'): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const relationship of relationships) {
    const group = groups.get(relationship.type) ?? {
      type: relationship.type,
      label: relationLabel(relationship.type, relationship.typeLabel, lang),
      relationships: [],
    };
    group.relationships.push(relationship);
    groups.set(relationship.type, group);
  }
  return [...groups.values()].sort((a, b) => b.relationships.length - a.relationships.length);
}

/** The entity's relationships, one group per relation type headed by its verb, each with its sources. */
export function EntityRelationships({ entityId, relationships }: { entityId: string; relationships: Relationship[] }) {
  const t = useT();
  const { lang } = useLang();
  if (relationships.length === 0)
    return <p className="status">{t('还没有记录关系。', 'No relationships recorded yet.')}</p>;
  return (
    <div className="relation-groups">
      {groupByType(relationships, lang).map((group) => (
        <RelationGroupList key={group.type} group={group} entityId={entityId} />
      ))}
    </div>
  );
}

function RelationGroupList({ group, entityId }: { group: RelationGroup; entityId: string }) {
  const t = useT();
  const { lang } = useLang();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? group.relationships : group.relationships.slice(0, SHOWN);
  return (
    <section className="relation-group" data-relation-type={group.type}>
      <h3>
        {group.label} <span className="relation-count">{group.relationships.length}</span>
      </h3>
      <ul>
        {shown.map((relationship) => {
          const outgoing = relationship.from.id === entityId;
          const other = outgoing ? relationship.to : relationship.from;
          const summary = summariseRelationshipProperties(relationship.properties, lang);
          const clause = outgoing
            ? `${relationship.from.name} ${group.label} ${other.name}`
            : `${other.name} ${group.label} ${relationship.to.name}`;
          return (
            <li key={relationship.id} className="relation" data-relationship-id={relationship.id}>
              <span className="direction" title={clause} aria-hidden="true">
                {outgoing ? '→' : '←'}
              </span>
              <span className="visually-hidden">{clause}：</span>
              <Link to={entityPath(other.id)}>{other.name}</Link>
              <span className="relation-kind">{kindLabel(other.kind, lang)}</span>
              {summary ? <span className="relation-properties">{summary}</span> : null}
              {relationship.verification.status === 'UNVERIFIED' ? null : (
                <span
                  className={`relation-verification verification-${relationship.verification.status.toLowerCase()}`}
                  data-verification={relationship.verification.status}
                >
                  {VERIFICATION_LABELS[relationship.verification.status][lang]}
                </span>
              )}
              {relationship.sources.length > 0 ? (
                <details className="relation-sources">
                  <summary>
                    {t(`来源（${relationship.sources.length}）`, `Sources (${relationship.sources.length})`)}
                  </summary>
                  <EntitySources sources={relationship.sources} />
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
      {group.relationships.length > SHOWN ? (
        <button type="button" className="show-all" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll
            ? t('收起', 'Show fewer')
            : t(`显示全部 ${group.relationships.length} 条`, `Show all ${group.relationships.length}`)}
        </button>
      ) : null}
    </section>
  );
}
