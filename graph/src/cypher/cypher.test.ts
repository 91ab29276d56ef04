import { describe, expect, it } from 'vitest';
import { isGraphStoreError } from '../graph-store-error.ts';
import type { EntityRow } from '../records/entity-row.ts';
import type { RelatesRow } from '../records/relates-row.ts';
import { degreesQuery, entityCountsByKindQuery, relationshipCountsByTypeQuery } from './count-queries.ts';
import type { CypherQuery } from './cypher-query.ts';
import { entitiesByIdQuery, findEntitiesQuery, missingEntityIdsQuery, upsertEntitiesQuery } from './entity-queries.ts';
import { neighborLevelQuery } from './neighborhood-queries.ts';
import { countEntitiesQuery } from './entity-filter.ts';
import { pathsOfLengthQuery, shortestPathsQuery } from './path-queries.ts';
import { copyEntitiesStatement, copyRelatesStatement, requireSafeCopyPath } from './bulk-copy-statements.ts';
import {
  allRelatesQuery,
  findRelatesQuery,
  relationshipsAmongQuery,
  relationshipsQueries,
  upsertRelationshipsQuery,
} from './relationship-queries.ts';
import { schemaStatements, storeSchemaStatements } from './schema-statements.ts';

const HOSTILE = "x'}) DETACH DELETE n //";

const hostileEntity: EntityRow = {
  id: HOSTILE,
  kind: 'Enterprise',
  name: HOSTILE,
  aliases: [HOSTILE],
  province: HOSTILE,
  city: null,
  description: `"${HOSTILE}"`,
  properties: JSON.stringify({ note: HOSTILE }),
  sources: JSON.stringify([{ document: HOSTILE }]),
};

const hostileRelates: RelatesRow = {
  id: HOSTILE,
  from: HOSTILE,
  to: `${HOSTILE}2`,
  type: 'FOUNDED',
  properties: '{}',
  sources: '[]',
};

function expectInvalidArgument(build: () => unknown): void {
  try {
    build();
  } catch (error) {
    expect(isGraphStoreError(error) && error.code).toBe('INVALID_ARGUMENT');
    return;
  }
  throw new Error('expected INVALID_ARGUMENT');
}

