import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { EMPTY_SCENE, mergeIntoScene, type FetchedGraph, type Scene } from '../graph-view/scene.ts';
import {
  expansionQuestions,
  pageArguments,
  type ExpansionQuestion,
  type SceneRequest,
} from '../graph-view/scene-query.ts';
import { ExplorerNeighborhoodPageQuery, ExplorerNeighborhoodQuery } from './scene-operations.ts';

/** What the node panel says about one expanded entity: how much of its neighbourhood is shown. */
export interface Expansion {
  id: string;
  /** Neighbours listed by the pages shown. */
  shown: number;
  /** Neighbours in all pages. */
  totalCount: number;
  pages: number;
  hasNextPage: boolean;
  countsByKind: { kind: string; count: number }[];
  countsByType: { type: string; typeLabel: string; count: number }[];
  /** The `after` cursor of each page after the first, as the page before it ended. */
  cursors: string[];
}

export interface SceneResult {
  scene: Scene;
  expansions: Expansion[];
  loading: boolean;
  error: Error | null;
}

interface ExpansionAnswer {
  expansion: Expansion;
  graphs: FetchedGraph[];
}

/**
 * Pages of one expansion, one after the other (each page's cursor comes from the page before),
 * stopping early when the neighbourhood ends before the pages the URL asks for.
 */
async function askExpansion(client: ApolloClient, question: ExpansionQuestion): Promise<ExpansionAnswer> {
  const relationTypes = question.relationTypes ?? null;
  const { data } = await client.query({
    query: ExplorerNeighborhoodQuery,
    variables: { ...pageArguments(question, null), relationTypes },
  });
  if (!data) throw new Error(`no answer for the neighbourhood of ${question.id}`);
  const first = data.neighborhood;
  const graphs: FetchedGraph[] = [first];
  const cursors: string[] = [];
  let pageInfo = first.pageInfo;
  while (graphs.length < question.pages && pageInfo.hasNextPage && pageInfo.endCursor) {
    const after = pageInfo.endCursor;
    cursors.push(after);
    const page = await client.query({
      query: ExplorerNeighborhoodPageQuery,
      variables: { ...pageArguments(question, after), after, relationTypes },
    });
    if (!page.data) throw new Error(`no answer for a page of the neighbourhood of ${question.id}`);
    graphs.push(page.data.neighborhood);
    pageInfo = page.data.neighborhood.pageInfo;
  }
  const neighbours = new Set(graphs.flatMap((graph) => graph.nodes.map((node) => node.id)));
  neighbours.delete(question.id);
  return {
    graphs,
    expansion: {
      id: question.id,
      shown: neighbours.size,
      totalCount: first.totalCount,
      pages: graphs.length,
      hasNextPage: pageInfo.hasNextPage,
      countsByKind: first.countsByKind.map(({ kind, count }) => ({ kind, count })),
      countsByType: first.countsByType.map(({ type, typeLabel, count }) => ({ type, typeLabel, count })),
      cursors,
    },
  };
}

/**
 * Asks every neighbourhood of the scene (the focus, then each expansion), each page by page, and
 * merges the answers in that order, whatever order they arrive in, so a reloaded link gives the same
 * scene. Answers come from Apollo's cache when the same page was asked before, so an expansion or a
 * "更多" costs one request.
 */
export function useScene(request: SceneRequest | null): SceneResult {
  const client = useApolloClient();
  const key = request ? JSON.stringify(expansionQuestions(request)) : '';
  const [result, setResult] = useState<{ key: string; scene: Scene; expansions: Expansion[]; error: Error | null }>({
    key: '',
    scene: EMPTY_SCENE,
    expansions: [],
    error: null,
  });

  useEffect(() => {
    if (!key) return;
    let current = true;
    const questions = JSON.parse(key) as ExpansionQuestion[];
    Promise.all(questions.map((question) => askExpansion(client, question)))
      .then((answers) => {
        let scene = EMPTY_SCENE;
        for (const answer of answers) for (const graph of answer.graphs) scene = mergeIntoScene(scene, graph);
        if (current) setResult({ key, scene, expansions: answers.map((answer) => answer.expansion), error: null });
      })
      .catch((error: unknown) => {
        if (current)
          setResult({
            key,
            scene: EMPTY_SCENE,
            expansions: [],
            error: error instanceof Error ? error : new Error(String(error)),
          });
      });
    return () => {
      current = false;
    };
  }, [client, key]);

  if (!key) return { scene: EMPTY_SCENE, expansions: [], loading: false, error: null };
  // While a new expansion or page loads, the previous scene stays on screen instead of flashing empty.
  return {
    scene: result.scene,
    expansions: result.expansions,
    loading: result.key !== key,
    error: result.key === key ? result.error : null,
  };
}
