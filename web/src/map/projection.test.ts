import { describe, expect, it } from 'vitest';
import { boundsOf, cityPath, countStep, fitProjection, stepThresholds, type GeoCity } from './projection.ts';

const square: GeoCity = { name: '方城', province: '江苏', cp: [1, 1], rings: [[0, 0, 2, 0, 2, 2, 0, 2]] };

describe('the map projection', () => {
  it('finds the bounds of every ring', () => {
    const other: GeoCity = { ...square, rings: [[-1, 5, 3, 5, 3, 6]] };
    expect(boundsOf([square, other])).toEqual({ minLng: -1, maxLng: 3, minLat: 0, maxLat: 6 });
  });

  it('puts the north-west corner at the margin and keeps north up', () => {
    const projection = fitProjection({ minLng: 116, maxLng: 122, minLat: 30, maxLat: 35 }, 620, 10);
    expect(projection.project(116, 35)).toEqual([10, 10]);
    const [east, south] = projection.project(122, 30);
    expect(east).toBeCloseTo(610);
    expect(south).toBeCloseTo(projection.height - 10, 0);
  });

  it('shrinks longitudes by the cosine of the middle latitude', () => {
    const projection = fitProjection({ minLng: 0, maxLng: 1, minLat: 59, maxLat: 61 }, 100);
    // At 60° a degree of longitude is half a degree of latitude: 1° east spans 100 px, 2° north 400 px.
    expect(projection.height).toBe(400);
  });

  it('draws one closed subpath per ring', () => {
    const projection = fitProjection(boundsOf([square]), 200);
    expect(cityPath(square, projection)).toBe('M0,200L200,200L200,0L0,0Z');
    const twoRings = { ...square, rings: [...square.rings, [0.5, 0.5, 1, 0.5, 1, 1]] };
    expect(cityPath(twoRings, projection).match(/M/g)).toHaveLength(2);
  });
});

describe('the colour scale', () => {
  it('leaves cities with nothing uncoloured and gives the largest the darkest step', () => {
    expect(countStep(0, 48, 5)).toBe(0);
    expect(countStep(48, 48, 5)).toBe(5);
    expect(countStep(1, 48, 5)).toBe(1);
    expect(countStep(12, 48, 5)).toBe(3);
    expect(countStep(3, 0, 5)).toBe(0);
  });

  it('gives legend thresholds that agree with the steps', () => {
    const max = 48;
    const thresholds = stepThresholds(max, 5);
    expect(thresholds[0]).toBe(1);
    thresholds.forEach((lowest, index) => expect(countStep(lowest, max, 5)).toBe(index + 1));
    // The count just below each threshold belongs to the step before.
    thresholds.slice(1).forEach((lowest, index) => expect(countStep(lowest - 1, max, 5)).toBe(index + 1));
  });

  it('takes a point of the drawing back to the longitude and latitude under it', () => {
    const projection = fitProjection({ minLng: 116, maxLng: 122, minLat: 30, maxLat: 35 }, 620, 10);
    const [x, y] = projection.project(119.8, 31.36);
    const [lng, lat] = projection.unproject(x, y);
    expect(lng).toBeCloseTo(119.8, 9);
    expect(lat).toBeCloseTo(31.36, 9);
  });
});
