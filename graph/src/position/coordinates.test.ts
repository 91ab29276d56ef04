import { describe, expect, it } from 'vitest';
import { coordinatesProblem, degreesOfDms, sourceCoordinates, storedCoordinates } from './coordinates.ts';

describe('coordinatesProblem', () => {
  it('accepts a point in either province, on a border or by the sea', () => {
    expect(coordinatesProblem(31.36, 119.82)).toBeUndefined(); // 宜兴
    expect(coordinatesProblem(30.69, 118.41)).toBeUndefined(); // 泾县
    expect(coordinatesProblem(34.7, 119.4)).toBeUndefined(); // 连云港 coast
  });

  it('names what is wrong: not a number, out of range, far outside both provinces, swapped', () => {
    expect(coordinatesProblem(Number.NaN, 120)).toMatch(/^lat must be a finite number/);
    expect(coordinatesProblem(31, Infinity)).toMatch(/^lng must be a finite number/);
    expect(coordinatesProblem('31', 120)).toMatch(/^lat must be a finite number/);
    expect(coordinatesProblem(91, 120)).toBe('lat must lie between -90 and 90; got 91');
    expect(coordinatesProblem(31, -181)).toBe('lng must lie between -180 and 180; got -181');
    expect(coordinatesProblem(39.9, 116.4)).toMatch(/lies far outside Jiangsu and Anhui/); // Beijing
    expect(coordinatesProblem(120.3, 31.6)).toMatch(/^lat must lie between/);
    expect(coordinatesProblem(31.6, 31.6)).toMatch(/far outside/);
  });
});

describe('degrees from degrees-minutes-seconds text', () => {
  it('reads the curated form, with primes or apostrophes', () => {
    expect(degreesOfDms('31°34′18″N', 'lat')).toBeCloseTo(31.571667, 6);
    expect(degreesOfDms('120°17′18″E', 'lng')).toBeCloseTo(120.288333, 6);
    expect(degreesOfDms(`31°34'18"N`, 'lat')).toBeCloseTo(31.571667, 6);
    expect(degreesOfDms('31°34′N', 'lat')).toBeCloseTo(31.566667, 6);
  });

  it('refuses a hemisphere on the wrong axis, minutes past 60 and text without a hemisphere', () => {
    expect(degreesOfDms('120°17′18″E', 'lat')).toBeUndefined();
    expect(degreesOfDms('31°64′18″N', 'lat')).toBeUndefined();
    expect(degreesOfDms('31°34′18″', 'lat')).toBeUndefined();
  });
});

describe('coordinates stored on a record', () => {
  it('reads lat/lng (or latitude/longitude) numbers, and ignores text or a point outside the survey', () => {
    expect(storedCoordinates({ lat: 31.5, lng: 120.3 })).toEqual({ lat: 31.5, lng: 120.3 });
    expect(storedCoordinates({ latitude: 31.5, longitude: 120.3 })).toEqual({ lat: 31.5, lng: 120.3 });
    expect(storedCoordinates({ lat: '31.5', lng: 120.3 })).toBeUndefined();
    expect(storedCoordinates({ lat: 39.9, lng: 116.4 })).toBeUndefined();
    expect(storedCoordinates({ lat: null, lng: null })).toBeUndefined();
  });

  it('reads the coordinates a source gives, with its name', () => {
    expect(
      sourceCoordinates({
        coordinates: { lat_dms: '31°34′18″N', lon_dms: '120°17′18″E', source: 'wikiwand（维基百科）' },
      }),
    ).toEqual({ lat: expect.closeTo(31.5717, 4), lng: expect.closeTo(120.2883, 4), source: 'wikiwand（维基百科）' });
    expect(sourceCoordinates({ coordinates: { lat_dms: '北纬31度' } })).toBeUndefined();
  });
});
