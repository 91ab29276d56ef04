import type { RelationType } from '../model/relation-types.ts';

/**
 * What a hop of a path says, as a penalty: 0 for a fact about the two entities themselves (创办, 旧址属于, 传承,
 * 展示, 由…承继 …), 1 for membership in a list, an award or a policy's structure, 2 for a story's words or a loose
 * grouping (讲述, 提及, 同组, 相似), 3 for a shared place (位于, 起源于, 活跃于). Among paths of one length, the
 * smaller sum comes first: 张謇 创办 大生纱厂 ← 旧址属于 大生纱厂旧址 before two mentions in one story.
 */
export const HOP_PENALTY: Readonly<Partial<Record<RelationType, number>>> = {
  AWARDED: 1,
  DESIGNATED_AS: 1,
  PART_OF: 1,
  HAS_TARGET: 1,
  ISSUED_BY: 1,
  IMPLEMENTS: 1,
  LEADS: 1,
  PARTICIPATES_IN: 1,
  RESPONSIBLE_PER_DUTY: 1,
  JOINTLY_RESPONSIBLE: 1,
  ABOUT: 2,
  MENTIONS: 2,
  SET_IN: 2,
  GROUPED_WITH: 2,
  SIMILAR_TO: 2,
  ADDRESSES: 2,
  INCLUDES: 2,
  LOCATED_IN: 3,
  ORIGINATED_IN: 3,
  ACTIVE_IN: 3,
};

export function hopPenalty(type: RelationType): number {
  return HOP_PENALTY[type] ?? 0;
}

/**
 * A path's cost, one number ordered as (hops, summed hop penalties, summed degrees of the inner entities): each
 * scale is larger than the most the next one can add over six hops, so sums compare lexicographically.
 */
export const HOP_COST = 1e9;
export const PENALTY_COST = 1e6;
/** An inner entity's degree counts up to this; six of them stay below PENALTY_COST. */
export const DEGREE_CAP = 150_000;
