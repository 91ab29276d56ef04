import type { GraphNode } from './graph-records.ts';
import { normalizeText } from './normalize-text.ts';

/** The names a node answers to: its name, then its aliases (former names included, see withFormerNames). */
export function namesOf(node: Pick<GraphNode, 'name' | 'aliases'>): string[] {
  return [node.name, ...node.aliases];
}

/** Whether `name`, normalised and trimmed, is the node's name or one of its aliases. */
export function isNamed(node: Pick<GraphNode, 'name' | 'aliases'>, name: string): boolean {
  const wanted = normalizeText(name).trim();
  return wanted !== '' && namesOf(node).includes(wanted);
}

/** The nodes answering to `name`, in the given order. */
export function findNodesNamed<T extends Pick<GraphNode, 'name' | 'aliases'>>(nodes: readonly T[], name: string): T[] {
  return nodes.filter((node) => isNamed(node, name));
}
