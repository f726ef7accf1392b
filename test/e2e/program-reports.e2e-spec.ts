import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { chinaDay } from '@chainq/core';
import { DEMO_PASSWORD, DemoSeeder } from '@chainq/demo';
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
  let xuzhou: string, hebei: string, supplier: string;
  const year = Number(chinaDay().slice(0, 4));
  const xuzhouRegion = { kind: 'REGION', id: '320300' };

  beforeAll(async () => {
    t = await demoApp('chainq_reports', { worker: true });
    await t.get(DemoSeeder).seed();
    await t.settled(60_000);
    [xuzhou, hebei, supplier] = await Promise.all(['coordinator@xuzhou-amr.example', 'coordinator@hebei-amr.example', 'owner@hengtong-castings.example'].map((e) => t.login(e, DEMO_PASSWORD)));
  }, 300_000);
  afterAll(() => t.close());

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
    return { status: res.status, body: res.body as Buffer };
  };

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
});
