import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useId, useState } from 'react';
import { href, Link, navigate, useLocation, useSetSearchParams } from '../app/router.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { useT } from '../i18n/i18n.tsx';
import { useCuratorToken } from './curator-session.ts';
import { CuratorSignIn } from './curator-sign-in.tsx';
import { draftFromNarrative } from './draft-edits.ts';
import { DraftEditor } from './draft-editor.tsx';
import {
  forgetDraftSaved,
  holdsUnsavedWork,
  markDraftSaved,
  useDraftSaveState,
  type DraftSaveState,
} from './draft-save-state.ts';
import { NarrativeExportActions } from './narrative-export-actions.tsx';
import { clearNarrativeDraft, setNarrativeDraft, useNarrativeDraft } from './narrative-draft.ts';
import { SavedNarratives } from './saved-narratives.tsx';
import { useNarrativeSave, WorkspaceNarrativeQuery, type SaveOutcome } from './use-narrative-save.ts';
import { WorkspaceSearch } from './workspace-search.tsx';
import { EntityCreateForm } from './entity-create-form.tsx';
import './workspace.css';

/**
 * The curator's workspace. `?narrative=<id>` names the saved narrative the draft edits: opening
 * one (from the list, or from the explorer after createNarrativeFromPath) loads it into the draft,
 * after asking when that would drop unsaved work.
 */
export function WorkspacePage() {
  const t = useT();
  const draft = useNarrativeDraft();
  const token = useCuratorToken();
  const saveState = useDraftSaveState(draft);
  const { search } = useLocation();
  const setParams = useSetSearchParams();
  const requested = search.get('narrative');
  const [replaceConfirmedFor, setReplaceConfirmedFor] = useState<string | null>(null);
  const [confirmingNew, setConfirmingNew] = useState(false);
  const headingId = useId();

  useDocumentTitle(t('策展工作台', 'Curator workspace'));

  const wantsOther = requested !== null && requested !== draft.narrativeId;
  const mayReplace = wantsOther && (!holdsUnsavedWork(saveState) || replaceConfirmedFor === requested);
  const requestedNarrative = useQuery(WorkspaceNarrativeQuery, {
    variables: { id: requested ?? '' },
    skip: !mayReplace,
    fetchPolicy: 'network-only',
  });
  const loaded = mayReplace ? requestedNarrative.data?.narrative : undefined;

  useEffect(() => {
    if (!loaded) return;
    const next = draftFromNarrative(loaded);
    setNarrativeDraft(next);
    markDraftSaved(next);
  }, [loaded]);

  // A draft that belongs to a saved narrative names it in the URL, so the address can be shared.
  useEffect(() => {
    if (requested === null && draft.narrativeId) setParams({ narrative: draft.narrativeId });
  }, [requested, draft.narrativeId, setParams]);

  const onSaved = useCallback((id: string) => setParams({ narrative: id }), [setParams]);
  const saving = useNarrativeSave(onSaved);

  const open = (id: string) => navigate(href('/curate', { narrative: id }));
  const startNew = () => {
    setConfirmingNew(false);
    clearNarrativeDraft();
    forgetDraftSaved();
    saving.dismiss();
    setParams({ narrative: null });
  };

  const signedOutNotice =
    saving.outcome.kind === 'signed-out'
      ? t(
          '服务器拒绝了令牌（可能已被吊销），已退出登录。草稿仍保存在本机，请重新登录后再保存。',
          'The server refused the token (it may have been revoked), so you have been signed out. The draft is kept on this device; sign in again to save it.',
        )
      : null;

  return (
    <div className="view workspace">
      <h1>{t('策展工作台', 'Curator workspace')}</h1>
      <p>
        <Link to="/curate/review">
          {t('审核队列：待核对的事实与待批准的修改', 'Review queue: facts to check and changes to approve')}
        </Link>
      </p>
      <p className="subtitle">
        {t(
          '把实体编排成有说明、有出处的叙事，保存后可导出或打印。',
          'Arrange entities into a narrative with notes and sources; save it, export it or print it.',
        )}
      </p>
      <CuratorSignIn signedOutNotice={signedOutNotice} />
      {wantsOther && !mayReplace ? (
        <div className="confirm" role="alert">
          <p>
            {t(
              '草稿里有未保存的修改。打开另一篇叙事会替换当前草稿。',
              'The draft has unsaved changes. Opening another narrative replaces the draft.',
            )}
          </p>
          <button type="button" className="danger" onClick={() => setReplaceConfirmedFor(requested)}>
            {t('放弃修改并打开', 'Discard changes and open')}
          </button>{' '}
          <button type="button" onClick={() => setParams({ narrative: draft.narrativeId ?? null })}>
            {t('保留草稿', 'Keep the draft')}
          </button>
        </div>
      ) : null}
      {mayReplace && requestedNarrative.error ? (
        <p className="error">{t('无法加载这篇叙事。', 'The narrative could not be loaded.')}</p>
      ) : null}
      {mayReplace && requestedNarrative.data && !requestedNarrative.data.narrative ? (
        <p className="error">
          {t('没有这篇叙事（可能已被删除）。', 'There is no such narrative (it may have been deleted).')}{' '}
          <button type="button" onClick={() => setParams({ narrative: draft.narrativeId ?? null })}>
            {t('回到草稿', 'Back to the draft')}
          </button>
        </p>
      ) : null}
      <div className="workspace-columns">
        <section className="draft" aria-labelledby={headingId}>
          <div className="draft-bar">
            <h2 id={headingId}>{t('叙事草稿', 'Narrative draft')}</h2>
            <SaveStateBadge state={saveState} version={draft.version} />
          </div>
          <DraftEditor draft={draft} />
          <div className="save-actions">
            <button
              type="button"
              className="primary"
              disabled={
                !token || draft.title.trim() === '' || saving.outcome.kind === 'saving' || saveState === 'saved'
              }
              onClick={saving.save}
            >
              {saving.outcome.kind === 'saving' ? t('正在保存…', 'Saving…') : t('保存', 'Save')}
            </button>
            <button
              type="button"
              onClick={() => (holdsUnsavedWork(saveState) ? setConfirmingNew(true) : startNew())}
              disabled={saveState === 'empty' || confirmingNew}
            >
              {t('新建叙事', 'New narrative')}
            </button>
            {!token ? <span className="hint">{t('登录后才能保存。', 'Sign in to save.')}</span> : null}
            {token && draft.title.trim() === '' ? (
              <span className="hint">{t('保存前请填写标题。', 'Give the narrative a title to save it.')}</span>
            ) : null}
          </div>
          {confirmingNew ? (
            <div className="confirm" role="group" aria-label={t('确认新建', 'Confirm new narrative')}>
              <p>
                {t(
                  '草稿里有未保存的修改，新建叙事会清空它们。',
                  'The draft has unsaved changes; a new narrative clears them.',
                )}
              </p>
              <button type="button" className="danger" autoFocus onClick={startNew}>
                {t('放弃草稿并新建', 'Discard the draft and start anew')}
              </button>{' '}
              <button type="button" onClick={() => setConfirmingNew(false)}>
                {t('取消', 'Cancel')}
              </button>
            </div>
          ) : null}
          <SaveOutcomeMessage outcome={saving.outcome} saveState={saveState} actions={saving} />
          <h3>{t('导出', 'Export')}</h3>
          <NarrativeExportActions draft={draft} saved={saveState === 'saved'} />
        </section>
        <div className="workspace-side">
          <WorkspaceSearch />
          <EntityCreateForm />
          <SavedNarratives openId={draft.narrativeId} onOpen={open} />
        </div>
      </div>
    </div>
  );
}

