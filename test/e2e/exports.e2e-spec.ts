import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { chinaDay, chinaMidnight } from '@chainq/core';
import { Role } from '@chainq/identity';
import { chinaMonthOf } from '@chainq/insights';
import { chainLedBy, enterpriseWith, officeWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { eventually, TestApp } from '../support/test-app';

const RECORD = 'mutation($lots: [InspectionLotInput!]!) { recordInspectionLots(input: { lots: $lots }) { inserted errors { index field message } } }';
const SCORECARDS = `query($c: ID!, $from: Date!, $to: Date!) { supplierScorecards(chainId: $c, from: $from, to: $to) {
  supplierName tier membershipStatus grade score lotPassRate firstPassYield ppm lotsInspected lotsAccepted firstLots firstAccepted unitsInspected unitsNonconforming
  correctiveActions { opened closed } } }`;
const HYPERLINK = '=HYPERLINK("http://x","y")';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Download {
  status: number;
  headers: Record<string, string>;
  bytes: Buffer;
  json: Record<string, unknown> | undefined;
}

/** A file as a spreadsheet opens it: the first sheet's rows as arrays of cell values (row 1: the header). */
async function rowsOf(bytes: Buffer): Promise<{ sheet: ExcelJS.Worksheet; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? null)));
  return { sheet, rows };
}

