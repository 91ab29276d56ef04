import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { Link, narrativePath, narrativePrintPath } from '../app/router.tsx';
import type {
  DeleteNarrativeMutationMutation,
  DeleteNarrativeMutationMutationVariables,
  PublishNarrativeMutationMutation,
  PublishNarrativeMutationMutationVariables,
  SavedNarrativesQueryQuery,
  SavedNarrativesQueryQueryVariables,
} from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { apiRefusal } from './api-errors.ts';
import { signOut, useCuratorToken } from './curator-session.ts';
import { forgetDraftSaved } from './draft-save-state.ts';
import { narrativeDraft, setNarrativeDraft } from './narrative-draft.ts';
import './narrative-print.css';

export const SavedNarrativesQuery: TypedDocumentNode<SavedNarrativesQueryQuery, SavedNarrativesQueryQueryVariables> =
  gql`
    query SavedNarrativesQuery {
      narratives(first: 100) {
        id
        title
        version
        createdBy
        updatedAt
        publishedAt
        editable
        items {
          position
        }
      }
    }
  `;

const DeleteNarrativeMutation: TypedDocumentNode<
  DeleteNarrativeMutationMutation,
  DeleteNarrativeMutationMutationVariables
> = gql`
  mutation DeleteNarrativeMutation($id: ID!, $version: Int) {
    deleteNarrative(id: $id, version: $version)
  }
`;

const PublishNarrativeMutation: TypedDocumentNode<
  PublishNarrativeMutationMutation,
  PublishNarrativeMutationMutationVariables
> = gql`
  mutation PublishNarrativeMutation($id: ID!, $version: Int!, $publish: Boolean!) {
    publishNarrative(id: $id, version: $version) @include(if: $publish) {
      id
      version
      publishedAt
    }
    unpublishNarrative(id: $id, version: $version) @skip(if: $publish) {
      id
      version
      publishedAt
    }
  }
`;

export const printPath = narrativePrintPath;

