import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship, PathHop } from '@icg/graph';
import { explainHop, explainPath } from './explain-path.ts';

const node = (id: string, name: string): GraphNode => ({
  id,
  kind: 'Enterprise',
  name,
  aliases: [],
  province: null,
  city: null,
  description: null,
  properties: {},
  sources: [],
});

const zhang = node('zhang', '张謇');
const mill = node('mill', '大生纱厂');
const site = node('site', '大生纱厂旧址');
const city = node('city', '南通市');

function hop(
  type: GraphRelationship['type'],
  from: GraphNode,
  to: GraphNode,
  direction: PathHop['direction'],
): PathHop {
  return {
    relationship: { id: `${from.id}|${type}|${to.id}`, type, from: from.id, to: to.id, properties: {}, sources: [] },
    direction,
  };
}

describe('explainPath', () => {
  it('says each hop along its stored direction, joined with ；', () => {
    const hops = [hop('FOUNDED', zhang, mill, 'out'), hop('LOCATED_IN', mill, city, 'out')];
    expect(explainPath([zhang, mill, city], hops)).toBe('张謇 创办 大生纱厂；大生纱厂 位于 南通市。');
  });

  it('turns a hop walked backwards into the passive where the verb allows it', () => {
    expect(explainHop(mill, zhang, hop('FOUNDED', zhang, mill, 'in'))).toBe('大生纱厂 由 张謇 创办');
  });

  it('tells other backward hops the right way round', () => {
    expect(explainHop(mill, site, hop('OPERATED_AS', site, mill, 'in'))).toBe('大生纱厂旧址 曾作为 大生纱厂');
    expect(explainHop(city, mill, hop('LOCATED_IN', mill, city, 'in'))).toBe('大生纱厂 位于 南通市');
  });

  it('places the object inside verbs written with an ellipsis, and makes them active backwards', () => {
    expect(explainHop(site, mill, hop('OPERATED_BY', site, mill, 'out'))).toBe('大生纱厂旧址 由 大生纱厂 运营');
    expect(explainHop(mill, site, hop('OPERATED_BY', site, mill, 'in'))).toBe('大生纱厂 运营 大生纱厂旧址');
  });
});
