import { ENTITY_KINDS, type EntityKind } from '../model/entity-kinds.ts';
import { RELATION_TYPE_NAMES, type RelationType } from '../model/relation-types.ts';
import { relationshipId } from '../model/graph-records.ts';
import type { Link } from '../graph-store.ts';

export type { Link };

/** Where one node's entries are; filled by AdjacencyIndex.spanOf. */
export interface EntrySpan {
  entries: ArrayLike<number>;
  start: number;
  end: number;
}

/** An empty span, to be filled. */
export const entrySpan = (): EntrySpan => ({ entries: [], start: 0, end: 0 });

/** A node as traversal sees it. */
export interface NodeKind {
  id: string;
  kind: EntityKind;
}

const KIND_CODE = new Map<EntityKind, number>(ENTITY_KINDS.map((kind, code) => [kind, code]));
const TYPE_CODE = new Map<RelationType, number>(RELATION_TYPE_NAMES.map((type, code) => [type, code]));

export function kindCode(kind: EntityKind): number {
  return KIND_CODE.get(kind)!;
}

export function typeCode(type: RelationType): number {
  return TYPE_CODE.get(type)!;
}

export function kindOfCode(code: number): EntityKind {
  return ENTITY_KINDS[code]!;
}

export function typeOfCode(code: number): RelationType {
  return RELATION_TYPE_NAMES[code]!;
}

/**
 * An entry of a node's adjacency packs the other end's number, the type and whether the stored direction leaves
 * this node into one integer (exact in a double up to 2^53): `neighbour * 256 + type * 2 + out`.
 */
const TYPE_AND_DIRECTION = 256;

export function entryNeighbour(entry: number): number {
  return Math.floor(entry / TYPE_AND_DIRECTION);
}

export function entryType(entry: number): number {
  return (entry % TYPE_AND_DIRECTION) >> 1;
}

export function entryLeaves(entry: number): boolean {
  return (entry & 1) === 1;
}

function stepKey(from: number, to: number, type: number): string {
  return `${from} ${to} ${type}`;
}

function entry(neighbour: number, type: number, out: boolean): number {
  return neighbour * TYPE_AND_DIRECTION + type * 2 + (out ? 1 : 0);
}

/**
 * Which node is joined to which, by what, held in typed arrays: a traversal reads a few thousand entries and
 * no engine round trip. The adjacency built at once is compressed (each node's entries in one shared
 * Float64Array slice); a node touched by a later write gets an entry list of its own, which replaces its
 * slice. Relationships are a set per node of (other end, type, direction): two stored relationships with the
 * same ends and type are one entry, as they are one step for a path.
 */
export class AdjacencyIndex {
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  private kinds: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  private present: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  private offsets = new Int32Array(1);
  private entries = new Float64Array(0);
  private readonly rewritten = new Map<number, number[]>();
  /** 1 where a node's entries are in `rewritten`: a flag read in the loops over a ring is cheaper than a map. */
  private apart: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  private liveNodes = 0;
  /**
   * Relationship ids, kept only where they are not the default `from|TYPE|to` or where one step stands for
   * several relationships (a designation in two batches): keyed by the step leaving `from`.
   */
  private readonly unusualIds = new Map<string, string[]>();

  /** Builds the index from every node and every relationship; links naming a node not given are left out. */
  static build(nodes: Iterable<NodeKind>, links: Iterable<Link>): AdjacencyIndex {
    const builder = new AdjacencyIndexBuilder();
    for (const node of nodes) builder.addNode(node);
    for (const link of links) builder.addLink(link);
    return builder.finish();
  }

  /** The ids of the relationships one step stands for: `from` → `to` of `type`, in the stored direction. */
  relationshipIds(from: number, to: number, type: number): string[] {
    return (
      this.unusualIds.get(stepKey(from, to, type)) ?? [relationshipId(typeOfCode(type), this.ids[from]!, this.ids[to]!)]
    );
  }

