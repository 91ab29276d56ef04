import { badUserInput } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

/** Every list is bounded at the edge: `first` defaults to 10 and must lie in 1–100. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `first must be an integer from 1 to ${MAX_PAGE_SIZE}; got ${first}`);
  }
  return first;
}

/** Cursors are opaque to clients: base64url of an offset. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeOffsetCursor(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const match = /^offset:(\d{1,9})$/.exec(decoded);
  if (!match?.[1]) throw badUserInput('after', 'after is not a cursor returned by this API');
  return Number(match[1]) + 1;
}