const sheetXml = async (bytes: Buffer) => (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');

describe('XLSX exports of the chain leader’s workspace', () => {
  let t: TestApp;
  let L: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise, S3: TestEnterprise, LB: TestEnterprise;
  let leaderZh: string, leaderEn: string, leaderViewer: string, s1: string, coordinator: string, leaderB: string;
  let chainId: string, chainB: string;
  /** China midnight ten days ago: K-1 is inspected half an hour after it, K-2 half an hour before (the China day before). */
  const day = chinaDay(new Date(), -10);
  const midnight = chinaMidnight(day).getTime();
  const period = { from: chinaDay(new Date(), -40), to: chinaDay(new Date(), 1) };

  const download = async (path: string, token?: string): Promise<Download> => {
    const req = t.http.get(path).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req;
    const bytes = res.body as Buffer;
    const json = /json/.test(res.headers['content-type'] ?? '') ? (JSON.parse(bytes.toString('utf8')) as Record<string, unknown>) : undefined;
    return { status: res.status, headers: res.headers as Record<string, string>, bytes, json };
  };
  const lots = (query: string, token: string) => download(`/exports/lots.xlsx?chainId=${chainId}${query}`, token);
  const record = async (token: string, items: Record<string, unknown>[]) => {
    const res = await t.gql(RECORD, { lots: items }, token);
    expect(res.data?.recordInspectionLots).toEqual({ inserted: items.length, errors: [] });
  };
  const lot = (supplier: TestEnterprise, over: Record<string, unknown>) => ({
    chainId, supplierEnterpriseId: supplier.enterprise.id, partNumber: 'BRK-1', lotSize: 1000, stage: 'SPECIAL', aql: '1.0', unitsSampled: 80, nonconformingUnits: 0, ...over,
  });

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.VIEWER], { name: '华兴新能源' });
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { name: '恒通铸造' });
    S2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { name: `${HYPERLINK} Mesh` });
    S3 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { name: 'Bulk Castings' });
    LB = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    chainId = (await chainLedBy(t, L)).id;
    chainB = (await chainLedBy(t, LB)).id;
    leaderZh = await t.login(L.users.QUALITY_ENGINEER.email);
    leaderEn = await t.login(L.users.ENTERPRISE_ADMIN.email);
    leaderViewer = await t.login(L.users.VIEWER.email);
    leaderB = await t.login(LB.users.QUALITY_ENGINEER.email);
    for (const s of [S1, S2, S3]) await onboardSupplier(t, chainId, leaderZh, s);
    await t.gql('mutation { setMyLanguage(language: EN) { id } }', {}, leaderEn);
    const office = await officeWith(t, [Role.COORDINATOR]);
    coordinator = await t.login(office.users.COORDINATOR.email);
    s1 = await t.login(S1.users.ENTERPRISE_ADMIN.email);
    const s2 = await t.login(S2.users.ENTERPRISE_ADMIN.email);
    const s3 = await t.login(S3.users.ENTERPRISE_ADMIN.email);

    await record(s1, [
      lot(S1, { partNumber: HYPERLINK, lotNumber: 'K-1', stage: 'SELF', inspectedAt: new Date(midnight + 1_800_000).toISOString(), nonconformingUnits: 3, defects: { D01: 3 } }),
      lot(S1, { partNumber: '-1+2', lotNumber: 'K-2', stage: 'MUTUAL', inspectedAt: new Date(midnight - 1_800_000).toISOString() }),
      ...[3, 4, 5, 6].map((n) => lot(S1, { lotNumber: `K-${n}`, inspectedAt: new Date(midnight - n * 86_400_000).toISOString(), nonconformingUnits: n === 5 ? 3 : 1 })),
    ]);
    await record(s2, [lot(S2, { lotNumber: 'S2-1', stage: 'SELF', inspectedAt: new Date(midnight - 3 * 86_400_000).toISOString() })]);
    await record(leaderZh, [lot(S2, { lotNumber: 'IN-1', stage: 'INCOMING', aql: null, unitsSampled: 100, nonconformingUnits: 5, decision: 'REJECT', inspectedAt: new Date(midnight - 2 * 86_400_000).toISOString() })]);
    for (let call = 0; call < 3; call++) {
      await record(s3, Array.from({ length: 1000 }, (_, i) => lot(S3, { partNumber: 'BULK', lotNumber: `B-${call}-${i}`, stage: 'SELF', inspectedAt: new Date(midnight - (1 + ((call * 1000 + i) % 20)) * 86_400_000 - (call * 1000 + i) * 1000).toISOString() })));
    }
    // The scorecards read the rollups the worker keeps.
    await eventually(async () => {
      const [{ n }] = await t.get(DataSource).query(`SELECT coalesce(sum(lots), 0)::int AS n FROM lot_day_totals WHERE chain_id = $1`, [chainId]);
      return n === 3008;
    }, 30_000);
  }, 180_000);
  afterAll(() => t.close());

  describe('who may export what', () => {
    it('asks the anonymous to sign in, as JSON, for both files', async () => {
      for (const path of [`/exports/suppliers.xlsx?chainId=${chainId}`, `/exports/lots.xlsx?chainId=${chainId}`]) {
        const res = await download(path);
        expect([res.status, res.json?.code, res.headers['content-type']]).toEqual([401, 'UNAUTHENTICATED', expect.stringContaining('application/json')]);
      }
    });

    it('refuses a coordinator the lots (the role gate), before any byte of a file', async () => {
      const res = await lots('', coordinator);
      expect([res.status, res.json?.code, res.json?.reason]).toEqual([403, 'FORBIDDEN', 'ROLE_NOT_ALLOWED']);
    });

    it('does not let the leader of another chain export this one: it does not exist for them', async () => {
      for (const path of [`/exports/suppliers.xlsx?chainId=${chainId}`, `/exports/lots.xlsx?chainId=${chainId}`]) {
        const res = await download(path, leaderB);
        expect([res.status, res.json?.code]).toEqual([404, 'NOT_FOUND']);
      }
      // Nor may a coordinator who does not watch the chain read its suppliers table.
      expect((await download(`/exports/suppliers.xlsx?chainId=${chainId}`, coordinator)).status).toBe(404);
    });

    it('gives a supplier only its own lots and its own scorecard row, and no other chain', async () => {
      const whole = await rowsOf((await lots('', s1)).bytes);
      expect(whole.rows.slice(1).map((r) => r[0])).toEqual(Array(6).fill('恒通铸造'));
      const others = await rowsOf((await lots(`&supplierEnterpriseId=${S2.enterprise.id}`, s1)).bytes);
      expect(others.rows).toHaveLength(1);
      const scorecards = await rowsOf((await download(`/exports/suppliers.xlsx?chainId=${chainId}&from=${period.from}&to=${period.to}`, s1)).bytes);
      expect(scorecards.rows.slice(1).map((r) => r[0])).toEqual(['恒通铸造']);
      expect((await download(`/exports/lots.xlsx?chainId=${chainB}`, s1)).status).toBe(404);
    });

    it('answers bad parameters with 400 naming the parameter, in the API’s error shape', async () => {
      const cases: [string, string, string][] = [
        ['/exports/lots.xlsx', 'chainId', 'REQUIRED'],
        ['/exports/lots.xlsx?chainId=abc', 'chainId', 'NOT_A_UUID'],
        [`/exports/lots.xlsx?chainId=${chainId}&stage=BOGUS`, 'stage', 'NOT_ALLOWED_VALUE'],
        [`/exports/lots.xlsx?chainId=${chainId}&supplierEnterpriseId=1`, 'supplierEnterpriseId', 'NOT_A_UUID'],
        [`/exports/lots.xlsx?chainId=${chainId}&from=2026-02-30`, 'from', 'DATE_OUT_OF_RANGE'],
        [`/exports/lots.xlsx?chainId=${chainId}&partNumber=${'P'.repeat(201)}`, 'partNumber', 'TOO_LONG'],
        [`/exports/suppliers.xlsx?chainId=${chainId}&from=2026-13-01`, 'from', 'DATE_OUT_OF_RANGE'],
        [`/exports/suppliers.xlsx?chainId=${chainId}&from=2026-03-01&to=2026-02-01`, 'to', 'DATE_RANGE_REVERSED'],
      ];
      for (const [path, field, reason] of cases) {
        const res = await download(path, leaderZh);
        expect({ path, status: res.status, code: res.json?.code, field: res.json?.field, reason: res.json?.reason }).toEqual({ path, status: 400, code: 'BAD_USER_INPUT', field, reason });
      }
    });
  });

  describe('the suppliers table', () => {
    it('holds what supplierScorecards answers, one row per supplier, Chinese headers for a zh-CN user', async () => {
      const res = await download(`/exports/suppliers.xlsx?chainId=${chainId}&from=${period.from}&to=${period.to}`, leaderZh);
      expect([res.status, res.headers['content-type'], res.headers['cache-control']]).toEqual([200, XLSX, 'no-store']);
      const lastDay = chinaDay(chinaMidnight(period.to), -1);
      expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(`供应商记分卡_Chain ${L.enterprise.id.slice(0, 6)}_${period.from}–${lastDay}.xlsx`)}`);
      const { sheet, rows } = await rowsOf(res.bytes);
      expect(rows[0].slice(0, 5)).toEqual(['供应商', '层级', '合作状态', '等级', '综合得分']);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

      const expected = (await t.gql(SCORECARDS, { c: chainId, ...period }, leaderZh)).data?.supplierScorecards as Record<string, any>[];
      expect(rows.slice(1).map((r) => r[0])).toEqual(expected.map((c) => c.supplierName));
      const header = rows[0] as string[];
      const cell = (row: unknown[], name: string) => row[header.indexOf(name)] ?? null;
      for (const [i, card] of expected.entries()) {
        const row = rows[i + 1];
        expect([cell(row, '层级'), cell(row, '合作状态'), cell(row, '等级'), cell(row, '综合得分')]).toEqual([card.tier, '正常合作', card.grade, card.score]);
        expect([cell(row, '批次合格率'), cell(row, '一次交检合格率'), cell(row, '检验批数'), cell(row, '合格批数'), cell(row, '检验数量'), cell(row, '8D 发起数')]).toEqual([
          card.lotPassRate, card.firstPassYield, card.lotsInspected, card.lotsAccepted, card.unitsInspected, card.correctiveActions.opened,
        ]);
      }
      const s1Row = expected.findIndex((c) => c.supplierName === '恒通铸造') + 1;
      expect(cell(rows[s1Row], '检验批数')).toBe(6);
      expect(sheet.getRow(s1Row + 1).getCell(header.indexOf('批次合格率') + 1).numFmt).toBe('0.0%');
      // The supplier whose name reads like a formula is that text in the file, with no formula anywhere.
      expect(rows.slice(1).map((r) => r[0])).toContain(`${HYPERLINK} Mesh`);
      expect(await sheetXml(res.bytes)).not.toMatch(/<f[\s>]/);
    });

    it('speaks English to an en user and covers the current China month when no days are given', async () => {
      const month = chinaMonthOf(new Date());
      const res = await download(`/exports/suppliers.xlsx?chainId=${chainId}`, leaderEn);
      expect(decodeURIComponent(res.headers['content-disposition'])).toContain(`Supplier scorecards_Chain ${L.enterprise.id.slice(0, 6)}_${month.from}–${chinaDay(chinaMidnight(month.to), -1)}.xlsx`);
      const { rows } = await rowsOf(res.bytes);
      expect(rows[0].slice(0, 5)).toEqual(['Supplier', 'Tier', 'Status', 'Grade', 'Score']);
      const expected = (await t.gql(SCORECARDS, { c: chainId, ...month }, leaderEn)).data?.supplierScorecards as Record<string, any>[];
      const lotsColumn = (rows[0] as string[]).indexOf('Lots inspected');
      expect(rows.slice(1).map((r) => [r[0], r[2], r[lotsColumn]])).toEqual(expected.map((c) => [c.supplierName, 'Active', c.lotsInspected]));
    });
  });

  describe('the lots', () => {
    it('lists every lot of the chain for its leader, newest first, with the known lot’s values in China time', async () => {
      const res = await lots('', leaderZh);
      expect(decodeURIComponent(res.headers['content-disposition'])).toBe(`attachment; filename*=UTF-8''检验批_Chain ${L.enterprise.id.slice(0, 6)}_${chinaDay(new Date())}.xlsx`);
      const { sheet, rows } = await rowsOf(res.bytes);
      expect(rows[0]).toEqual(['供应商', '供应商统一社会信用代码', '零件号', '批次号', '批量', '检验阶段', '检验时间', '交验次数', '检验水平', 'AQL', '检验严格度', '接收数（Ac）', '样本量', '不合格品数', '判定', '缺陷']);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(rows).toHaveLength(1 + 3008);
      const shown = rows.slice(1).map((r) => (r[6] as Date).getTime());
      expect(shown).toEqual([...shown].sort((a, b) => b - a));

      const k1 = rows.find((r) => r[3] === 'K-1')!;
      const uscc = (await t.get(DataSource).query('SELECT uscc FROM organisations WHERE id = $1', [S1.enterprise.id]))[0].uscc;
      // Inspected at 00:30 in China on `day` (16:30 UTC the day before): the file shows the China time.
      expect(k1).toEqual(['恒通铸造', uscc, HYPERLINK, 'K-1', 1000, '自检', new Date(`${day}T00:30:00Z`), 1, 'II', '1.0', '正常', 2, 80, 3, '不合格', 'D01:3']);
      expect(sheet.getRow(rows.indexOf(k1) + 1).getCell(7).numFmt).toBe('yyyy-mm-dd hh:mm');
      const incoming = rows.find((r) => r[3] === 'IN-1')!;
      expect([incoming[0], incoming[5], incoming[9], incoming[14]]).toEqual([`${HYPERLINK} Mesh`, '进货检验', null, '不合格']);
    });

    it('writes formula-like text as that exact text, never as a formula', async () => {
      const res = await lots(`&supplierEnterpriseId=${S1.enterprise.id}`, leaderZh);
      const { sheet, rows } = await rowsOf(res.bytes);
      for (const text of [HYPERLINK, '-1+2']) {
        const at = rows.findIndex((r) => r[2] === text);
        const cell = sheet.getRow(at + 1).getCell(3);
        expect([cell.value, cell.type, cell.formula, cell.numFmt]).toEqual([text, ExcelJS.ValueType.String, undefined, '@']);
      }
      const xml = await sheetXml(res.bytes);
      expect(xml).not.toMatch(/<f[\s>]/);
      expect(xml).toContain('<v>-1+2</v>');
    });

    it('applies the filters as the inspectionLots query does: stage, decision, part, and China days', async () => {
      const lotNumbers = async (query: string) => (await rowsOf((await lots(query, leaderEn)).bytes)).rows.slice(1).map((r) => r[3]);
      expect(await lotNumbers('&stage=INCOMING')).toEqual(['IN-1']);
      expect((await lotNumbers(`&decision=REJECT&supplierEnterpriseId=${S1.enterprise.id}`)).sort()).toEqual(['K-1', 'K-5']);
      expect(await lotNumbers(`&partNumber=${encodeURIComponent('-1+2')}`)).toEqual(['K-2']);
      // K-1 is on `day` in China, K-2 half an hour earlier, on the day before; `to` leaves its day out.
      expect(await lotNumbers(`&supplierEnterpriseId=${S1.enterprise.id}&from=${day}`)).toEqual(['K-1']);
      expect(await lotNumbers(`&supplierEnterpriseId=${S1.enterprise.id}&from=${chinaDay(new Date(midnight), -1)}&to=${day}`)).toEqual(['K-2']);
      // Instants as the query takes them, and empty parameters as if left out.
      const instants = `&from=${new Date(midnight - 1_800_000).toISOString()}&to=${new Date(midnight + 1_800_001).toISOString()}`;
      expect((await lotNumbers(`${instants}&stage=&decision=&partNumber=`)).sort()).toEqual(['K-1', 'K-2']);
      const english = await rowsOf((await lots('&stage=INCOMING', leaderEn)).bytes);
      expect([english.rows[0][0], english.rows[0][6], english.rows[1][5], english.rows[1][14]]).toEqual(['Supplier', 'Inspected at', 'Incoming inspection', 'Rejected']);
    });

    it('streams 3,000 lots chunked, without a length, and all of them arrive', async () => {
      const res = await lots(`&supplierEnterpriseId=${S3.enterprise.id}`, leaderViewer);
      expect([res.status, res.headers['content-length'], res.headers['transfer-encoding']]).toEqual([200, undefined, 'chunked']);
      const { rows } = await rowsOf(res.bytes);
      expect(rows).toHaveLength(3001);
      expect(new Set(rows.slice(1).map((r) => r[3])).size).toBe(3000);
      const oldest = (await t.get(DataSource).query('SELECT lot_number FROM inspection_lots WHERE supplier_enterprise_id = $1 ORDER BY inspected_at, id LIMIT 1', [S3.enterprise.id]))[0].lot_number;
      expect(rows[3000][3]).toBe(oldest);
    });
  });
});