  /** Records a relationship's id, before its entries are added, when it is not the one its step implies. */
  noteRelationshipId(from: number, to: number, type: number, id: string): void {
    const key = stepKey(from, to, type);
    const known = this.unusualIds.get(key);
    if (known) {
      if (!known.includes(id)) known.push(id);
      known.sort();
      return;
    }
    const usual = relationshipId(typeOfCode(type), this.ids[from]!, this.ids[to]!);
    if (id !== usual) this.unusualIds.set(key, this.hasEntry(from, entry(to, type, true)) ? [usual, id].sort() : [id]);
  }

  /** From the builder: the ids of every step that has an unusual one. */
  nameSteps(steps: ReadonlyMap<string, string[]>): void {
    for (const [key, ids] of steps) this.unusualIds.set(key, [...new Set(ids)].sort());
  }

  private forgetRelationshipIds(from: number, to: number, type: number): void {
    this.unusualIds.delete(stepKey(from, to, type));
  }

  private hasEntry(number: number, packed: number): boolean {
    const entries = this.entriesOf(number);
    for (let i = 0; i < entries.length; i += 1) if (entries[i] === packed) return true;
    return false;
  }

  /** Called once by the builder: the compressed adjacency of every node numbered so far. */
  adopt(
    ids: readonly string[],
    kinds: Uint8Array<ArrayBuffer>,
    present: Uint8Array<ArrayBuffer>,
    offsets: Int32Array<ArrayBuffer>,
    entries: Float64Array<ArrayBuffer>,
  ) {
    for (const id of ids) this.numbers.set(id, this.ids.push(id) - 1);
    this.kinds = kinds;
    this.present = present;
    this.apart = new Uint8Array(kinds.length);
    this.offsets = offsets;
    this.entries = entries;
    this.liveNodes = present.reduce((sum, flag) => sum + flag, 0);
    // Duplicates (the same ends and type twice) are folded per node, as a later write would.
    for (let n = 0; n < ids.length; n += 1) {
      const own = entries.subarray(offsets[n]!, offsets[n + 1]!);
      if (new Set(own).size !== own.length) this.holdApart(n, [...new Set(own)]);
    }
  }

  private holdApart(number: number, own: number[]): void {
    this.rewritten.set(number, own);
    this.apart[number] = 1;
  }

  get nodeCount(): number {
    return this.liveNodes;
  }

  numberOf(id: string): number | undefined {
    const number = this.numbers.get(id);
    return number !== undefined && this.present[number] === 1 ? number : undefined;
  }

  idOf(number: number): string {
    return this.ids[number]!;
  }

  kindOf(number: number): number {
    return this.kinds[number]!;
  }

  /** How many numbers have been handed out: an upper bound for arrays indexed by node number. */
  get capacity(): number {
    return this.ids.length;
  }

  /** The packed entries of a node (see entryNeighbour, entryType, entryLeaves). */
  entriesOf(number: number): ArrayLike<number> {
    if (this.apart[number] === 1) return this.rewritten.get(number)!;
    if (number + 1 >= this.offsets.length) return [];
    return this.entries.subarray(this.offsets[number]!, this.offsets[number + 1]!);
  }

  /**
   * Points `span` at a node's entries, `span.entries[span.start]` to `span.entries[span.end - 1]`: for loops over a
   * ring of thousands of nodes, where a view of each node's entries would cost more than reading them.
   */
  spanOf(number: number, span: EntrySpan): void {
    if (this.apart[number] === 1) {
      span.entries = this.rewritten.get(number)!;
      span.start = 0;
      span.end = span.entries.length;
    } else {
      span.entries = this.entries;
      span.start = number + 1 < this.offsets.length ? this.offsets[number]! : 0;
      span.end = number + 1 < this.offsets.length ? this.offsets[number + 1]! : 0;
    }
  }

  degreeOf(number: number): number {
    if (this.apart[number] === 1) return this.rewritten.get(number)!.length;
    return number + 1 < this.offsets.length ? this.offsets[number + 1]! - this.offsets[number]! : 0;
  }

