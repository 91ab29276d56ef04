import { describe, expect, it } from 'vitest';
import type { GraphNode, JsonValue } from './graph-records.ts';
import {
  createApprenticeRelationship,
  formerNamesOf,
  isFormerName,
  isPersonReference,
  personReferencesOf,
  withFormerNames,
} from './history.ts';
import { findNodesNamed, isNamed } from './node-names.ts';

const gujing: GraphNode = {
  id: 'ent-gujing',
  kind: 'Enterprise',
  name: '安徽古井集团有限责任公司',
  aliases: ['古井酒厂', '亳县古井酒厂'],
  province: '安徽',
  city: '亳州市',
  description: null,
  properties: { founded_year: 1959 },
  sources: [],
};
const source = { document: 'entities.json', locator: 'entities.json ent-gujing', takenAt: '2026-11' };

describe('former names', () => {
  it('are kept in properties.formerNames and added to aliases, so the old name finds today’s entity', () => {
    const node = withFormerNames(gujing, [
      { name: '减店公社酒厂', from: 1958, to: 1959, source },
      { name: '亳县古井酒厂', from: 1959, source },
    ]);

    expect(formerNamesOf(node)).toEqual([
      { name: '减店公社酒厂', from: 1958, to: 1959, source },
      { name: '亳县古井酒厂', from: 1959, source },
    ]);
    // 亳县古井酒厂 was an alias already; it is not listed twice.
    expect(node.aliases).toEqual(['古井酒厂', '亳县古井酒厂', '减店公社酒厂']);
    expect(isNamed(node, '减店公社酒厂')).toBe(true);
    expect(findNodesNamed([gujing, node], ' 减店公社酒厂 ')).toEqual([node]);
    expect(gujing.aliases).toHaveLength(2);
  });

  it('store no undefined fields, so they survive a JSON round trip unchanged', () => {
    const node = withFormerNames(gujing, [{ name: '减店公社酒厂' }]);
    expect(JSON.parse(JSON.stringify(node.properties))).toEqual(node.properties);
    expect(node.properties.formerNames).toEqual([{ name: '减店公社酒厂' }]);
  });

  it('are normalised, and a name equal to the node’s own is not made an alias', () => {
    const node = withFormerNames(gujing, [{ name: 'Cafe\u0301' }, { name: gujing.name }]);
    expect(formerNamesOf(node).map(({ name }) => name)).toEqual(['Caf\u00e9', gujing.name]);
    expect(node.aliases).toEqual(['古井酒厂', '亳县古井酒厂', 'Caf\u00e9']);
  });

  it('are recognised by a guard that refuses a missing name, a fractional year or a period running backwards', () => {
    expect(isFormerName({ name: '保兴面粉厂', from: 1900 })).toBe(true);
    expect(isFormerName({ from: 1900 })).toBe(false);
    expect(isFormerName({ name: '保兴面粉厂', from: 1900.5 })).toBe(false);
    expect(isFormerName({ name: '恒源布厂', from: 1936, to: 1933 })).toBe(false);
    expect(isFormerName({ name: '恒源布厂', source: { page: 3 } })).toBe(false);
    expect(formerNamesOf({ properties: { formerNames: [{ name: '三和布厂' }, 'not a record', null] } })).toEqual([
      { name: '三和布厂' },
    ]);
  });
});

describe('masters and apprentices', () => {
  it('are PersonReferences in properties.masters / apprentices when the person is not a node', () => {
    const masters: JsonValue[] = [{ name: '任淦庭', year: 1954, technique: 'tech-yixing-zisha' }, { year: 1 }];
    const node = { properties: { masters } };
    expect(personReferencesOf(node, 'masters')).toEqual([
      { name: '任淦庭', year: 1954, technique: 'tech-yixing-zisha' },
    ]);
    expect(personReferencesOf(node, 'apprentices')).toEqual([]);
    expect(isPersonReference({ name: '任淦庭', id: '' })).toBe(false);
  });

  it('become APPRENTICE_OF, apprentice → master, with the technique, when both are nodes', () => {
    expect(
      createApprenticeRelationship({
        apprentice: 'cr-xu-xiutang',
        master: 'cr-ren-ganting',
        technique: 'tech-yixing-zisha',
        year: 1954,
        sources: [source],
      }),
    ).toEqual({
      id: 'cr-xu-xiutang|APPRENTICE_OF|cr-ren-ganting',
      type: 'APPRENTICE_OF',
      from: 'cr-xu-xiutang',
      to: 'cr-ren-ganting',
      properties: { technique: 'tech-yixing-zisha', year: 1954 },
      sources: [source],
    });
  });
});