function SaveStateBadge({ state, version }: { state: DraftSaveState; version: number | undefined }) {
  const t = useT();
  const text = {
    empty: t('空草稿', 'Empty draft'),
    new: t('尚未保存', 'Not saved yet'),
    saved: t(`已保存 · 第 ${version ?? 1} 版`, `Saved · version ${version ?? 1}`),
    unsaved: t('有未保存的修改', 'Unsaved changes'),
  }[state];
  return <span className={`save-state save-state-${state}`}>{text}</span>;
}

function SaveOutcomeMessage({
  outcome,
  saveState,
  actions,
}: {
  outcome: SaveOutcome;
  saveState: DraftSaveState;
  actions: ReturnType<typeof useNarrativeSave>;
}) {
  const t = useT();
  let body;
  switch (outcome.kind) {
    case 'saved':
      // Once the draft changes again, the badge says so and this message would contradict it.
      if (saveState !== 'saved') break;
      body = (
        <p className="status">{t(`已保存（第 ${outcome.version} 版）。`, `Saved (version ${outcome.version}).`)}</p>
      );
      break;
    case 'conflict':
      body = (
        <div className="error">
          <p>
            {t(
              '保存失败：这篇叙事在你编辑期间已被修改（版本冲突）。可以载入服务器上的最新版本（放弃你的修改），或用你的草稿覆盖它。',
              'Not saved: the narrative changed on the server while you edited it (version conflict). Load the latest version (dropping your changes), or overwrite it with your draft.',
            )}
          </p>
          <button type="button" onClick={actions.reload}>
            {t('载入最新版本', 'Load the latest version')}
          </button>{' '}
          {outcome.currentVersion !== null ? (
            <button type="button" className="danger" onClick={() => actions.overwrite(outcome.currentVersion!)}>
              {t('用草稿覆盖', 'Overwrite with the draft')}
            </button>
          ) : null}
        </div>
      );
      break;
    case 'forbidden':
      body = (
        <div className="error">
          <p>
            {t(
              '无权修改：这篇叙事由另一位策展人创建，只有创建者可以修改它。你可以把草稿另存为自己的新叙事。',
              'Not allowed: another curator created this narrative, and only its creator may change it. You can save the draft as a new narrative of your own.',
            )}
          </p>
          <button type="button" onClick={actions.saveAsNew}>
            {t('另存为新叙事', 'Save as a new narrative')}
          </button>
        </div>
      );
      break;
    case 'not-found':
      body = (
        <div className="error">
          <p>
            {t(
              '服务器上已没有这篇叙事（可能已被删除）。可以把草稿另存为新叙事。',
              'The narrative is no longer on the server (it may have been deleted). You can save the draft as a new one.',
            )}
          </p>
          <button type="button" onClick={actions.saveAsNew}>
            {t('另存为新叙事', 'Save as a new narrative')}
          </button>
        </div>
      );
      break;
    case 'error':
      body = <p className="error">{t(`保存失败：${outcome.message}`, `Not saved: ${outcome.message}`)}</p>;
      break;
    default:
      body = null;
  }
  return (
    <div className="save-outcome" aria-live="polite">
      {body}
    </div>
  );
}
