import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from './entity-kinds.ts';
import { allowsEndpoints, RELATION_ENDPOINTS } from './relation-endpoints.ts';
import { RELATION_TYPE_NAMES, RELATION_TYPES } from './relation-types.ts';

describe('RELATION_ENDPOINTS', () => {
  it('states the ends of every relationship type, in kinds of the model', () => {
    expect(Object.keys(RELATION_ENDPOINTS).sort()).toEqual([...RELATION_TYPE_NAMES].sort());
    for (const type of RELATION_TYPE_NAMES) {
      expect(RELATION_ENDPOINTS[type].length, type).toBeGreaterThan(0);
      for (const { from, to } of RELATION_ENDPOINTS[type]) {
        expect(from.length * to.length, type).toBeGreaterThan(0);
        for (const kind of [...from, ...to]) expect(ENTITY_KINDS, type).toContain(kind);
      }
    }
  });

  it('lets a department lead a policy task, and not a craftsman lead a company (that is HEADS)', () => {
    expect(allowsEndpoints('LEADS', 'Department', 'PolicyTask')).toBe(true);
    expect(allowsEndpoints('LEADS', 'Craftsman', 'Enterprise')).toBe(false);
    expect(allowsEndpoints('HEADS', 'Craftsman', 'Enterprise')).toBe(true);
  });

  it('keeps PART_OF to its pairs: task in section, section in document, place in place', () => {
    expect(allowsEndpoints('PART_OF', 'PolicyTask', 'PolicySection')).toBe(true);
    expect(allowsEndpoints('PART_OF', 'Place', 'Place')).toBe(true);
    expect(allowsEndpoints('PART_OF', 'Place', 'PolicyDocument')).toBe(false);
  });

  it('adds HEADS to RELATION_TYPES with a Chinese name, leaving LEADS as 牵头', () => {
    expect(RELATION_TYPES.HEADS.zh).toBe('现任负责人');
    expect(RELATION_TYPES.LEADS.zh).toBe('牵头');
  });
});
