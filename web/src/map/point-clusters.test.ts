import { describe, expect, it } from 'vitest';
import { clusterMarks, type MapPointItem } from './point-clusters.ts';
import { fitProjection } from './projection.ts';

const projection = fitProjection({ minLng: 114.9, maxLng: 121.9, minLat: 29.4, maxLat: 35.1 }, 640, 12);
const point = (id: string, lng: number, lat: number): MapPointItem => ({
  id,
  name: id,
  kind: 'Museum',
  lng,
  lat,
  precision: 'COUNTY',
  basis: '',
});

describe('clusters of map points', () => {
  it('merges entities at one county’s point and keeps distant ones apart', () => {
    const yixing = [point('a', 119.75166, 31.36415), point('b', 119.75166, 31.36415), point('c', 119.752, 31.365)];
    const jingxian = point('d', 118.44846, 30.59539);
    const marks = clusterMarks([...yixing, jingxian], projection);
    expect(marks).toHaveLength(2);
    const cluster = marks.find((mark) => mark.points.length === 3)!;
    expect(cluster.points.map((p) => p.id).sort()).toEqual(['a', 'b', 'c']);
    const [x, y] = projection.project(118.44846, 30.59539);
    const single = marks.find((mark) => mark.points.length === 1)!;
    expect(single.x).toBeCloseTo(x, 6);
    expect(single.y).toBeCloseTo(y, 6);
  });

  it('keeps apart points a map’s width of a few marks away', () => {
    // About 0.3° of longitude is some 25 drawing units at this scale: more than a cluster's radius.
    const marks = clusterMarks([point('a', 119.0, 32.0), point('b', 119.3, 32.0)], projection);
    expect(marks).toHaveLength(2);
  });

  it('draws nothing for no points', () => {
    expect(clusterMarks([], projection)).toEqual([]);
  });
});