describe('Cypher builders', () => {
  describe('keep every caller-supplied value out of the query text', () => {
    const built: [string, CypherQuery][] = [
      ['upsertEntitiesQuery', upsertEntitiesQuery([hostileEntity])],
      ['entitiesByIdQuery', entitiesByIdQuery([HOSTILE])],
      ['missingEntityIdsQuery', missingEntityIdsQuery([HOSTILE])],
      ['findEntitiesQuery', findEntitiesQuery({ first: 10, afterId: HOSTILE, kinds: ['Museum'] })],
      [
        'findEntitiesQuery (province, city, text)',
        findEntitiesQuery({ first: 10, province: HOSTILE, city: HOSTILE, text: HOSTILE }),
      ],
      [
        'countEntitiesQuery',
        countEntitiesQuery({ kinds: ['Museum'], province: HOSTILE, city: HOSTILE, text: HOSTILE }),
      ],
      [
        'shortestPathsQuery (ladybug)',
        shortestPathsQuery('ladybug', { from: HOSTILE, to: HOSTILE, maxHops: 4, cap: 5, relationTypes: ['FOUNDED'] }),
      ],
      [
        'shortestPathsQuery (neo4j)',
        shortestPathsQuery('neo4j', { from: HOSTILE, to: HOSTILE, maxHops: 4, cap: 5, relationTypes: ['FOUNDED'] }),
      ],
      [
        'pathsOfLengthQuery',
        pathsOfLengthQuery({ from: HOSTILE, to: HOSTILE, length: 3, cap: 5, relationTypes: ['FOUNDED'] }),
      ],
      ['upsertRelationshipsQuery', upsertRelationshipsQuery([hostileRelates])],
      ...relationshipsQueries({ nodeIds: [HOSTILE], direction: 'both', types: ['FOUNDED'] }).map(
        (query, i): [string, CypherQuery] => [`relationshipsQueries (both, ${i})`, query],
      ),
      ['relationshipsAmongQuery', relationshipsAmongQuery([HOSTILE], ['FOUNDED'])],
      ['degreesQuery', degreesQuery([HOSTILE])],
      ['findRelatesQuery', findRelatesQuery({ first: 10, afterId: HOSTILE, types: ['FOUNDED'] })],
      [
        'neighborLevelQuery',
        neighborLevelQuery({ frontier: [HOSTILE], seen: [HOSTILE], limit: 5, relationTypes: ['FOUNDED'] }),
      ],
    ];
    it.each(built)('%s', (_name, query) => {
      expect(query.text).not.toContain('DETACH DELETE');
      expect(query.text).not.toContain("x'");
      expect(JSON.stringify(query.params)).toContain('DETACH DELETE');
    });

    it('puts only allow-listed kinds and types in params, refusing anything else', () => {
      expectInvalidArgument(() => findEntitiesQuery({ first: 1, kinds: [HOSTILE] }));
      expectInvalidArgument(() => relationshipsQueries({ nodeIds: ['a'], direction: 'out', types: [HOSTILE] }));
      expectInvalidArgument(() => relationshipsAmongQuery(['a'], [HOSTILE]));
      expectInvalidArgument(() => findRelatesQuery({ first: 1, types: [HOSTILE] }));
      expectInvalidArgument(() =>
        neighborLevelQuery({ frontier: ['a'], seen: ['a'], limit: 1, relationTypes: [HOSTILE] }),
      );
    });

    it('refuses a direction outside out, in and both, since it picks the WHERE clause', () => {
      expectInvalidArgument(() => relationshipsQueries({ nodeIds: ['a'], direction: HOSTILE as unknown as 'out' }));
    });

    it('refuses negative or fractional page sizes', () => {
      expectInvalidArgument(() => findEntitiesQuery({ first: -1 }));
      expectInvalidArgument(() => findEntitiesQuery({ first: 2.5 }));
      expectInvalidArgument(() => neighborLevelQuery({ frontier: ['a'], seen: ['a'], limit: -3 }));
    });
  });

  describe('writes', () => {
    it('upserts nodes with UNWIND … MERGE on id and sets every other column', () => {
      const query = upsertEntitiesQuery([hostileEntity]);
      expect(query.text).toBe(
        [
          'UNWIND $rows AS row',
          'MERGE (n:Entity {id: row.id})',
          'SET n.kind = row.kind, n.name = row.name, n.aliases = row.aliases, n.province = row.province, ' +
            'n.city = row.city, n.description = row.description, n.properties = row.properties, n.sources = row.sources',
        ].join('\n'),
      );
      expect(query.params).toEqual({ rows: [hostileEntity] });
    });

    it('upserts relationships between matched ends and reports how many rows found both', () => {
      const query = upsertRelationshipsQuery([hostileRelates]);
      expect(query.text).toBe(
        [
          'UNWIND $rows AS row',
          'MATCH (a:Entity {id: row.from})',
          'MATCH (b:Entity {id: row.to})',
          'MERGE (a)-[r:RELATES {id: row.id}]->(b)',
          'SET r.type = row.type, r.properties = row.properties, r.sources = row.sources',
          'RETURN count(*) AS written',
        ].join('\n'),
      );
      expect(query.params).toEqual({ rows: [hostileRelates] });
    });

    it('finds missing ends with OPTIONAL MATCH', () => {
      expect(missingEntityIdsQuery(['a', 'b'])).toEqual({
        text: 'UNWIND $ids AS id\nOPTIONAL MATCH (n:Entity {id: id})\nWITH id, n\nWHERE n IS NULL\nRETURN id',
        params: { ids: ['a', 'b'] },
      });
    });
  });

  describe('reads', () => {
    it('pages nodes by id, leaving out the clauses of absent filters', () => {
      expect(findEntitiesQuery({ first: 20 }).text).toMatch(
        /^MATCH \(n:Entity\)\nRETURN .*\nORDER BY id\nLIMIT \$first$/,
      );
      const filtered = findEntitiesQuery({ first: 20, kinds: ['Museum', 'Place'], afterId: 'm' });
      expect(filtered.text).toContain('WHERE n.kind IN $kinds AND n.id > $afterId');
      expect(filtered.params).toEqual({ first: 20, kinds: ['Museum', 'Place'], afterId: 'm' });
    });

    it('finds the asked end by key, then expands it: out, in, or both as two queries the store merges', () => {
      const lines = (direction: 'out' | 'in' | 'both') =>
        relationshipsQueries({ nodeIds: ['a'], direction }).map((query) => query.text.split('\n').slice(0, 2));
      expect(lines('out')).toEqual([['MATCH (a:Entity) WHERE a.id IN $ids', 'MATCH (a)-[r:RELATES]->(b:Entity)']]);
      expect(lines('in')).toEqual([['MATCH (b:Entity) WHERE b.id IN $ids', 'MATCH (a:Entity)-[r:RELATES]->(b)']]);
      expect(lines('both')).toEqual([...lines('out'), ...lines('in')]);
      const [typed] = relationshipsQueries({ nodeIds: ['a'], direction: 'out', types: ['FOUNDED'] });
      expect(typed!.text).toContain('WHERE r.type IN $types');
      expect(typed!.params).toEqual({ ids: ['a'], types: ['FOUNDED'] });
    });

    it('counts by kind and by type', () => {
      expect(entityCountsByKindQuery().text).toBe('MATCH (n:Entity)\nRETURN n.kind AS kind, count(*) AS total');
      expect(relationshipCountsByTypeQuery().text).toBe(
        'MATCH ()-[r:RELATES]->()\nRETURN r.type AS type, count(*) AS total',
      );
    });
  });

  describe('filters and paths', () => {
    it('filters nodes by province, city and lower-cased text bound once by a WITH', () => {
      const query = findEntitiesQuery({ first: 5, kinds: ['Museum'], province: '江苏', city: '南通', text: 'Park' });
      expect(query.text.split('\n').slice(0, 3)).toEqual([
        'MATCH (n:Entity)',
        'WITH n, toLower($text) AS text',
        'WHERE n.kind IN $kinds AND n.province = $province AND n.city = $city AND ' +
          '(toLower(n.name) CONTAINS text OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS text))',
      ]);
      expect(query.params).toEqual({ first: 5, kinds: ['Museum'], province: '江苏', city: '南通', text: 'Park' });
      expect(countEntitiesQuery({ city: '南通' })).toEqual({
        text: 'MATCH (n:Entity)\nWHERE n.city = $city\nRETURN count(*) AS total',
        params: { city: '南通' },
      });
      expectInvalidArgument(() => countEntitiesQuery({ text: '' }));
      expectInvalidArgument(() => countEntitiesQuery({ kinds: [HOSTILE] }));
    });

    it('finds LadybugDB shortest paths with ALL SHORTEST and allow-listed type literals in the recursive predicate', () => {
      const query = shortestPathsQuery('ladybug', {
        from: 'a',
        to: 'b',
        maxHops: 4,
        cap: 100,
        relationTypes: ['FOUNDED', 'LOCATED_IN'],
      });
      expect(query.text).toBe(
        [
          'MATCH (a:Entity {id: $from})',
          'MATCH (b:Entity {id: $to})',
          "MATCH (a)-[r:RELATES* ALL SHORTEST 1..4 (e, n | WHERE e.type IN ['FOUNDED', 'LOCATED_IN'])]-(b)",
          "RETURN properties(nodes(r), 'id') AS innerIds, properties(rels(r), 'id') AS relIds, length(r) AS length",
          'LIMIT $cap',
        ].join('\n'),
      );
      expect(query.params).toEqual({ from: 'a', to: 'b', cap: 100 });
    });

    it('finds Neo4j shortest paths with allShortestPaths and the types as a parameter', () => {
      const query = shortestPathsQuery('neo4j', {
        from: 'a',
        to: 'b',
        maxHops: 6,
        cap: 100,
        relationTypes: ['FOUNDED'],
      });
      expect(query.text).toBe(
        [
          'MATCH (a:Entity {id: $from})',
          'MATCH (b:Entity {id: $to})',
          'MATCH p = allShortestPaths((a)-[:RELATES*1..6]-(b))',
          'WHERE all(rel IN relationships(p) WHERE rel.type IN $types)',
          'RETURN [n IN nodes(p)[1..-1] | n.id] AS innerIds, [rel IN relationships(p) | rel.id] AS relIds, length(p) AS length',
          'LIMIT $cap',
        ].join('\n'),
      );
      expect(query.params).toEqual({ from: 'a', to: 'b', cap: 100, types: ['FOUNDED'] });
      expect(shortestPathsQuery('neo4j', { from: 'a', to: 'b', maxHops: 1, cap: 1 }).text).not.toContain('WHERE');
    });

    it('refuses maxHops outside 1–6 and types outside the allow-list, since both would be written into the text', () => {
      for (const maxHops of [0, 7, 2.5, '1]-() DETACH DELETE a //' as unknown as number]) {
        expectInvalidArgument(() => shortestPathsQuery('ladybug', { from: 'a', to: 'b', maxHops, cap: 1 }));
      }
      for (const dialect of ['ladybug', 'neo4j'] as const) {
        expectInvalidArgument(() =>
          shortestPathsQuery(dialect, { from: 'a', to: 'b', maxHops: 2, cap: 1, relationTypes: [HOSTILE] }),
        );
      }
    });

    it('builds longer-path patterns only from a small checked length; the types stay a parameter', () => {
      for (const length of [1, 4, 2.5, '2]-() DETACH DELETE a //' as unknown as number]) {
        expectInvalidArgument(() => pathsOfLengthQuery({ from: 'a', to: 'b', length, cap: 1 }));
      }
      const query = pathsOfLengthQuery({ from: 'a', to: 'b', length: 2, cap: 10, relationTypes: ['FOUNDED'] });
      expect(query.text).toContain('MATCH (a)-[r1:RELATES]-(n1:Entity)-[r2:RELATES]-(b)');
      expect(query.text).toContain('r1.type IN $types AND r2.type IN $types');
      expect(query.params).toEqual({ from: 'a', to: 'b', cap: 10, types: ['FOUNDED'] });
    });
  });

  describe('export and bulk reads', () => {
    it('pages all relationships by id, leaving out the clauses of absent filters', () => {
      expect(findRelatesQuery({ first: 5 }).text).toBe(
        [
          'MATCH (a:Entity)-[r:RELATES]->(b:Entity)',
          'RETURN r.id AS id, r.type AS type, a.id AS fromId, b.id AS toId, r.properties AS properties, r.sources AS sources',
          'ORDER BY id',
          'LIMIT $first',
        ].join('\n'),
      );
      const filtered = findRelatesQuery({ first: 5, afterId: 'm', types: ['PART_OF'] });
      expect(filtered.text).toContain('WHERE r.id > $afterId AND r.type IN $types');
      expect(filtered.params).toEqual({ first: 5, afterId: 'm', types: ['PART_OF'] });
      expect(allRelatesQuery().params).toEqual({});
    });
  });

  describe('bulk COPY statements (LadybugDB)', () => {
    it('read every column as STRING, split aliases back into a list, and quote RFC 4180 style', () => {
      const entity = copyEntitiesStatement('/tmp/icg-bulk-abc/entities-1.csv').text;
      expect(entity).toContain('COPY Entity FROM (LOAD WITH HEADERS (c_id STRING, c_kind STRING');
      expect(entity).toContain(
        `FROM '/tmp/icg-bulk-abc/entities-1.csv' (header=false, quote='"', escape='"', parallel=false)`,
      );
      expect(entity).toContain("string_split(c_aliases, '\u001f')");
      expect(copyRelatesStatement('/tmp/x/relates-2.csv').text).toBe(
        `COPY RELATES FROM '/tmp/x/relates-2.csv' (header=false, quote='"', escape='"', parallel=false)`,
      );
    });

    it('refuse a file path that could leave its string literal: the one value COPY takes as text', () => {
      for (const file of [
        "/tmp/x'); MATCH (n) DETACH DELETE n //.csv",
        '/tmp/a b.csv',
        '/tmp/../etc/x.csv',
        '/tmp/x\\y.csv',
      ]) {
        expectInvalidArgument(() => requireSafeCopyPath(file));
        expectInvalidArgument(() => copyRelatesStatement(file));
      }
    });
  });

  describe('dialects', () => {
    it('expands a neighbourhood one ring at a time with the same text in both engines, types as a parameter', () => {
      const query = neighborLevelQuery({
        frontier: ['a', 'b'],
        seen: ['c', 'a', 'b'],
        limit: 5,
        relationTypes: ['FOUNDED'],
      });
      expect(query.text).toBe(
        [
          'MATCH (f:Entity) WHERE f.id IN $frontier',
          'MATCH (f)-[r:RELATES]-(m:Entity)',
          'WHERE NOT (m.id IN $seen) AND r.type IN $types',
          'RETURN DISTINCT m.id AS id',
          'ORDER BY id',
          'LIMIT $limit',
        ].join('\n'),
      );
      expect(query.params).toEqual({ frontier: ['a', 'b'], seen: ['c', 'a', 'b'], limit: 5, types: ['FOUNDED'] });
    });

    it('leaves the type filter out when no types are given', () => {
      const query = neighborLevelQuery({ frontier: ['a'], seen: ['a'], limit: 5 });
      expect(query.text).toContain('WHERE NOT (m.id IN $seen)\n');
      expect(query.params).toEqual({ frontier: ['a'], seen: ['a'], limit: 5 });
    });

    it('creates one node table and one relationship table in LadybugDB', () => {
      const [entity, relates, ...rest] = schemaStatements('ladybug').map((statement) => statement.text);
      expect(entity).toContain('CREATE NODE TABLE IF NOT EXISTS Entity(');
      expect(entity).toContain('aliases STRING[]');
      expect(entity).toContain('PRIMARY KEY (id)');
      expect(relates).toContain('CREATE REL TABLE IF NOT EXISTS RELATES(');
      expect(relates).toContain('FROM Entity TO Entity');
      expect(rest).toEqual([]);
    });

    it('creates a uniqueness constraint and indexes in Neo4j, all idempotent', () => {
      const texts = schemaStatements('neo4j').map((statement) => statement.text);
      expect(texts).toEqual([
        'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
        'CREATE RANGE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
        'CREATE RANGE INDEX relates_id IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.id)',
        'CREATE RANGE INDEX relates_type IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.type)',
      ]);
      expect(schemaStatements('neo4j').every((statement) => Object.keys(statement.params).length === 0)).toBe(true);
    });

    it("keeps the store's write leases beside the graph's schema in Neo4j, not in it", () => {
      expect(storeSchemaStatements('neo4j').map((statement) => statement.text)).toEqual([
        ...schemaStatements('neo4j').map((statement) => statement.text),
        'CREATE CONSTRAINT write_lease_key IF NOT EXISTS FOR (l:WriteLease) REQUIRE l.key IS UNIQUE',
      ]);
      expect(storeSchemaStatements('ladybug')).toEqual(schemaStatements('ladybug'));
    });
  });
});
