import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { chinaDay } from '@chainq/core';
import { DEMO_ADMIN, DEMO_PASSWORD, DemoSeeder } from '@chainq/demo';
import { expectNothingWritten } from '../support/operation-walk';
import { demoApp } from '../support/demo-app';
import { eventually, TestApp } from '../support/test-app';

const REQUEST = 'mutation($s: OutcomeScopeInput!, $y: Int!) { requestProgramReport(scope: $s, year: $y) { id status progress scopeName requesterName } }';
const REPORT = 'query($id: ID!) { programReport(id: $id) { id status progress error content files { kind url } } }';
const REPORTS = '{ programReports { id scopeName year status } }';
const OUTCOMES = 'query($y: Int!) { programOutcomes(scope: { kind: REGION, id: "320300" }, year: $y) { current { enterprisesCovered lotPassRate firstPassYield } previous { lotPassRate } } }';

/** The annual report of a region: asked for, built by the worker with progress, kept, and seen only by those who watch the region. */
describe('programme reports', () => {
  let t: TestApp;
  let xuzhou: string, hebei: string, supplier: string, admin: string;
  const year = Number(chinaDay().slice(0, 4));
  const xuzhouRegion = { kind: 'REGION', id: '320300' };
  const country = { kind: 'COUNTRY', id: 'CN' };

  beforeAll(async () => {
    t = await demoApp('chainq_reports', { worker: true });
    await t.get(DemoSeeder).seed();
    await t.settled(60_000);
    [xuzhou, hebei, supplier, admin] = await Promise.all(['coordinator@xuzhou-amr.example', 'coordinator@hebei-amr.example', 'owner@hengtong-castings.example', DEMO_ADMIN.email].map((e) => t.login(e, DEMO_PASSWORD)));
  }, 300_000);
  afterAll(() => t.close());

  const finished = (id: string, token: string) =>
    eventually(async () => {
      const r = (await t.gql(REPORT, { id }, token)).data?.programReport;
      return r?.status === 'DONE' && r;
    }, 60_000);

  const download = async (url: string, token: string) => {
    const res = await t.http
      .get(url)
      .set('authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return { status: res.status, body: res.body as Buffer, disposition: String(res.headers['content-disposition'] ?? '') };
  };

  it("refuses the whole country's report to coordinators and a supplier, and any id but CN, with nothing written", async () => {
    for (const token of [xuzhou, hebei, supplier]) {
      await expectNothingWritten(t.get(DataSource), async () => {
        expect((await t.gql(REQUEST, { s: country, y: year }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      });
    }
    await expectNothingWritten(t.get(DataSource), async () => {
      expect((await t.gql(REQUEST, { s: { kind: 'COUNTRY', id: '100000' }, y: year }, admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.id', reason: 'COUNTRY_ID_INVALID' });
    });
  });

  it("refuses a region the coordinator does not watch and a supplier, with nothing written", async () => {
    for (const token of [hebei, supplier]) {
      await expectNothingWritten(t.get(DataSource), async () => {
        expect((await t.gql(REQUEST, { s: xuzhouRegion, y: year }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      });
    }
    await expectNothingWritten(t.get(DataSource), async () => {
      expect((await t.gql(REQUEST, { s: xuzhouRegion, y: 1999 }, xuzhou)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    });
  });

  it("builds Xuzhou's report in the worker: the figures of programOutcomes, its counties ranked, and a spreadsheet in Chinese that only Xuzhou's coordinator reads", async () => {
    const asked = await t.gql(REQUEST, { s: xuzhouRegion, y: year }, xuzhou);
    expect(asked.data?.requestProgramReport).toMatchObject({ status: 'QUEUED', progress: 0, scopeName: '徐州市', requesterName: 'Sun Hao (coordinator)' });
    const id = asked.data!.requestProgramReport.id as string;
    const done = await eventually(async () => {
      const r = (await t.gql(REPORT, { id }, xuzhou)).data?.programReport;
      return r?.status === 'DONE' && r;
    }, 60_000);
    expect(done.progress).toBe(100);
    expect(done.files).toEqual([{ kind: 'XLSX', url: `/exports/program-reports/${id}.xlsx` }]);
    const outcomes = (await t.gql(OUTCOMES, { y: year }, xuzhou)).data!.programOutcomes;
    expect(done.content.outcomes.current).toMatchObject(outcomes.current);
    expect(done.content.outcomes.previous.lotPassRate).toBe(outcomes.previous.lotPassRate);
    // Xuzhou's counties and districts, the castings shop's Pizhou among them, ranked by this year's lot pass rate.
    const pizhou = done.content.areas.find((a: { name: string }) => a.name === '邳州市');
    expect(pizhou.current.enterprisesCovered).toBeGreaterThan(0);
    const rates = done.content.areas.map((a: { current: { lotPassRate: number | null } }) => a.current.lotPassRate ?? -1);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(done.content.clusters.map((c: { name: string }) => c.name)).toEqual(['Pizhou precision castings cluster']);
    expect(done.content.target).toMatchObject({ lotPassRate: 0.98 });

    const file = await download(done.files[0].url, xuzhou);
    expect(file.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '地区', '产业集群', '产业链', '共性问题', '企业']);
    const summary = book.getWorksheet('汇总')!;
    const row = (label: string) => summary.getRows(2, summary.rowCount - 1)!.find((r) => r.getCell(1).value === label)!;
    expect(row('覆盖企业数').getCell(2).value).toBe(outcomes.current.enterprisesCovered);
    expect(row('批次合格率（%）').getCell(2).value).toBeCloseTo(outcomes.current.lotPassRate * 100, 9);
    const enterprises = book.getWorksheet('企业')!;
    const castings = enterprises.getRows(2, enterprises.rowCount - 1)!.find((r) => r.getCell(1).value === 'Pizhou Hengtong Precision Castings Co., Ltd.')!;
    expect(castings.getCell(2).value).toMatch(/^91320382MA1HT002.{2}$/);
    // Size class in words, as the web app names it.
    expect(['大型', '中型', '小型', '微型']).toContain(castings.getCell(4).value);

    // Hebei's coordinator neither reads it, nor downloads it, nor sees it listed; Xuzhou's does.
    expect((await t.gql(REPORT, { id }, hebei)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await download(done.files[0].url, hebei)).status).toBe(404);
    expect((await t.gql(REPORTS, {}, hebei)).data?.programReports).toEqual([]);
    expect((await t.gql(REPORTS, {}, xuzhou)).data?.programReports).toEqual([{ id, scopeName: '徐州市', year, status: 'DONE' }]);
  });

  it("names the regions a coordinator watches, for it to choose a report's scope", async () => {
    const regions = async (token: string) => (await t.gql('{ myCoordinatorAssignment { regions { code name } } }', {}, token)).data?.myCoordinatorAssignment.regions;
    expect(await regions(xuzhou)).toEqual([{ code: '320300', name: '徐州市' }]);
    expect(await regions(hebei)).toEqual([{ code: '130000', name: '河北省' }]);
  });

  it("builds the whole country's report for a platform admin: its figures, its provinces ranked, named 全国, and seen by no coordinator", async () => {
    const asked = await t.gql(REQUEST, { s: country, y: year }, admin);
    expect(asked.data?.requestProgramReport).toMatchObject({ status: 'QUEUED', scopeName: '全国' });
    const id = asked.data!.requestProgramReport.id as string;
    const done = await finished(id, admin);
    const outcomes = (await t.gql('query($y: Int!) { programOutcomes(scope: { kind: COUNTRY, id: "CN" }, year: $y) { name current { enterprisesCovered lotsInspected lotPassRate } } }', { y: year }, admin)).data!.programOutcomes;
    expect(done.content.outcomes).toMatchObject({ name: '全国', current: outcomes.current });
    // The demo's enterprises are in Hebei and Jiangsu: the ranking is of those provinces, each with its own figures.
    const areas = done.content.areas as { kind: string; id: string; name: string; current: { enterprisesCovered: number; lotsInspected: number } }[];
    expect(areas.map((a) => [a.kind, a.id, a.name]).sort()).toEqual([['REGION', '130000', '河北省'], ['REGION', '320000', '江苏省']]);
    expect(areas.reduce((n, a) => n + a.current.enterprisesCovered, 0)).toBe(outcomes.current.enterprisesCovered);
    expect(areas.reduce((n, a) => n + a.current.lotsInspected, 0)).toBe(outcomes.current.lotsInspected);
    expect(done.content.clusters.map((c: { name: string }) => c.name).sort()).toEqual(['Anping wire mesh cluster', 'Pizhou precision castings cluster']);
    expect(done.content.target).toBeNull();

    const file = await download(done.files[0].url, admin);
    expect(file.status).toBe(200);
    expect(decodeURIComponent(file.disposition)).toContain(`全国${year}年度工作报告.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(book.title).toBe(`全国${year}年度工作报告`);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '地区', '产业集群', '产业链', '共性问题', '企业']);
    const regions = book.getWorksheet('地区')!;
    expect(regions.getRow(1).getCell(1).value).toBe('名称');
    const provinceRows = regions.getRows(2, regions.rowCount - 1)!;
    expect(provinceRows.map((r) => r.getCell(1).value).sort()).toEqual(['河北省', '江苏省'].sort());
    expect(provinceRows.reduce((n, r) => n + (r.getCell(2).value as number), 0)).toBe(outcomes.current.enterprisesCovered);
    const summary = book.getWorksheet('汇总')!;
    expect(summary.getRows(2, summary.rowCount - 1)!.find((r) => r.getCell(1).value === '检验批数')!.getCell(2).value).toBe(outcomes.current.lotsInspected);
    expect(book.getWorksheet('企业')!.rowCount - 1).toBe(outcomes.current.enterprisesCovered);

    // Coordinators, even one over a whole province, neither read it, nor download it, nor see it listed.
    for (const token of [xuzhou, hebei]) {
      expect((await t.gql(REPORT, { id }, token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await download(done.files[0].url, token)).status).toBe(404);
      expect((await t.gql(REPORTS, {}, token)).data?.programReports.map((r: { id: string }) => r.id)).not.toContain(id);
    }
    expect((await t.gql(REPORTS, {}, admin)).data?.programReports).toContainEqual({ id, scopeName: '全国', year, status: 'DONE' });
  });

  it("names the whole country in English, and writes the spreadsheet in English, for a platform admin who reads English", async () => {
    const LANGUAGE = 'mutation($l: Language!) { setMyLanguage(language: $l) { id } }';
    expect((await t.gql(LANGUAGE, { l: 'EN' }, admin)).errors).toBeUndefined();
    try {
      const asked = await t.gql(REQUEST, { s: country, y: year - 1 }, admin);
      expect(asked.data?.requestProgramReport).toMatchObject({ scopeName: 'Whole country' });
      const done = await finished(asked.data!.requestProgramReport.id, admin);
      const file = await download(done.files[0].url, admin);
      expect(decodeURIComponent(file.disposition)).toContain(`Whole country programme report ${year - 1}.xlsx`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.body as unknown as ArrayBuffer);
      expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Regions', 'Clusters', 'Chains', 'Common problems', 'Enterprises']);
      const regions = book.getWorksheet('Regions')!;
      expect(regions.getRows(2, regions.rowCount - 1)!.map((r) => r.getCell(1).value).sort()).toEqual(['河北省', '江苏省'].sort());
    } finally {
      await t.gql(LANGUAGE, { l: 'ZH_CN' }, admin);
    }
  });
});
