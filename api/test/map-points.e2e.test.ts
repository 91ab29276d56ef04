import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';

interface Position {
  lat: number;
  lng: number;
  precision: 'EXACT' | 'COUNTY' | 'CITY';
  basis: string;
  countyCode: string | null;
  countyName: string | null;
  field: string;
}
interface Point {
  entity: { id: string; name: string; kind: string };
  position: Position;
}
interface Connection {
  points: Point[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  countsByPrecision: { precision: string; count: number }[];
  withoutPosition: number;
  designationLists: { list: string; count: number }[];
}

const POSITION = 'lat lng precision basis countyCode countyName field';
const MAP_POINTS = /* GraphQL */ `
  query MapPoints($filter: MapPointFilter, $first: Int, $after: String) {
    mapPoints(filter: $filter, first: $first, after: $after) {
      points { entity { id name kind } position { ${POSITION} } }
      pageInfo { hasNextPage endCursor }
      totalCount
      countsByPrecision { precision count }
      withoutPosition
      designationLists { list count }
    }
  }
`;
const ENTITY_POSITION = /* GraphQL */ `
  query EntityPosition($id: ID!) { entity(id: $id) { id position { ${POSITION} } } }
`;
const PLACE = /* GraphQL */ `
  mutation Place($input: PlaceEntityInput!) {
    placeEntity(input: $input) { entity { id name } position { ${POSITION} } previous { ${POSITION} } }
  }
`;
const UPSERT = /* GraphQL */ `
  mutation Upsert($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id position { ${POSITION} } } } }
`;
const SOURCE = { document: '策展人在地图上核对的位置', takenAt: '2026-11-30' };

describe.each(GRAPH_BACKENDS)('the map of points over HTTP, on the %s graph store', (backend) => {
  let service: TestService;
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
    token = (await createCuratorToken(service.dataDir, '王策展')).token;
  });
  afterAll(async () => {
    await service?.dispose();
  });

  async function allPoints(filter: Record<string, unknown> = {}): Promise<{ points: Point[]; last: Connection }> {
    const points: Point[] = [];
    let after: string | null = null;
    for (;;) {
      const { body }: { body: { data?: { mapPoints: Connection }; errors?: unknown } } = await graphql<{
        mapPoints: Connection;
      }>(service.url, MAP_POINTS, { filter, first: 100, after });
      expect(body.errors).toBeUndefined();
      const page: Connection = body.data!.mapPoints;
      points.push(...page.points);
      if (!page.pageInfo.hasNextPage) return { points, last: page };
      after = page.pageInfo.endCursor;
    }
  }
  const pointOf = (points: Point[], id: string) => points.find((point) => point.entity.id === id);
  async function positionOf(id: string): Promise<Position | null> {
    const { body } = await graphql<{ entity: { position: Position | null } }>(service.url, ENTITY_POSITION, { id });
    expect(body.errors).toBeUndefined();
    return body.data!.entity.position;
  }

  it('puts the surveyed sites on the map at three precisions, paged and counted', async () => {
    const { points, last } = await allPoints();
    expect(points.length).toBe(last.totalCount);
    expect(new Set(points.map((point) => point.entity.id)).size).toBe(points.length);
    const counts = Object.fromEntries(last.countsByPrecision.map((row) => [row.precision, row.count]));
    expect(counts['EXACT']! + counts['COUNTY']! + counts['CITY']!).toBe(last.totalCount);

    expect(pointOf(points, 'hs-maoxin-flour-mill')?.position).toMatchObject({
      precision: 'EXACT',
      lat: expect.closeTo(31.5717, 4),
      lng: expect.closeTo(120.2883, 4),
      field: 'coordinates',
    });
    expect(pointOf(points, 'mu-yixing-zisha')?.position).toMatchObject({
      precision: 'COUNTY',
      countyCode: '320282',
      countyName: '宜兴市',
      basis: '宜兴市（320282，无锡市）',
    });
    expect(pointOf(points, 'mu-china-xuan-paper')?.position).toMatchObject({ precision: 'COUNTY', countyName: '泾县' });
    expect(pointOf(points, 'hs-qishuyan-power')?.position).toMatchObject({
      precision: 'COUNTY',
      countyCode: '320412',
      countyName: '戚墅堰区',
    });
    expect(pointOf(points, 'mu-nantong-textile')?.position).toMatchObject({ precision: 'CITY', basis: '南通市中心' });
    // Entity.position says the same as the map.
    expect(await positionOf('mu-yixing-zisha')).toEqual(pointOf(points, 'mu-yixing-zisha')!.position);
    expect(await positionOf('policy-jiangsu-2021-2025-t06')).toBeNull();
  });

  it('filters by kind, designation list, verification status and precision', async () => {
    const museums = await allPoints({ kinds: ['Museum'] });
    expect(museums.points.every((point) => point.entity.kind === 'Museum')).toBe(true);
    expect(museums.last.totalCount).toBeGreaterThan(10);

    const { last } = await allPoints();
    expect(last.designationLists.map((row) => row.list)).toContain('国家工业遗产');
    const listed = await allPoints({ designationLists: ['国家工业遗产'] });
    expect(listed.last.totalCount).toBe(last.designationLists.find((row) => row.list === '国家工业遗产')!.count);
    expect(pointOf(listed.points, 'hs-maoxin-flour-mill')).toBeDefined();
    expect(pointOf(listed.points, 'mu-nantong-textile')).toBeUndefined();

    const unverified = await allPoints({ verificationStatuses: ['UNVERIFIED'] });
    const verified = await allPoints({ verificationStatuses: ['VERIFIED'] });
    expect(unverified.last.totalCount + verified.last.totalCount).toBeLessThanOrEqual(last.totalCount);
    expect(unverified.last.totalCount).toBeGreaterThan(0);

    const county = await allPoints({ precisions: ['COUNTY'], province: '安徽' });
    expect(county.points.every((point) => point.position.precision === 'COUNTY')).toBe(true);
    expect(pointOf(county.points, 'mu-china-xuan-paper')).toBeDefined();
    expect(pointOf(county.points, 'mu-yixing-zisha')).toBeUndefined();
  });

