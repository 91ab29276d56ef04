import { gql, type ApolloClient, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { downloadText } from '../app/download.ts';
import { entityPath, Link } from '../app/router.tsx';
import type { EntityCitationsQueryQuery, EntityCitationsQueryQueryVariables } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import {
  exportFileName,
  narrativeJsonLd,
  narrativeMarkdown,
  type ExportedItem,
  type ExportedNarrative,
} from './narrative-export.ts';
import type { NarrativeDraft } from './narrative-draft.ts';
import { printPath } from './saved-narratives.tsx';

const EntityCitationsQuery: TypedDocumentNode<EntityCitationsQueryQuery, EntityCitationsQueryQueryVariables> = gql`
  query EntityCitationsQuery($id: ID!) {
    entity(id: $id) {
      id
      citations
      verification {
        status
      }
      sources {
        quality {
          class
        }
      }
    }
  }
`;

type CitedEntity = Pick<ExportedItem, 'citations' | 'verification' | 'sourceQualities'>;

/**
 * GB/T 7714 reference entries for every entity of the draft, as the API formats them, saved or not; with the
 * entity's verification status and each entry's source class (`citations` and `sources` are both one per source, in
 * the same order).
 */
async function draftCitations(client: ApolloClient, draft: NarrativeDraft): Promise<Map<string, CitedEntity>> {
  const ids = [...new Set(draft.items.map((item) => item.entityId))];
  const found = await Promise.all(
    ids.map((id) => client.query({ query: EntityCitationsQuery, variables: { id } }).then(({ data }) => data?.entity)),
  );
  return new Map(
    found.flatMap((entity) =>
      entity
        ? [
            [
              entity.id,
              {
                citations: entity.citations,
                verification: entity.verification.status,
                sourceQualities: entity.sources.map((source) => source.quality.class),
              },
            ] as const,
          ]
        : [],
    ),
  );
}

const entityUrl = (id: string) => new URL(entityPath(id), window.location.origin).href;

/** Markdown and JSON-LD files of the draft as it stands, and the print page of the saved narrative. */
export function NarrativeExportActions({ draft, saved }: { draft: NarrativeDraft; saved: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const empty = draft.items.length === 0 || draft.title.trim() === '';

  const exportAs = async (format: 'markdown' | 'jsonld') => {
    setBusy(true);
    setFailure(null);
    try {
      const citations = await draftCitations(client, draft);
      const narrative: ExportedNarrative = {
        title: draft.title,
        description: draft.description,
        items: draft.items.map((item) => ({ ...item, ...(citations.get(item.entityId) ?? { citations: [] }) })),
      };
      if (format === 'markdown') {
        downloadText(
          narrativeMarkdown(narrative, { entityUrl, lang }),
          exportFileName(draft.title, 'md'),
          'text/markdown;charset=utf-8',
        );
      } else {
        downloadText(
          `${JSON.stringify(narrativeJsonLd(narrative, { entityUrl }), null, 2)}\n`,
          exportFileName(draft.title, 'jsonld'),
          'application/ld+json;charset=utf-8',
        );
      }
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-actions">
      <button type="button" disabled={busy || empty} onClick={() => exportAs('markdown')}>
        {t('导出 Markdown', 'Export Markdown')}
      </button>
      <button type="button" disabled={busy || empty} onClick={() => exportAs('jsonld')}>
        {t('导出 JSON-LD', 'Export JSON-LD')}
      </button>
      {draft.narrativeId ? (
        <Link to={printPath(draft.narrativeId)} className="button-link">
          {saved ? t('打印版', 'Print version') : t('打印版（已保存的版本）', 'Print version (as saved)')}
        </Link>
      ) : null}
      {empty ? (
        <p className="hint">{t('有标题和条目后才能导出。', 'A title and at least one item are needed to export.')}</p>
      ) : null}
      <div aria-live="polite">
        {failure ? <p className="error">{t(`导出失败：${failure}`, `Export failed: ${failure}`)}</p> : null}
      </div>
    </div>
  );
}
