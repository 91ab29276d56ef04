import { randomUUID } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphNode, GraphRelationship, Source } from '@icg/graph';
import type { ReviewFactSort } from './review-order.ts';

/** Curators' review decisions, under DATA_DIR, one JSON line each, mode 0600 like the other curator files. */
export const REVIEW_DECISIONS_FILE = 'review-decisions.jsonl';

export function reviewDecisionsPath(dataDir: string): string {
  return join(dataDir, REVIEW_DECISIONS_FILE);
}

/**
 * What a curator decided: set a status (`verify`, `dispute`, `unverify`), propose a change to a verified fact, or
 * approve or reject someone's proposal.
 */
export const REVIEW_ACTIONS = ['verify', 'dispute', 'unverify', 'propose', 'approve', 'reject'] as const;

export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export type FactVersion = GraphNode | GraphRelationship;

export interface ReviewDecision {
  /** `dec-…`; a proposal is the `propose` decision and goes by its id. */
  id: string;
  /** ISO timestamp. */
  at: string;
  action: ReviewAction;
  /** The entity's or relationship's id. */
  target: string;
  fact: ReviewFactSort;
  curatorId: string;
  curatorLabel: string;
  /** The proposal an `approve` or `reject` decides. */
  proposalId?: string;
  note?: string;
  /** For a proposal: the source its proposer gave with the change, which an approval verifies against. */
  source?: Source;
  /** The fact as stored before the decision (for a proposal: the verified version it would replace). */
  before: FactVersion | null;
  /** The fact after it (for a proposal: the version proposed, not stored in the graph until approved). */
  after: FactVersion | null;
}

export type NewDecision = Omit<ReviewDecision, 'id' | 'at'>;

/**
 * The decision log: an append-only file, read once and then kept in memory (this process is its only writer).
 * Proposals live here rather than in the graph so that nothing waiting for approval can reach public search,
 * `entities`, the statistics or an entity page, on either store.
 */
export interface DecisionLog {
  append(decision: NewDecision): Promise<ReviewDecision>;
  /** Every decision, oldest first. */
  all(): Promise<readonly ReviewDecision[]>;
}

export function createDecisionLog(file: string): DecisionLog {
  let loaded: Promise<ReviewDecision[]> | null = null;
  let appending: Promise<unknown> = Promise.resolve();

  async function load(): Promise<ReviewDecision[]> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const decisions: ReviewDecision[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        decisions.push(JSON.parse(line) as ReviewDecision);
      } catch {
        // A line torn by a crash mid-append: its mutation never answered.
      }
    }
    return decisions;
  }

  const decisions = () => (loaded ??= load());

  return {
    all: decisions,
    append(decision) {
      const entry: ReviewDecision = { id: `dec-${randomUUID()}`, at: new Date().toISOString(), ...decision };
      // Appends one at a time, so lines never interleave and memory keeps the file's order.
      const done = appending.then(async () => {
        const list = await decisions();
        const handle = await open(file, 'a', 0o600);
        try {
          await handle.write(`${JSON.stringify(entry)}\n`);
          await handle.sync();
        } finally {
          await handle.close();
        }
        list.push(entry);
        return entry;
      });
      appending = done.catch(() => undefined);
      return done;
    },
  };
}
