import { readFileSync } from 'node:fs';

/** A county-level unit (县, 县级市, 市辖区) of Jiangsu or Anhui, at one point inside its outline. */
export interface CountyUnit {
  /** The administrative code (GB/T 2260, as of 2023); a former unit carries its successor's. */
  code: string;
  name: string;
  /** The prefecture-level city it belongs to, as the graph names cities (南京市). */
  prefecture: string;
  /** 江苏 or 安徽. */
  province: string;
  lng: number;
  lat: number;
  /** For a unit abolished since (戚墅堰区): the current unit whose point stands for it, and why. */
  former?: { successor: string; note: string };
}

/** A prefecture-level city's centre, as the web map labels it. */
export interface CityCentre {
  name: string;
  province: string;
  lng: number;
  lat: number;
}

export interface Gazetteer {
  counties: readonly CountyUnit[];
  cities: ReadonlyMap<string, CityCentre>;
}

/** Rows of a CSV file this package ships: a header, then plain comma-separated fields without quotes. */
function readRows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(new URL(`./gazetteer/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n');
  const keys = header!.split(',');
  return lines.map((line) => {
    const fields = line.split(',');
    return Object.fromEntries(keys.map((key, i) => [key, fields[i] ?? '']));
  });
}

function loadGazetteer(): Gazetteer {
  const current: CountyUnit[] = readRows('county-centres.csv').map((row) => ({
    code: row['code']!,
    name: row['name']!,
    prefecture: row['prefecture']!,
    province: row['province']!,
    lng: Number(row['lng']),
    lat: Number(row['lat']),
  }));
  const byCode = new Map(current.map((unit) => [unit.code, unit]));
  const former: CountyUnit[] = readRows('former-counties.csv').map((row) => {
    const successor = byCode.get(row['successor_code']!);
    if (!successor) throw new Error(`former-counties.csv: ${row['name']} names unknown code ${row['successor_code']}`);
    return {
      ...successor,
      name: row['name']!,
      former: { successor: successor.name, note: row['note']! },
    };
  });
  const cities = new Map(
    readRows('city-centres.csv').map((row) => [
      row['name']!,
      { name: row['name']!, province: row['province']!, lng: Number(row['lng']), lat: Number(row['lat']) },
    ]),
  );
  return { counties: [...current, ...former], cities };
}

let loaded: Gazetteer | undefined;

/** The county-level units and city centres shipped in `gazetteer/` (see its README), read once. */
export function gazetteer(): Gazetteer {
  loaded ??= loadGazetteer();
  return loaded;
}

/** A unit by name within its prefecture city: 鼓楼区 is both Nanjing's and Xuzhou's. */
export function countyNamed(name: string, prefecture: string): CountyUnit | undefined {
  return gazetteer().counties.find((unit) => unit.name === name && unit.prefecture === prefecture);
}
