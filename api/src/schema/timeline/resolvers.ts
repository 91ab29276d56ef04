import { normalizeText, type GraphRelationship } from '@icg/graph';
import type { RequestContext } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import type { QueryTimelineCountArgs, Resolvers } from '../generated/resolvers-types.ts';
import { filterText } from '../graph/graph-arguments.ts';
import { allNodes } from '../stats/all-nodes.ts';
import { DATED_RELATION_TYPES, timelineEvents, type TimelineEvent } from './timeline-events.ts';
import { encodeEventCursor, eventPage } from './timeline-page.ts';

/** Ids per relationship read: the store takes them as one parameter list. */
const IDS_PER_READ = 500;

/**
 * Years `from` and `to` may name. A year outside is more likely a typo (20021) than a question,
 * so it is refused rather than answered with []. The lower bound reaches back past the oldest
 * craft workshops the graph dates (曹素功, born 1615; 吴鲁衡罗经老店, 1723).
 */
export const TIMELINE_YEARS = { min: 1000, max: 2100 } as const;

function checkYears(from: number | null | undefined, to: number | null | undefined): void {
  for (const [argument, year] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (typeof year === 'number' && (year < TIMELINE_YEARS.min || year > TIMELINE_YEARS.max)) {
      throw badUserInput(
        argument,
        `${argument} must be a year from ${TIMELINE_YEARS.min} to ${TIMELINE_YEARS.max}, got ${year}`,
      );
    }
  }
  if (typeof from === 'number' && typeof to === 'number' && from > to) {
    throw badUserInput('from', `from (${from}) is after to (${to})`);
  }
}

async function datedRelationships(ctx: RequestContext, ids: readonly string[]): Promise<GraphRelationship[]> {
  const reads: Promise<GraphRelationship[]>[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_READ) {
    const nodeIds = ids.slice(i, i + IDS_PER_READ);
    reads.push(ctx.graph.getRelationships({ nodeIds, direction: 'out', types: DATED_RELATION_TYPES }));
  }
  return (await Promise.all(reads)).flat();
}

/** 江苏省 and 江苏 name the same province; nodes store the short name. */
function provinceName(province: string): string {
  return normalizeText(province).trim().replace(/省$/, '');
}

/**
 * Reads every node and the dated relationships per request: fine at a few hundred nodes,
 * linear in the graph's size beyond that (a precomputed event table would then be the fix), which is
 * why `timeline` has a rate class of its own. `timeline` and `timelineCount` with the same filters in
 * one request share one reading.
 */
async function filteredEvents(args: QueryTimelineCountArgs, ctx: RequestContext): Promise<TimelineEvent[]> {
  const { kinds, from, to } = args;
  const province = filterText(args.province, 'province');
  checkYears(from, to);
  const key = JSON.stringify([kinds ? [...kinds].sort() : null, province ?? null, from ?? null, to ?? null]);
  let readings = readingsOfRequest.get(ctx);
  if (!readings) readingsOfRequest.set(ctx, (readings = new Map()));
  let reading = readings.get(key);
  if (!reading) {
    reading = readTimeline({ kinds, province, from, to }, ctx);
    readings.set(key, reading);
  }
  return reading;
}

const readingsOfRequest = new WeakMap<RequestContext, Map<string, Promise<TimelineEvent[]>>>();

async function readTimeline(args: QueryTimelineCountArgs, ctx: RequestContext): Promise<TimelineEvent[]> {
  const { kinds, province, from, to } = args;
  const nodes = await allNodes(ctx);
  const relationships = await datedRelationships(
    ctx,
    nodes.map((n) => n.id),
  );
  const kindSet = kinds && kinds.length > 0 ? new Set<string>(kinds) : null;
  const where = province ? provinceName(province) : null;
  return timelineEvents(nodes, relationships).filter(
    (e) =>
      (!kindSet || kindSet.has(e.entity.kind)) &&
      (where === null || e.entity.province === where) &&
      (typeof from !== 'number' || e.year >= from) &&
      (typeof to !== 'number' || e.year <= to),
  );
}

export const timelineResolvers: Resolvers = {
  Query: {
    timeline: async (_, args, ctx) => eventPage(await filteredEvents(args, ctx), args.first, args.after),
    timelineCount: async (_, args, ctx) => (await filteredEvents(args, ctx)).length,
  },
  TimelineEvent: {
    cursor: (event) => encodeEventCursor(event, event.position ?? 0),
  },
};
