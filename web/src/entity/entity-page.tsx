import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { entityPath, href, Link } from '../app/router.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { AddToNarrativeButton } from '../curation/add-to-narrative-button.tsx';
import { RetractControl } from '../curation/retract-control.tsx';
import type {
  EntityPageQueryQuery,
  EntityPageQueryQueryVariables,
  EntityRelationships_RelationshipFragment,
} from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel, provinceLabel } from '../i18n/labels.ts';
import { describeProperties } from './entity-properties.ts';
import { EntityRelationships, EntityRelationships_relationship } from './entity-relationships.tsx';
import { EntitySources, EntitySources_source } from './entity-sources.tsx';
import { NeighbourGraph } from './neighbour-graph.tsx';
import { PolicyTaskPanel, PolicyTaskPanel_task } from './policy-task-panel.tsx';
import { PROJECT_PANEL_KEYS, ProjectPanel, ProjectPanel_project } from './project-panel.tsx';
import { PropertyList } from './property-list.tsx';
import { RelatedEntities } from './related-entities.tsx';
import { RELATIONSHIP_PAGE_SIZE, useRelationshipPages } from './use-relationship-pages.ts';
import { VerificationStatus, VerificationStatus_verification } from '../verification/verification-status.tsx';
import './entity-page.css';

export const EntityPageQuery: TypedDocumentNode<EntityPageQueryQuery, EntityPageQueryQueryVariables> = gql`
  query EntityPageQuery($id: ID!, $relationshipsFirst: Int) {
    entity(id: $id) {
      id
      kind
      name
      aliases
      province
      city
      description
      properties
      verification {
        ...VerificationStatus_verification
      }
      sources {
        ...EntitySources_source
      }
      relationshipCount
      relationships(first: $relationshipsFirst) {
        ...EntityRelationships_relationship
      }
      ...PolicyTaskPanel_task
      ...ProjectPanel_project
    }
  }
  ${EntitySources_source}
  ${VerificationStatus_verification}
  ${EntityRelationships_relationship}
  ${PolicyTaskPanel_task}
  ${ProjectPanel_project}
`;

/** Properties the policy task panel already shows in full. */
const TASK_PANEL_KEYS: ReadonlySet<string> = new Set(['text', 'number', 'section', 'responsibleDepartments']);
const NO_KEYS: ReadonlySet<string> = new Set();

const STORY_EXCERPT = 90;

/** Stories linked to the entity in either direction, once each, whatever the relation. */
function relatedStories(entityId: string, relationships: EntityRelationships_RelationshipFragment[]) {
  const stories = new Map<string, { id: string; name: string; description: string | null }>();
  for (const relationship of relationships) {
    const other = relationship.from.id === entityId ? relationship.to : relationship.from;
    if (other.kind === 'Story' && other.id !== entityId) stories.set(other.id, other);
  }
  return [...stories.values()];
}

function excerpt(text: string | null): string | null {
  if (!text) return null;
  return text.length > STORY_EXCERPT ? `${text.slice(0, STORY_EXCERPT)}…` : text;
}