/** The narratives saved on the server, to open one into the draft, print it or delete it. */
export function SavedNarratives({ openId, onOpen }: { openId: string | undefined; onOpen: (id: string) => void }) {
  const t = useT();
  const { lang } = useLang();
  const client = useApolloClient();
  const token = useCuratorToken();
  const headingId = useId();
  const { data, error, loading, refetch } = useQuery(SavedNarrativesQuery, { fetchPolicy: 'cache-and-network' });
  // Which narratives are editable depends on who is signed in.
  useEffect(() => {
    void refetch();
  }, [token, refetch]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  /** A refused write, said as the curator needs it: who may do it, a version changed meanwhile, or the service's words. */
  const showRefusal = (
    failure: unknown,
    texts: { forbidden: string; conflict: string; failed: (reason: string) => string },
  ) => {
    const refusal = apiRefusal(failure);
    if (refusal.code === 'UNAUTHENTICATED') signOut();
    setMessage({
      error: true,
      text:
        refusal.code === 'FORBIDDEN'
          ? texts.forbidden
          : refusal.code === 'UNAUTHENTICATED'
            ? t('令牌已失效，已退出登录。', 'The token was refused; you have been signed out.')
            : refusal.reason === 'VERSION_CONFLICT'
              ? texts.conflict
              : texts.failed(refusal.message),
    });
  };

  const remove = async (id: string, version: number, title: string) => {
    setConfirming(null);
    try {
      await client.mutate({ mutation: DeleteNarrativeMutation, variables: { id, version } });
      // The draft keeps its items as a new, unsaved narrative rather than pointing at a deleted one.
      const draft = narrativeDraft();
      if (draft.narrativeId === id) {
        setNarrativeDraft({ title: draft.title, description: draft.description, items: draft.items });
        forgetDraftSaved();
      }
      await client.refetchQueries({ include: ['SavedNarrativesQuery'] });
      setMessage({ text: t(`已删除「${title}」。`, `Deleted “${title}”.`), error: false });
    } catch (failure) {
      showRefusal(failure, {
        forbidden: t(
          '只有创建这篇叙事的策展人可以删除它。',
          'Only the curator who created this narrative may delete it.',
        ),
        conflict: t(
          '这篇叙事刚被修改过，请刷新列表后再删除。',
          'The narrative changed meanwhile; refresh the list first.',
        ),
        failed: (reason) => t(`删除失败：${reason}`, `Delete failed: ${reason}`),
      });
    }
  };

  /** Publishing makes a narrative findable by search and readable at its own page; unpublishing takes it back. */
  const setPublished = async (id: string, version: number, title: string, publish: boolean) => {
    try {
      const { data: result } = await client.mutate({
        mutation: PublishNarrativeMutation,
        variables: { id, version, publish },
      });
      const written = result?.publishNarrative ?? result?.unpublishNarrative;
      if (!written) throw new Error('The service returned no narrative');
      // The open draft is based on the version just replaced; its next save names the new one.
      const draft = narrativeDraft();
      if (draft.narrativeId === id) setNarrativeDraft({ ...draft, version: written.version });
      await client.refetchQueries({ include: ['SavedNarrativesQuery'] });
      setMessage({
        error: false,
        text: publish
          ? t(`已发布「${title}」，读者可以搜索到它。`, `Published “${title}”: readers can find it by search.`)
          : t(`已撤回「${title}」，它又是草稿了。`, `Unpublished “${title}”: it is a draft again.`),
      });
    } catch (failure) {
      showRefusal(failure, {
        forbidden: t(
          '只有创建这篇叙事的策展人可以发布它。',
          'Only the curator who created this narrative may publish it.',
        ),
        conflict: t(
          '这篇叙事刚被修改过，请刷新列表后再试。',
          'The narrative changed meanwhile; refresh the list first.',
        ),
        failed: (reason) => t(`操作失败：${reason}`, `Failed: ${reason}`),
      });
    }
  };

  const narratives = data?.narratives ?? [];
  return (
    <section className="saved-narratives" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('已保存的叙事', 'Saved narratives')}</h2>
      <div aria-live="polite">
        {message ? <p className={message.error ? 'error' : 'status'}>{message.text}</p> : null}
      </div>
      {error ? (
        <p className="error">{t('无法加载已保存的叙事。', 'The saved narratives could not be loaded.')}</p>
      ) : null}
      {loading && !data ? <p className="status">{t('正在加载…', 'Loading…')}</p> : null}
      {data && narratives.length === 0 ? (
        <p className="status">{t('还没有保存的叙事。', 'No narratives yet.')}</p>
      ) : null}
      <ul className="saved-list">
        {narratives.map((narrative) => (
          <li key={narrative.id} data-narrative-id={narrative.id}>
            <h3>{narrative.title}</h3>
            <p className={`narrative-state ${narrative.publishedAt ? 'published' : 'draft'}`}>
              {narrative.publishedAt
                ? t(
                    `已发布 · ${narrative.publishedAt.slice(0, 10)}`,
                    `Published · ${narrative.publishedAt.slice(0, 10)}`,
                  )
                : t('草稿 · 未发布', 'Draft · not published')}
            </p>
            <p className="saved-meta">
              {t(
                `${narrative.items.length} 项 · 第 ${narrative.version} 版 · ${narrative.createdBy} · ${narrative.updatedAt.slice(0, 10)}`,
                `${narrative.items.length} items · version ${narrative.version} · ${narrative.createdBy} · ${narrative.updatedAt.slice(0, 10)}`,
              )}
            </p>
            <div className="saved-actions">
              <button type="button" disabled={openId === narrative.id} onClick={() => onOpen(narrative.id)}>
                {openId === narrative.id ? t('正在编辑', 'Editing') : t('打开', 'Open')}
              </button>
              <Link to={printPath(narrative.id)} className="button-link">
                {t('打印版', 'Print version')}
              </Link>
              {narrative.publishedAt ? (
                <Link to={narrativePath(narrative.id)} className="button-link">
                  {t('公开页面', 'Public page')}
                </Link>
              ) : null}
              {token && narrative.editable ? (
                <button
                  type="button"
                  className="publish"
                  onClick={() => setPublished(narrative.id, narrative.version, narrative.title, !narrative.publishedAt)}
                >
                  {narrative.publishedAt ? t('撤回发布', 'Unpublish') : t('发布', 'Publish')}
                </button>
              ) : null}
              {!narrative.editable ? (
                <span
                  className="read-only"
                  title={t('只有创建者可以修改或删除', 'Only its creator may change or delete it')}
                >
                  {t('只读', 'Read only')}
                </span>
              ) : null}
              {token && narrative.editable && confirming !== narrative.id ? (
                <button type="button" className="remove" onClick={() => setConfirming(narrative.id)}>
                  {t('删除', 'Delete')}
                </button>
              ) : null}
            </div>
            {confirming === narrative.id ? (
              <div className="confirm" role="group" aria-label={t('确认删除', 'Confirm deletion')}>
                <p>
                  {lang === 'zh'
                    ? `确定删除「${narrative.title}」吗？删除后无法恢复。`
                    : `Delete “${narrative.title}”? This cannot be undone.`}
                </p>
                <button
                  type="button"
                  className="danger"
                  autoFocus
                  onClick={() => remove(narrative.id, narrative.version, narrative.title)}
                >
                  {t('确定删除', 'Delete')}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('取消', 'Cancel')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
