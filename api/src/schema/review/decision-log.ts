import { randomUUID } from 'node:crypto';
import { open } from 'node:fs/promises';
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
 * The decision log: an append-only file shared by every API process on the same DATA_DIR. Each process keeps what it
 * has read in memory and reads only the lines appended since (its own and other replicas') before it answers, so a
 * decision taken on one replica is seen by the next read on any other; deciding a proposal happens under the store's
 * lock for its fact, so it is decided once. Proposals live here rather than in the graph so that nothing waiting for
 * approval can reach public search, `entities`, the statistics or an entity page, on either store.
 */
export interface DecisionLog {
  append(decision: NewDecision): Promise<ReviewDecision>;
  /** Every decision, oldest first. */
  all(): Promise<readonly ReviewDecision[]>;
}

export function createDecisionLog(file: string): DecisionLog {
  const decisions: ReviewDecision[] = [];
  /** Bytes of the file read into `decisions`: whole lines only. */
  let offset = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function readNewLines(): Promise<void> {
    let handle;
    try {
      handle = await open(file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      if (size <= offset) return;
      const fresh = Buffer.alloc(size - offset);
      await handle.read(fresh, 0, fresh.length, offset);
      const end = fresh.lastIndexOf(0x0a) + 1;
      for (const line of fresh.subarray(0, end).toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        try {
          decisions.push(JSON.parse(line) as ReviewDecision);
        } catch {
          // A line torn by a crash mid-append: its mutation never answered.
        }
      }
      offset += end;
    } finally {
      await handle.close();
    }
  }

  return {
    all: () =>
      serial(async () => {
        await readNewLines();
        return decisions;
      }),
    append(decision) {
      const entry: ReviewDecision = { id: `dec-${randomUUID()}`, at: new Date().toISOString(), ...decision };
      return serial(async () => {
        const handle = await open(file, 'a+', 0o600);
        try {
          // After a crash mid-append the file may end inside a line: start a new one so this entry stays whole.
          const { size } = await handle.stat();
          const last = Buffer.alloc(1);
          if (size > 0) await handle.read(last, 0, 1, size - 1);
          const separator = size > 0 && last[0] !== 0x0a ? '\n' : '';
          await handle.write(`${separator}${JSON.stringify(entry)}\n`);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await readNewLines();
        return entry;
      });
    },
  };
}