export function EntityPage({ id }: { id: string }) {
  const t = useT();
  const { lang } = useLang();
  const { data, dataState, error, loading } = useQuery(EntityPageQuery, {
    variables: { id, relationshipsFirst: RELATIONSHIP_PAGE_SIZE },
  });
  const entity = dataState === 'complete' ? data.entity : undefined;
  useDocumentTitle(entity ? entity.name : loading ? null : t('没有这个实体', 'No such entity'));

  if (loading && !entity) return <p className="status">{t('正在加载…', 'Loading…')}</p>;
  if (error)
    return (
      <div className="view">
        <h1>{t('无法加载这个实体', 'Cannot load this entity')}</h1>
        <p role="alert" className="error">
          {t('服务器暂时没有回应，请稍后再试。', 'The server did not answer; please try again shortly.')}
        </p>
      </div>
    );
  if (!entity)
    return (
      <div className="view entity-not-found">
        <h1>{t('没有这个实体', 'No such entity')}</h1>
        <p>{t(`图谱中没有编号为“${id}”的实体。`, `The graph holds no entity with the id “${id}”.`)}</p>
        <p>
          <Link to={href('/', { q: id })}>{t('用这个编号搜索', 'Search for this id')}</Link>
          {' · '}
          <Link to="/">{t('回到搜索', 'Back to search')}</Link>
        </p>
      </div>
    );

  const task = entity.__typename === 'PolicyTask' ? entity : undefined;
  const project = entity.__typename === 'Project' ? entity : undefined;
  const panelKeys = task ? TASK_PANEL_KEYS : project ? PROJECT_PANEL_KEYS : NO_KEYS;
  const properties = describeProperties(entity.properties, lang, panelKeys);
  const stories = relatedStories(entity.id, entity.relationships);

  const place = [entity.province ? provinceLabel(entity.province, lang) : null, entity.city].filter(Boolean);

  return (
    <article className="view entity-page" data-entity-id={entity.id}>
      <header className="entity-header">
        <p className="entity-meta">
          <span className="entity-kind">{kindLabel(entity.kind, lang)}</span>
          {place.length > 0 ? <span className="entity-place">{place.join(' · ')}</span> : null}
        </p>
        <h1>{entity.name}</h1>
        {entity.aliases.length > 0 ? (
          <p className="entity-aliases">
            {t('又名：', 'Also known as: ')}
            {entity.aliases.join('、')}
          </p>
        ) : null}
        <VerificationStatus verification={entity.verification} />
        <div className="entity-actions">
          <AddToNarrativeButton entity={entity} />
          <RetractControl entityId={entity.id} />
          <Link to={href('/explore', { focus: entity.id })}>{t('在图谱中展开', 'Expand in the graph explorer')}</Link>
        </div>
      </header>
      {entity.description ? <p className="entity-description">{entity.description}</p> : null}

      <div className="entity-layout">
        <div className="entity-main">
          {task ? <PolicyTaskPanel task={task} description={entity.description} /> : null}
          {project ? <ProjectPanel project={project} /> : null}
          {properties.length > 0 ? (
            <section className="entity-section" aria-labelledby="entity-properties-heading">
              <h2 id="entity-properties-heading">{t('基本信息', 'Details')}</h2>
              <PropertyList rows={properties} />
            </section>
          ) : null}
          <EntityRelationshipsSection
            entityId={entity.id}
            firstPage={entity.relationships}
            total={entity.relationshipCount}
          />
          <section className="entity-section" aria-labelledby="entity-sources-heading">
            <h2 id="entity-sources-heading">{t('来源', 'Sources')}</h2>
            <EntitySources sources={entity.sources} />
          </section>
        </div>
        <aside className="entity-aside">
          <section className="entity-section" aria-labelledby="entity-graph-heading">
            <h2 id="entity-graph-heading">{t('相连的实体', 'Connected entities')}</h2>
            <NeighbourGraph id={entity.id} name={entity.name} kind={entity.kind} />
          </section>
          <RelatedEntities id={entity.id} />
          {stories.length > 0 ? (
            <section className="entity-section" aria-labelledby="entity-stories-heading">
              <h2 id="entity-stories-heading">{t('相关故事', 'Related stories')}</h2>
              <ul className="related-stories">
                {stories.map((story) => (
                  <li key={story.id}>
                    <Link to={entityPath(story.id)}>{story.name}</Link>
                    {story.description ? <p>{excerpt(story.description)}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </article>
  );
}

/** The relationships heading and groups, with a control for the next page while some are not loaded. */
function EntityRelationshipsSection({
  entityId,
  firstPage,
  total,
}: {
  entityId: string;
  firstPage: EntityRelationships_RelationshipFragment[];
  total: number;
}) {
  const t = useT();
  const { relationships, hasMore, loadMore, loading, failed } = useRelationshipPages(entityId, firstPage, total);
  return (
    <section className="entity-section" aria-labelledby="entity-relationships-heading">
      <h2 id="entity-relationships-heading">{t(`关系（${total}）`, `Relationships (${total})`)}</h2>
      <EntityRelationships entityId={entityId} relationships={relationships} />
      {hasMore ? (
        <p className="more-relationships">
          <button type="button" className="show-all" onClick={() => void loadMore()} disabled={loading}>
            {loading
              ? t('正在加载…', 'Loading…')
              : t(
                  `显示更多关系（已显示 ${relationships.length} / 共 ${total} 条）`,
                  `Show more relationships (${relationships.length} of ${total} shown)`,
                )}
          </button>
          {failed ? (
            <span role="alert" className="error">
              {t('无法加载更多关系，请稍后再试。', 'Could not load more relationships; please try again shortly.')}
            </span>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