  /** Adds a node, or sets the kind of one already there. */
  addNode(id: string, kind: EntityKind): void {
    let number = this.numbers.get(id);
    if (number === undefined) {
      number = this.ids.length;
      this.ids.push(id);
      this.numbers.set(id, number);
      if (number >= this.kinds.length) {
        const size = Math.max(1024, this.kinds.length * 2);
        this.kinds = grow(this.kinds, size);
        this.present = grow(this.present, size);
        this.apart = grow(this.apart, size);
      }
    }
    if (this.present[number] !== 1) this.liveNodes += 1;
    this.kinds[number] = kindCode(kind);
    this.present[number] = 1;
  }

  /** Adds a relationship whose ends are both in the index; returns false (and adds nothing) otherwise. */
  addLink(link: Link): boolean {
    const from = this.numberOf(link.from);
    const to = this.numberOf(link.to);
    if (from === undefined || to === undefined || from === to) return false;
    const type = typeCode(link.type);
    this.noteRelationshipId(from, to, type, link.id);
    this.addEntry(from, entry(to, type, true));
    this.addEntry(to, entry(from, type, false));
    return true;
  }

  /** Removes every relationship of `type` leaving `fromId`: a set replaced as a whole (a narrative's INCLUDES). */
  removeLinksFrom(fromId: string, type: RelationType): void {
    const from = this.numberOf(fromId);
    if (from === undefined) return;
    const code = typeCode(type);
    const own = this.own(from);
    for (const packed of own.filter((e) => entryLeaves(e) && entryType(e) === code)) {
      this.removeEntry(entryNeighbour(packed), entry(from, code, false));
      this.forgetRelationshipIds(from, entryNeighbour(packed), code);
    }
    this.holdApart(
      from,
      own.filter((e) => !(entryLeaves(e) && entryType(e) === code)),
    );
  }

  /**
   * Removes one relationship. Its step goes only with the last relationship it stands for: of a work designated in
   * two years, deleting one designation keeps the step, named by the other.
   */
  removeLink(link: Link): void {
    const from = this.numberOf(link.from);
    const to = this.numberOf(link.to);
    if (from === undefined || to === undefined) return;
    const type = typeCode(link.type);
    const key = stepKey(from, to, type);
    const named = this.relationshipIds(from, to, type);
    if (!named.includes(link.id)) return;
    const left = named.filter((id) => id !== link.id);
    if (left.length > 0) {
      const usual = relationshipId(link.type, link.from, link.to);
      if (left.length === 1 && left[0] === usual) this.unusualIds.delete(key);
      else this.unusualIds.set(key, left);
      return;
    }
    this.removeEntry(from, entry(to, type, true));
    this.removeEntry(to, entry(from, type, false));
    this.forgetRelationshipIds(from, to, type);
  }

  /** Removes a node with every relationship touching it. */
  removeNode(id: string): void {
    const number = this.numberOf(id);
    if (number === undefined) return;
    for (const packed of this.own(number)) {
      const other = entryNeighbour(packed);
      this.removeEntry(other, entry(number, entryType(packed), !entryLeaves(packed)));
      if (entryLeaves(packed)) this.forgetRelationshipIds(number, other, entryType(packed));
      else this.forgetRelationshipIds(other, number, entryType(packed));
    }
    this.holdApart(number, []);
    this.present[number] = 0;
    this.liveNodes -= 1;
  }

  private own(number: number): number[] {
    if (this.apart[number] === 1) return this.rewritten.get(number)!;
    const own = Array.from(this.entriesOf(number));
    this.holdApart(number, own);
    return own;
  }

  private addEntry(number: number, packed: number): void {
    const own = this.own(number);
    if (!own.includes(packed)) own.push(packed);
  }

  private removeEntry(number: number, packed: number): void {
    const own = this.own(number);
    const at = own.indexOf(packed);
    if (at >= 0) own.splice(at, 1);
  }
}