  it('shows projects beside the sites, filtered by project status without hiding the sites', async () => {
    const operating = await allPoints({ kinds: ['Project', 'HeritageSite'], projectStatuses: ['OPERATING'] });
    const projects = operating.points.filter((point) => point.entity.kind === 'Project');
    // The seven reuse projects the curated conversions imply are all 运营 and all in a named city.
    expect(projects.map((point) => point.entity.id)).toContain('project-reuse-jinling-arsenal');
    expect(projects).toHaveLength(7);
    expect(operating.points.some((point) => point.entity.kind === 'HeritageSite')).toBe(true);

    const reserve = await allPoints({ kinds: ['Project', 'HeritageSite'], projectStatuses: ['RESERVE'] });
    expect(reserve.points.filter((point) => point.entity.kind === 'Project')).toEqual([]);
    expect(reserve.points.length).toBe(operating.points.length - projects.length);
  });

  it('reads the county of a new record from its note (濉溪, around 淮北’s districts)', async () => {
    const { body } = await graphql<{ upsertEntity: { entity: { id: string; position: Position } } }>(
      service.url,
      UPSERT,
      {
        input: {
          kind: 'HeritageSite',
          name: '口子窖窖池群及酿酒作坊',
          province: '安徽',
          city: '淮北市',
          properties: JSON.stringify({ note: '濉溪县口子酒业东关厂区。只找到转载站页面，需官方页复核。' }),
          sources: [{ url: 'http://www.spamalyser.com/jujiao/2021/0120/012021_31562.html' }],
        },
      },
      auth(),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.upsertEntity.entity.position).toMatchObject({
      precision: 'COUNTY',
      countyCode: '340621',
      countyName: '濉溪县',
      field: 'note',
    });
  });

  it('lets a curator place an entity, which is then EXACT on the map and on its page', async () => {
    const { body } = await graphql<{ placeEntity: { position: Position; previous: Position | null } }>(
      service.url,
      PLACE,
      { input: { id: 'mu-nantong-textile', lat: 32.0021, lng: 120.8803, source: SOURCE } },
      auth(),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.placeEntity.previous).toMatchObject({ precision: 'CITY' });
    expect(body.data!.placeEntity.position).toEqual({
      lat: 32.0021,
      lng: 120.8803,
      precision: 'EXACT',
      basis: '坐标，王策展标注',
      countyCode: null,
      countyName: null,
      field: 'lat/lng',
    });
    expect(await positionOf('mu-nantong-textile')).toMatchObject({ precision: 'EXACT', lat: 32.0021, lng: 120.8803 });
    const { points } = await allPoints({ precisions: ['EXACT'] });
    expect(pointOf(points, 'mu-nantong-textile')?.position).toMatchObject({ lat: 32.0021, lng: 120.8803 });

    // Moving it again replaces the point; the source is on the entity like any curated fact's.
    await graphql(
      service.url,
      PLACE,
      { input: { id: 'mu-nantong-textile', lat: 32.0031, lng: 120.8813, source: SOURCE } },
      auth(),
    );
    const { body: read } = await graphql<{
      entity: { properties: string; sources: { document: string | null }[] };
    }>(service.url, '{ entity(id: "mu-nantong-textile") { properties sources { document } } }');
    const properties = JSON.parse(read.data!.entity.properties) as Record<string, unknown>;
    expect(properties).toMatchObject({ lat: 32.0031, lng: 120.8813, placement: { by: '王策展', source: SOURCE } });
    expect(read.data!.entity.sources.map((source) => source.document)).toContain(SOURCE.document);
  });

  it('refuses a position outside the two provinces, out of range or without a curator, naming the problem', async () => {
    const place = (input: Record<string, unknown>, headers: Record<string, string> = auth()) =>
      graphql(service.url, PLACE, { input: { id: 'mu-yixing-zisha', source: SOURCE, ...input } }, headers);

    const beijing = await place({ lat: 39.9042, lng: 116.4074 });
    expect(beijing.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(beijing.body.errors?.[0]?.message).toMatch(/39\.9042, 116\.4074 lies far outside Jiangsu and Anhui/);
    const swapped = await place({ lat: 119.8, lng: 31.36 });
    expect(swapped.body.errors?.[0]?.message).toBe('lat must lie between -90 and 90; got 119.8');
    const noSource = await place({ lat: 31.36, lng: 119.8, source: {} });
    expect(noSource.body.errors?.[0]?.message).toMatch(/needs a document title or a url/);
    const unknown = await graphql(
      service.url,
      PLACE,
      { input: { id: 'no-such-entity', lat: 31.36, lng: 119.8, source: SOURCE } },
      auth(),
    );
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await place({ lat: 31.36, lng: 119.8 }, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const halfPair = await graphql(
      service.url,
      UPSERT,
      {
        input: {
          id: 'mu-yixing-zisha',
          kind: 'Museum',
          name: '宜兴紫砂博物馆',
          properties: '{"lat":31.36}',
          sources: [SOURCE],
        },
      },
      auth(),
    );
    expect(halfPair.body.errors?.[0]?.message).toBe('input.properties must give lat and lng together');
    expect(await positionOf('mu-yixing-zisha')).toMatchObject({ precision: 'COUNTY' });
  });
});
