import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type {
  CreateNarrativeMutationMutation,
  CreateNarrativeMutationMutationVariables,
  UpdateNarrativeMutationMutation,
  UpdateNarrativeMutationMutationVariables,
  WorkspaceNarrativeQueryQuery,
  WorkspaceNarrativeQueryQueryVariables,
} from '../graphql/generated.ts';
import { apiRefusal } from './api-errors.ts';
import { signOut } from './curator-session.ts';
import { draftFromNarrative, narrativeInputOf } from './draft-edits.ts';
import { markDraftSaved } from './draft-save-state.ts';
import { narrativeDraft, setNarrativeDraft } from './narrative-draft.ts';

/** A saved narrative with everything the draft and the exports need. */
export const DraftNarrative_narrative = gql`
  fragment DraftNarrative_narrative on Narrative {
    id
    version
    title
    description
    createdBy
    items {
      position
      note
      caption
      citations
      entity {
        id
        name
        kind
      }
    }
  }
`;

export const WorkspaceNarrativeQuery: TypedDocumentNode<
  WorkspaceNarrativeQueryQuery,
  WorkspaceNarrativeQueryQueryVariables
> = gql`
  query WorkspaceNarrativeQuery($id: ID!) {
    narrative(id: $id) {
      ...DraftNarrative_narrative
    }
  }
  ${DraftNarrative_narrative}
`;

const CreateNarrativeMutation: TypedDocumentNode<
  CreateNarrativeMutationMutation,
  CreateNarrativeMutationMutationVariables
> = gql`
  mutation CreateNarrativeMutation($input: NarrativeInput!) {
    createNarrative(input: $input) {
      id
      version
    }
  }
`;

const UpdateNarrativeMutation: TypedDocumentNode<
  UpdateNarrativeMutationMutation,
  UpdateNarrativeMutationMutationVariables
> = gql`
  mutation UpdateNarrativeMutation($id: ID!, $version: Int!, $input: NarrativeInput!) {
    updateNarrative(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`;

export type SaveOutcome =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; version: number }
  | { kind: 'conflict'; currentVersion: number | null }
  | { kind: 'forbidden' }
  | { kind: 'signed-out' }
  | { kind: 'not-found' }
  | { kind: 'error'; message: string };

/**
 * Saving the draft: createNarrative the first time, then updateNarrative with the version the
 * draft was based on. A refusal becomes an outcome the workspace explains; a refused token signs
 * the curator out, since every later write would be refused too.
 */
export function useNarrativeSave(onSaved: (id: string) => void) {
  const client = useApolloClient();
  const [outcome, setOutcome] = useState<SaveOutcome>({ kind: 'idle' });

  const write = useCallback(
    async (mode: { create: true } | { create: false; version: number }) => {
      const sent = narrativeDraft();
      const input = narrativeInputOf(sent);
      setOutcome({ kind: 'saving' });
      try {
        let saved: { id: string; version: number };
        if (mode.create || !sent.narrativeId) {
          const result = await client.mutate({ mutation: CreateNarrativeMutation, variables: { input } });
          if (!result.data) throw new Error('createNarrative returned no data');
          saved = result.data.createNarrative;
        } else {
          const result = await client.mutate({
            mutation: UpdateNarrativeMutation,
            variables: { id: sent.narrativeId, version: mode.version, input },
          });
          if (!result.data) throw new Error('updateNarrative returned no data');
          saved = result.data.updateNarrative;
        }
        // Words typed while the request was out stay in the draft and show as unsaved.
        markDraftSaved({ ...sent, narrativeId: saved.id, version: saved.version });
        setNarrativeDraft({ ...narrativeDraft(), narrativeId: saved.id, version: saved.version });
        await client.refetchQueries({ include: ['SavedNarrativesQuery'] });
        setOutcome({ kind: 'saved', version: saved.version });
        onSaved(saved.id);
      } catch (error) {
        const refusal = apiRefusal(error);
        if (refusal.code === 'UNAUTHENTICATED') {
          signOut();
          setOutcome({ kind: 'signed-out' });
        } else if (refusal.code === 'FORBIDDEN') setOutcome({ kind: 'forbidden' });
        else if (refusal.code === 'NOT_FOUND') setOutcome({ kind: 'not-found' });
        else if (refusal.reason === 'VERSION_CONFLICT')
          setOutcome({ kind: 'conflict', currentVersion: refusal.currentVersion });
        else setOutcome({ kind: 'error', message: refusal.message });
      }
    },
    [client, onSaved],
  );

  const save = useCallback(() => {
    const draft = narrativeDraft();
    return write(draft.narrativeId ? { create: false, version: draft.version ?? 1 } : { create: true });
  }, [write]);

  /** A copy the curator owns, for a narrative another curator created or one deleted meanwhile. */
  const saveAsNew = useCallback(() => write({ create: true }), [write]);

  /** Keeps this draft over a newer version someone saved meanwhile. */
  const overwrite = useCallback((currentVersion: number) => write({ create: false, version: currentVersion }), [write]);

  /** Drops the draft's changes for the narrative as the server has it now. */
  const reload = useCallback(async () => {
    const id = narrativeDraft().narrativeId;
    if (!id) return;
    setOutcome({ kind: 'saving' });
    try {
      const { data } = await client.query({
        query: WorkspaceNarrativeQuery,
        variables: { id },
        fetchPolicy: 'network-only',
      });
      if (!data?.narrative) {
        setOutcome({ kind: 'not-found' });
        return;
      }
      const draft = draftFromNarrative(data.narrative);
      setNarrativeDraft(draft);
      markDraftSaved(draft);
      setOutcome({ kind: 'idle' });
    } catch (error) {
      setOutcome({ kind: 'error', message: apiRefusal(error).message });
    }
  }, [client]);

  const dismiss = useCallback(() => setOutcome({ kind: 'idle' }), []);

  return { outcome, save, saveAsNew, overwrite, reload, dismiss };
}