function grow(array: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(size);
  grown.set(array);
  return grown;
}

/**
 * Collects a graph scanned page by page (nodes in id order, each with the relationships leaving it, whose other
 * ends may come on a later page) into flat arrays, then compresses it once. Ends are numbered on first sight.
 */
export class AdjacencyIndexBuilder {
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  private kinds: Uint8Array<ArrayBuffer> = new Uint8Array(1024);
  private present: Uint8Array<ArrayBuffer> = new Uint8Array(1024);
  private ends = new Int32Array(3 * 1024);
  private linkCount = 0;
  /** Links whose id is not the default one, by link number. */
  private readonly unusual = new Map<number, string>();

  get nodes(): number {
    return this.ids.length;
  }

  get links(): number {
    return this.linkCount;
  }

  addNode(node: NodeKind): void {
    const number = this.number(node.id);
    this.kinds[number] = kindCode(node.kind);
    this.present[number] = 1;
  }

  addLink(link: Link): void {
    const from = this.number(link.from);
    const to = this.number(link.to);
    if (from === to) return;
    if ((this.linkCount + 1) * 3 > this.ends.length) {
      const grown = new Int32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    const type = typeCode(link.type);
    this.ends.set([from, to, type], this.linkCount * 3);
    this.linkCount += 1;
    if (link.id !== relationshipId(link.type, link.from, link.to)) this.unusual.set(this.linkCount - 1, link.id);
  }

  finish(): AdjacencyIndex {
    const count = this.ids.length;
    const degree = new Int32Array(count);
    const keep = (i: number) => this.present[this.ends[i]!] === 1 && this.present[this.ends[i + 1]!] === 1;
    for (let i = 0; i < this.linkCount * 3; i += 3) {
      if (!keep(i)) continue;
      degree[this.ends[i]!]! += 1;
      degree[this.ends[i + 1]!]! += 1;
    }
    const offsets = new Int32Array(count + 1);
    for (let n = 0; n < count; n += 1) offsets[n + 1] = offsets[n]! + degree[n]!;
    const entries = new Float64Array(offsets[count]!);
    const fill = offsets.slice(0, count);
    for (let i = 0; i < this.linkCount * 3; i += 3) {
      if (!keep(i)) continue;
      const [from, to, type] = [this.ends[i]!, this.ends[i + 1]!, this.ends[i + 2]!];
      entries[fill[from]!++] = entry(to, type, true);
      entries[fill[to]!++] = entry(from, type, false);
    }
    const index = new AdjacencyIndex();
    index.adopt(
      this.ids,
      this.kinds.slice(0, Math.max(count, 1)),
      this.present.slice(0, Math.max(count, 1)),
      offsets,
      entries,
    );
    if (this.unusual.size > 0) {
      // Every relationship of a step that has an unusual id is named, the usual ones too.
      const steps = new Map<string, string[]>();
      const stepOf = (link: number) =>
        stepKey(this.ends[link * 3]!, this.ends[link * 3 + 1]!, this.ends[link * 3 + 2]!);
      for (const link of this.unusual.keys()) if (keep(link * 3)) steps.set(stepOf(link), []);
      for (let link = 0; link < this.linkCount; link += 1) {
        const ids = steps.get(stepOf(link));
        if (!ids) continue;
        const [from, to, type] = [this.ends[link * 3]!, this.ends[link * 3 + 1]!, this.ends[link * 3 + 2]!];
        ids.push(this.unusual.get(link) ?? relationshipId(typeOfCode(type), this.ids[from]!, this.ids[to]!));
      }
      index.nameSteps(steps);
    }
    return index;
  }

  private number(id: string): number {
    let number = this.numbers.get(id);
    if (number === undefined) {
      number = this.ids.push(id) - 1;
      this.numbers.set(id, number);
      if (number >= this.kinds.length) {
        this.kinds = grow(this.kinds, this.kinds.length * 2);
        this.present = grow(this.present, this.present.length * 2);
      }
    }
    return number;
  }
}
