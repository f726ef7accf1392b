import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { OrganisationService, Role } from '@chainq/identity';
import { chinaDay, FileStorage, JobName, OutboxService } from '@chainq/core';
import { ImportStatus, InspectionImportService, MAX_REQUEUES } from '@chainq/inspection';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { eventually, TestApp } from '../support/test-app';
import { templateCsv } from '../../apps/web/src/pages/supplier/quality/lot-labels';

const IMPORT = `query($id: ID!) { inspectionImport(id: $id) {
  id status fileName format rowsRead rowsInserted rowsDuplicate rowsInvalid error errorReportUrl errors(first: 20) { row field message } } }`;
const HEADER = 'part_number,lot_number,lot_size,stage,inspected_at,aql,units_sampled,nonconforming_units,defects';

describe('inspection lots from CSV and XLSX files', () => {
  let t: TestApp;
  let L: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise, outsider: TestEnterprise;
  let leader: string, s1: string, s2: string, stranger: string;
  let chainId: string;

  const upload = (token: string, body: Buffer | string, name: string, chain = chainId) =>
    t.http.post(`/inspection-imports?chainId=${chain}`).set('authorization', `Bearer ${token}`).attach('file', Buffer.from(body), name);
  const finished = (id: string, token: string) =>
    eventually(async () => {
      const found = (await t.gql(IMPORT, { id }, token)).data?.inspectionImport;
      return found && [ImportStatus.DONE, ImportStatus.FAILED].includes(found.status) ? found : undefined;
    });
  const importFile = async (token: string, body: Buffer | string, name: string) => {
    const res = await upload(token, body, name);
    expect(res.status).toBe(202);
    return finished(res.body.id, token);
  };
  const usccOf = (e: TestEnterprise) => e.enterprise.organisation!.uscc!;
  const lotCount = async (where: string, params: unknown[]) => (await t.get(DataSource).query(`SELECT count(*)::int AS n FROM inspection_lots WHERE ${where}`, params))[0].n as number;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true, env: { IMPORT_MAX_BYTES: String(1024 * 1024) } });
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '131125' });
    S2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    outsider = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    chainId = (await chainLedBy(t, L)).id;
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    await onboardSupplier(t, chainId, leader, S1);
    await onboardSupplier(t, chainId, leader, S2);
    for (const e of [S1, S2]) e.enterprise.organisation = (await t.get(OrganisationService).findById(e.enterprise.id))!;
    [s1, s2, stranger] = await Promise.all([S1, S2, outsider].map((s) => t.login(s.users.ENTERPRISE_ADMIN.email)));
  });
  afterAll(() => t.close());

  describe('who may import and read', () => {
    it('refuses an enterprise outside the chain before reading the file, and anonymous callers', async () => {
      const res = await upload(stranger, `${HEADER}\n`, 'lots.csv');
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
      const anonymous = await t.http.post(`/inspection-imports?chainId=${chainId}`).attach('file', Buffer.from(HEADER), 'lots.csv');
      expect(anonymous.status).toBe(401);
      expect(await t.get(DataSource).query('SELECT 1 FROM inspection_imports WHERE organisation_id = $1', [outsider.enterprise.id])).toEqual([]);
    });

    it("keeps an import, its errors and its report to the uploader's enterprise", async () => {
      const done = await importFile(s1, `${HEADER}\nP-1,X-1,500,SELF,2026-03-01,9.9,50,0,\n`, 'mine.csv');
      expect((await t.gql(IMPORT, { id: done.id }, s2)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(IMPORT, { id: done.id }, leader)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.http.get(done.errorReportUrl).set('authorization', `Bearer ${s2}`)).status).toBe(404);
      expect((await t.http.get(done.errorReportUrl).set('authorization', `Bearer ${s1}`)).status).toBe(200);
    });

    it("does not let a supplier record lots under another supplier's USCC", async () => {
      const csv = `supplier_uscc,${HEADER}\n${usccOf(S2)},P-1,Y-1,500,SELF,2026-03-01,1.0,50,0,\n`;
      const done = await importFile(s1, csv, 'theirs.csv');
      expect(done).toMatchObject({ status: 'DONE', rowsInserted: 0, rowsInvalid: 1 });
      expect(done.errors).toEqual([{ row: 2, field: 'supplier_uscc', message: `${usccOf(S2)} is not a supplier of this chain that you may record for` }]);
      expect(await lotCount('lot_number = $1', ['Y-1'])).toBe(0);
    });
  });

  describe('files refused as a whole', () => {
    it('names the file rule for a wrong type, binary content, an empty file and an oversized one', async () => {
      const refused = async (body: Buffer | string, name: string) => {
        const res = await upload(s1, body, name);
        expect(res.status).toBe(400);
        return res.body.message as string;
      };
      expect(await refused('a,b\n', 'lots.txt')).toMatch(/\.csv \(UTF-8\) or \.xlsx/);
      expect(await refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'lots.csv')).toMatch(/not text/);
      expect(await refused('plain text', 'lots.xlsx')).toMatch(/not an Excel workbook/);
      expect(await refused('', 'lots.csv')).toMatch(/empty/);
      expect(await refused(`${HEADER}\n${'P-1,Z,500,SELF,2026-03-01,1.0,50,0,\n'.repeat(40_000)}`, 'big.csv')).toMatch(/larger than 1 MB/);
      expect(await t.get(DataSource).query(`SELECT 1 FROM inspection_imports WHERE file_name IN ('lots.txt', 'big.csv')`)).toEqual([]);
    });

    it('fails an import with unknown or missing columns, or text that is not UTF-8, writing nothing', async () => {
      const unknown = await importFile(s1, 'part_number,lot_number,colour\nP,1,red\n', 'cols.csv');
      expect(unknown).toMatchObject({ status: 'FAILED', rowsInserted: 0, error: expect.stringContaining('unknown column "colour"') });
      const missing = await importFile(s1, 'part_number,lot_number\nP,1\n', 'few.csv');
      expect(missing.error).toMatch(/missing columns lot_size, stage, inspected_at, units_sampled, nonconforming_units/);
      // "批次号" in GBK, as older Excel versions save CSV in China.
      const gbk = Buffer.concat([Buffer.from('part_number,'), Buffer.from([0xc5, 0xfa, 0xb4, 0xce, 0xba, 0xc5]), Buffer.from('\n')]);
      expect(await importFile(s1, gbk, 'gbk.csv')).toMatchObject({ status: 'FAILED', error: expect.stringContaining('not UTF-8') });
    });
  });

  describe('rows', () => {
    it("takes the web app's template in either language: the same example lot, read the same way", async () => {
      const english = await importFile(s2, Buffer.from(await templateCsv('en').arrayBuffer()), 'template-en.csv');
      expect(english).toMatchObject({ status: 'DONE', rowsRead: 1, rowsInserted: 1, rowsInvalid: 0 });
      // The Chinese template names the same lot in Chinese headers and values (专检, 正常): a duplicate, not a second lot.
      const chinese = await importFile(s2, Buffer.from(await templateCsv('zh-CN').arrayBuffer()), '导入模板.csv');
      expect(chinese).toMatchObject({ status: 'DONE', rowsRead: 1, rowsInserted: 0, rowsDuplicate: 1, rowsInvalid: 0 });
      expect(await lotCount('lot_number = $1 AND supplier_enterprise_id = $2', ['HSG-220-2612-01', S2.enterprise.id])).toBe(1);
    });

    it('lands the valid rows, reports each invalid one by line and column, and feeds the rollups', async () => {
      const csv = [
        HEADER,
        'P-7,A-1,1000,SPECIAL,2026-08-03 09:15,1.0,80,1,D01:1',
        'P-7,A-2,1000,SPECIAL,2026-08-03T23:30:00+08:00,1.0,80,3,D01:2;D02:1',
        '"P-7",A-3,1000,自检,2026/8/4,1.0,80,0,',
        'P-7,A-4,10,SPECIAL,2026-08-04,1.0,80,0,',
        'P-7,A-5,1000,SPECIAL,2026-08-04,1.0,80,81,',
        'P-7,A-6,1000,SPECIAL,2099-01-01,1.0,80,0,',
        'P-7,A-7,1000,SPECIAL,2026-08-04,3.3,80,0,',
        'P-7,A-8,1000,SPECIAL,yesterday,1.0,eighty,0,D01',
      ].join('\r\n');
      const done = await importFile(s1, csv, '八月.csv');
      expect(done).toMatchObject({ status: 'DONE', fileName: '八月.csv', format: 'CSV', rowsRead: 8, rowsInserted: 3, rowsDuplicate: 0, rowsInvalid: 5, error: null });
      const fields = done.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`);
      expect(fields).toEqual(['5:units_sampled', '6:nonconforming_units', '7:inspected_at', '8:aql', '9:defects', '9:inspected_at', '9:units_sampled']);

      const lots: { lot_number: string; decision: string; inspected_day: string; stage: string; defects: Record<string, number> }[] = await t
        .get(DataSource)
        .query(`SELECT lot_number, decision, to_char(inspected_day, 'YYYY-MM-DD') AS inspected_day, stage, defects FROM inspection_lots WHERE chain_id = $1 AND lot_number LIKE 'A-%' ORDER BY lot_number`, [chainId]);
      expect(lots).toEqual([
        { lot_number: 'A-1', decision: 'ACCEPT', inspected_day: '2026-08-03', stage: 'SPECIAL', defects: { D01: 1 } },
        { lot_number: 'A-2', decision: 'REJECT', inspected_day: '2026-08-03', stage: 'SPECIAL', defects: { D01: 2, D02: 1 } },
        { lot_number: 'A-3', decision: 'ACCEPT', inspected_day: '2026-08-04', stage: 'SELF', defects: {} },
      ]);

      const report = await t.http.get(done.errorReportUrl).set('authorization', `Bearer ${s1}`);
      expect(report.headers['content-type']).toMatch(/text\/csv/);
      const lines = report.text.replace(/^\ufeff/, '').trim().split('\n');
      expect(lines[0]).toBe('row,column,message');
      expect(lines).toHaveLength(8);
      expect(lines[1]).toBe('5,units_sampled,must be from 1 to the lot size (10)');

      // The worker brings the supplier's rollups up to date from the imported lots.
      const day = await eventually(async () => {
        const rows = await t.get(DataSource).query(
          `SELECT sum(lots)::int AS lots_inspected, sum(accepted)::int AS lots_accepted FROM lot_day_totals WHERE chain_id = $1 AND supplier_enterprise_id = $2 AND day = '2026-08-03' GROUP BY day`,
          [chainId, S1.enterprise.id],
        );
        return rows[0];
      });
      expect(day).toEqual({ lots_inspected: 2, lots_accepted: 1 });
    });

    it('counts a re-upload of the same file as duplicates, not new lots', async () => {
      const csv = `${HEADER}\nP-8,B-1,1000,SELF,2026-07-01,1.0,80,0,\nP-8,B-2,1000,SELF,2026-07-01,1.0,80,0,\n`;
      expect(await importFile(s1, csv, 'again.csv')).toMatchObject({ rowsInserted: 2, rowsDuplicate: 0 });
      expect(await importFile(s1, csv, 'again.csv')).toMatchObject({ status: 'DONE', rowsInserted: 0, rowsDuplicate: 2, rowsInvalid: 0 });
      expect(await lotCount('lot_number IN ($1, $2)', ['B-1', 'B-2'])).toBe(2);
    });

    it('adds only the new lots of a file that repeats recorded lots and repeats a lot within itself', async () => {
      const first = `${HEADER}\nP-8,D-1,1000,SELF,2026-07-02,1.0,80,0,\n`;
      expect(await importFile(s1, first, 'first.csv')).toMatchObject({ rowsInserted: 1, rowsDuplicate: 0 });
      const mixed = `${HEADER}\nP-8,D-2,1000,SELF,2026-07-02,1.0,80,0,\nP-8,D-1,1000,SELF,2026-07-02,1.0,80,0,\nP-8,D-3,1000,SELF,2026-07-02,1.0,80,1,\nP-8,D-3,1000,SELF,2026-07-02,1.0,80,1,\n`;
      expect(await importFile(s1, mixed, 'mixed.csv')).toMatchObject({ status: 'DONE', rowsRead: 4, rowsInserted: 2, rowsDuplicate: 2, rowsInvalid: 0 });
      expect(await lotCount('lot_number LIKE $1', ['D-%'])).toBe(3);
    });

    it("reads the first sheet of an XLSX workbook with Chinese headers and Excel dates, and the leader's incoming lots by USCC", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('来料');
      sheet.addRow(['统一社会信用代码', '零件号', '批次号', '批量', '检验阶段', '检验时间', '检验水平', 'AQL', '样本量', '不合格品数', '判定']);
      sheet.addRow([usccOf(S1), 'P-9', 'C-1', 1000, '进货检验', new Date(Date.UTC(2026, 5, 30, 23, 10)), 'II', '1.0', 80, 0, '合格']);
      sheet.addRow([usccOf(S2), 'P-9', 'C-2', 1000, 'INCOMING', new Date(Date.UTC(2026, 6, 1, 8, 0)), 'II', '1.0', 80, 2, '合格']);
      sheet.addRow([usccOf(S2), 'P-9', 'C-3', 40, '进货检验', new Date(Date.UTC(2026, 6, 1, 8, 0)), '', '', 40, 1, '不合格']);
      workbook.addWorksheet('notes').addRow(['ignored']);
      const done = await importFile(leader, Buffer.from(await workbook.xlsx.writeBuffer()), '来料检验.xlsx');
      expect(done).toMatchObject({ status: 'DONE', format: 'XLSX', rowsInserted: 3, rowsInvalid: 0, errors: [] });
      const lots = await t.get(DataSource).query(
        `SELECT lot_number, supplier_enterprise_id AS supplier, stage, decision, inspection_level, to_char(inspected_day, 'YYYY-MM-DD') AS day, inspected_at FROM inspection_lots WHERE lot_number LIKE 'C-%' ORDER BY lot_number`,
      );
      expect(lots.map((l: { lot_number: string; supplier: string; stage: string; decision: string; inspection_level: string | null; day: string }) => [l.lot_number, l.supplier, l.stage, l.decision, l.inspection_level, l.day])).toEqual([
        ['C-1', S1.enterprise.id, 'INCOMING', 'ACCEPT', 'II', '2026-06-30'],
        ['C-2', S2.enterprise.id, 'INCOMING', 'ACCEPT', 'II', '2026-07-01'],
        ['C-3', S2.enterprise.id, 'INCOMING', 'REJECT', null, '2026-07-01'],
      ]);
      // The sheet showed 23:10 on 30 June: China time, 15:10 UTC.
      expect(new Date(lots[0].inspected_at).toISOString()).toBe('2026-06-30T15:10:00.000Z');
      expect(chinaDay(new Date(lots[0].inspected_at))).toBe('2026-06-30');
    });

    it('rejects a decision that contradicts the plan, naming the Ac and Re', async () => {
      const csv = 'part_number,lot_number,lot_size,stage,inspected_at,aql,units_sampled,nonconforming_units,decision\nP-1,D-1,1000,SELF,2026-07-02,1.0,80,5,ACCEPT\n';
      const done = await importFile(s1, csv, 'decision.csv');
      expect(done.errors).toEqual([{ row: 2, field: 'decision', message: 'the plan gives REJECT (Ac 2, Re 3)' }]);
    });
  });

  describe('poison rows', () => {
    it('reports a lot size past the integer column, a NUL byte, a control character and year 1999 as row errors, and lands the other rows', async () => {
      const csv = [
        HEADER,
        'P-P,PZ-1,1000,SELF,2026-05-01,1.0,80,0,',
        'P-P,PZ-2,3000000000,SELF,2026-05-01,1.0,80,0,',
        'P-P,PZ-\u00003,1000,SELF,2026-05-01,1.0,80,0,',
        'P-P,PZ-4,1000,SELF,2026-05-01,1.0,80,0,D\u000701:1',
        'P-P,PZ-5,1000,SELF,1999-12-31,1.0,80,0,',
        'P-P,PZ-6,1000,SELF,2026-05-02,1.0,80,1,D01:1',
      ].join('\n');
      const done = await importFile(s1, csv, 'poison.csv');
      expect(done).toMatchObject({ status: 'DONE', rowsRead: 6, rowsInserted: 2, rowsDuplicate: 0, rowsInvalid: 4, error: null });
      expect(done.errors).toEqual([
        { row: 3, field: 'lot_size', message: 'must be a whole number from 1 to 2147483647' },
        { row: 4, field: 'lot_number', message: 'contains a control character (such as NUL or a line break)' },
        { row: 5, field: 'defects', message: 'contains a control character (such as NUL or a line break)' },
        { row: 6, field: 'inspected_at', message: 'is before 2000-01-01; check the year' },
      ]);
      const lots = await t.get(DataSource).query(`SELECT lot_number FROM inspection_lots WHERE import_id = $1 ORDER BY lot_number`, [done.id]);
      expect(lots).toEqual([{ lot_number: 'PZ-1' }, { lot_number: 'PZ-6' }]);
    });

    it('refuses XLSX error values (#DIV/0!, #N/A, #VALUE!) and formulas without a stored result in any column, never storing one as a lot number', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('lots');
      sheet.addRow(HEADER.split(','));
      sheet.addRow(['P-X', 'XE-1', 1000, 'SELF', '2026-05-03', '1.0', 80, 0, '']);
      sheet.addRow(['P-X', { error: '#DIV/0!' }, 1000, 'SELF', '2026-05-03', '1.0', 80, 0, '']);
      sheet.addRow(['P-X', 'XE-3', { error: '#N/A' }, 'SELF', '2026-05-03', '1.0', 80, 0, '']);
      sheet.addRow([{ error: '#VALUE!' }, 'XE-4', 1000, 'SELF', '2026-05-03', '1.0', 80, 0, '']);
      sheet.addRow(['P-X', { formula: 'B2&"-copy"' }, 1000, 'SELF', '2026-05-03', '1.0', 80, 0, '']);
      sheet.addRow(['P-X', 'XE-6', 1000, 'SELF', '2026-05-03', '1.0', 80, 0, '']);
      const done = await importFile(s1, Buffer.from(await workbook.xlsx.writeBuffer()), 'errors.xlsx');
      expect(done).toMatchObject({ status: 'DONE', rowsRead: 6, rowsInserted: 2, rowsInvalid: 4 });
      expect(done.errors).toEqual([
        { row: 3, field: 'lot_number', message: 'is the spreadsheet error #DIV/0!, not a value; correct the formula or the cell' },
        { row: 4, field: 'lot_size', message: 'is the spreadsheet error #N/A, not a value; correct the formula or the cell' },
        { row: 5, field: 'part_number', message: 'is the spreadsheet error #VALUE!, not a value; correct the formula or the cell' },
        { row: 6, field: 'lot_number', message: 'is a formula whose result the workbook does not store; open and save it in Excel, or paste the values' },
      ]);
      expect(await lotCount(`lot_number LIKE '#%' OR part_number LIKE '#%' OR lot_number LIKE '%object%'`, [])).toBe(0);
      expect(await lotCount('import_id = $1', [done.id])).toBe(2);
    });

    it('splits a batch the database refuses down to the refused rows, reports them and writes the rest', async () => {
      const ds = t.get(DataSource);
      // A rule no validation knows of stands in for any value the database refuses.
      await ds.query(`ALTER TABLE inspection_lots ADD CONSTRAINT test_poison_lot CHECK (lot_number NOT LIKE 'POISON%') NOT VALID`);
      try {
        const rows = Array.from({ length: 40 }, (_, i) => `P-B,${i === 7 || i === 29 ? 'POISON' : 'BS'}-${i},1000,SELF,2026-05-04,1.0,80,0,`);
        const done = await importFile(s1, `${HEADER}\n${rows.join('\n')}\n`, 'bisect.csv');
        expect(done).toMatchObject({ status: 'DONE', rowsRead: 40, rowsInserted: 38, rowsDuplicate: 0, rowsInvalid: 2 });
        expect(done.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
          [9, 'row'],
          [31, 'row'],
        ]);
        expect(done.errors[0].message).toMatch(/^could not be stored: .*test_poison_lot/);
        expect(await lotCount('import_id = $1', [done.id])).toBe(38);
      } finally {
        await ds.query('ALTER TABLE inspection_lots DROP CONSTRAINT test_poison_lot');
      }
    });
  });

  const notice = async (importId: string) =>
    eventually(async () => (await t.get(DataSource).query(`SELECT recipient_user_id, title, body FROM notifications WHERE dedupe_key = $1`, [`inspection-import:${importId}`]))[0]);

  describe('imports that cannot finish', () => {

    it('marks an import FAILED with the reason and tells the uploader when its job fails on every attempt', async () => {
      const ds = t.get(DataSource);
      // Not a data error: the batch is not split, the job fails and the queue retries it (5 attempts, backoff 1+2+4+8 s).
      await ds.query(`CREATE FUNCTION test_refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.lot_number LIKE 'BOOM%' THEN RAISE EXCEPTION 'lot store unavailable'; END IF; RETURN NEW; END $$`);
      await ds.query(`CREATE TRIGGER test_refuse_boom BEFORE INSERT ON inspection_lots FOR EACH ROW EXECUTE FUNCTION test_refuse_boom()`);
      try {
        const res = await upload(s1, `${HEADER}\nP-F,BOOM-1,1000,SELF,2026-05-05,1.0,80,0,\n`, 'boom.csv');
        expect(res.status).toBe(202);
        const failed = await eventually(async () => {
          const found = (await t.gql(IMPORT, { id: res.body.id }, s1)).data?.inspectionImport;
          return found?.status === 'FAILED' ? found : undefined;
        }, 40_000);
        expect(failed).toMatchObject({ status: 'FAILED', rowsInserted: 0, error: expect.stringContaining('lot store unavailable') });
        expect(await notice(res.body.id)).toEqual({ recipient_user_id: S1.users.ENTERPRISE_ADMIN.id, title: 'Import of boom.csv stopped', body: expect.stringContaining('lot store unavailable') });
      } finally {
        await ds.query('DROP TRIGGER test_refuse_boom ON inspection_lots');
        await ds.query('DROP FUNCTION test_refuse_boom()');
      }
    }, 60_000);

    it('marks an import FAILED at once when its stored file is gone, and tells the uploader', async () => {
      const done = await importFile(s1, `${HEADER}\nP-G,GONE-1,1000,SELF,2026-05-05,1.0,80,0,\n`, 'gone.csv');
      const ds = t.get(DataSource);
      expect((await notice(done.id)).title).toBe('Import of gone.csv finished');
      // What the web app translates and links from.
      const [finishedNotice] = await ds.query(`SELECT kind, params, link_type, link_id FROM notifications WHERE dedupe_key = $1`, [`inspection-import:${done.id}`]);
      expect(finishedNotice).toEqual({
        kind: 'INSPECTION_IMPORT_FINISHED',
        params: { fileName: 'gone.csv', inserted: 1, duplicates: 0, invalid: 0 },
        link_type: 'INSPECTION_IMPORT',
        link_id: done.id,
      });
      await ds.query(`DELETE FROM notifications WHERE dedupe_key = $1`, [`inspection-import:${done.id}`]);
      const [{ storage_key: key }] = await ds.query('SELECT storage_key FROM inspection_imports WHERE id = $1', [done.id]);
      await t.app.get(FileStorage).delete(key);
      await ds.query(`UPDATE inspection_imports SET status = 'QUEUED', rows_read = 0, finished_at = NULL WHERE id = $1`, [done.id]);
      await ds.transaction((m) => t.get(OutboxService).record(m, JobName.ImportInspectionLots, { importId: done.id }));
      const failed = await finished(done.id, s1);
      expect(failed).toMatchObject({ status: 'FAILED', error: 'file: can no longer be read from storage' });
      expect((await notice(done.id)).title).toBe('Import of gone.csv stopped');
      const [stoppedNotice] = await ds.query(`SELECT kind, params FROM notifications WHERE dedupe_key = $1`, [`inspection-import:${done.id}`]);
      expect(stoppedNotice).toEqual({ kind: 'INSPECTION_IMPORT_FAILED', params: { fileName: 'gone.csv', error: 'file: can no longer be read from storage', inserted: 1, duplicates: 0, invalid: 0 } });
    });
  });

  describe('an import left RUNNING by a worker that died', () => {
    const ds = () => t.get(DataSource);
    const requeueStale = () => ds().transaction((m) => t.get(OutboxService).record(m, JobName.RequeueStaleImports, {}));
    /** The state a worker killed after the first batch leaves: 5,000 lots and their progress committed, its run id and an old heartbeat. */
    const leftRunning = async (name: string, heartbeatAge: string) => {
      const rows = Array.from({ length: 12_000 }, (_, i) => `P-R,${name}-${i},1000,SELF,2026-05-${String(1 + (i % 28)).padStart(2, '0')},1.0,80,${i % 4},`);
      const done = await importFile(s1, `${HEADER}\n${rows.join('\n')}\n`, `${name}.csv`);
      expect(done).toMatchObject({ status: 'DONE', rowsRead: 12_000, rowsInserted: 12_000 });
      // A worker killed mid-file has told nobody yet: the finished file's notice (delivered by the worker) is taken back.
      expect((await notice(done.id)).title).toBe(`Import of ${name}.csv finished`);
      await ds().query(`DELETE FROM notifications WHERE dedupe_key = $1`, [`inspection-import:${done.id}`]);
      await ds().query(`DELETE FROM inspection_lots WHERE import_id = $1 AND split_part(lot_number, '-', 2)::int >= 5000`, [done.id]);
      await ds().query(
        `UPDATE inspection_imports SET status = 'RUNNING', rows_read = 5000, rows_inserted = 5000, finished_at = NULL, run_id = gen_random_uuid(), heartbeat_at = now() - $2::interval WHERE id = $1`,
        [done.id, heartbeatAge],
      );
      return done.id as string;
    };

    it('leaves alone an import whose run still beats, even when asked to run it', async () => {
      const id = await leftRunning('LIVE', '5 seconds');
      await requeueStale();
      expect(await t.get(InspectionImportService).run(id)).toMatchObject({ status: 'RUNNING', rowsRead: 5000, rowsInserted: 5000 });
      await new Promise((r) => setTimeout(r, 500));
      expect(await lotCount('import_id = $1', [id])).toBe(5000);
      expect((await t.gql(IMPORT, { id }, s1)).data?.inspectionImport).toMatchObject({ status: 'RUNNING', rowsRead: 5000 });
      await ds().query(`UPDATE inspection_imports SET status = 'FAILED' WHERE id = $1`, [id]); // out of the way of the next test
    });

    it('queues it again once its heartbeat is stale; it resumes after the last committed batch and finishes with each lot once', async () => {
      const id = await leftRunning('STALE', '1 hour');
      await requeueStale();
      const resumed = await finished(id, s1);
      expect(resumed).toMatchObject({ status: 'DONE', rowsRead: 12_000, rowsInserted: 12_000, rowsDuplicate: 0, rowsInvalid: 0 });
      expect(await lotCount('import_id = $1', [id])).toBe(12_000);
      expect(await ds().query(`SELECT count(DISTINCT lot_number)::int AS n FROM inspection_lots WHERE lot_number LIKE 'STALE-%'`)).toEqual([{ n: 12_000 }]);
      // A finished import run again changes nothing.
      expect(await t.get(InspectionImportService).run(id)).toMatchObject({ status: 'DONE', rowsInserted: 12_000, rowsDuplicate: 0 });
    }, 60_000);

    it('fails it with the reason, and tells the uploader, once its worker has died too many times', async () => {
      const id = await leftRunning('DOOMED', '1 hour');
      await ds().query(`UPDATE inspection_imports SET requeues = $2 WHERE id = $1`, [id, MAX_REQUEUES]);
      await requeueStale();
      const failed = await finished(id, s1);
      expect(failed).toMatchObject({ status: 'FAILED', rowsInserted: 5000, error: `import: the worker stopped ${MAX_REQUEUES + 1} times while importing this file` });
      expect(await notice(id)).toMatchObject({ title: 'Import of DOOMED.csv stopped', body: expect.stringContaining('5000 lots added') });
    }, 60_000);
  });

  it('neutralises report cells that a spreadsheet would run as formulas', async () => {
    const csv = `supplier_uscc,${HEADER}\n"=HYPERLINK(""http://evil.example"",""open"")",P-1,H-1,500,SELF,2026-03-01,1.0,50,0,\n@SUM(1),P-1,H-2,500,SELF,2026-03-01,1.0,50,0,\n`;
    const done = await importFile(s1, csv, 'formula.csv');
    expect(done).toMatchObject({ status: 'DONE', rowsInvalid: 2 });
    const report = await t.http.get(done.errorReportUrl).set('authorization', `Bearer ${s1}`);
    const lines = report.text.replace(/^\ufeff/, '').trim().split('\n');
    expect(lines.slice(1)).toEqual([
      `2,supplier_uscc,"'=HYPERLINK(""HTTP://EVIL.EXAMPLE"",""OPEN"") is not a supplier of this chain that you may record for"`,
      "3,supplier_uscc,'@SUM(1) is not a supplier of this chain that you may record for",
    ]);
  });
});
