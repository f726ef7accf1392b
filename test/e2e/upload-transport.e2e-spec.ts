import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { AddressInfo, connect, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, onboardSupplier } from '../support/registry-fixtures';
import { pdf } from '../support/standards-fixtures';
import { eventually, TestApp } from '../support/test-app';

const BOUNDARY = 'zzz';
const IDLE_TIMEOUT_MS = 400;
/** A hang fails fast instead of waiting for Node's own 5-minute request timeout. */
const TEST_MS = 15_000;
const CSV = 'part_number,lot_number,lot_size,stage,inspected_at,aql,units_sampled,nonconforming_units,defects\n';

interface RawAnswer {
  /** Undefined when the server closed the connection without answering. */
  status?: number;
  body: string;
}

/** One HTTP request written byte by byte, so a test can cut it short or stall it. */
class RawRequest {
  readonly socket: Socket;
  readonly answer: Promise<RawAnswer>;

  constructor(port: number, head: string) {
    this.socket = connect(port, '127.0.0.1');
    this.socket.on('error', () => undefined); // a reset is one of the outcomes under test
    this.answer = new Promise((resolve) => {
      const chunks: Buffer[] = [];
      this.socket.on('data', (c: Buffer) => chunks.push(c));
      this.socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
        resolve({ status: status ? Number(status) : undefined, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
      });
    });
    this.socket.write(head);
  }

  static post(port: number, url: string, token: string, contentLength: number): RawRequest {
    return new RawRequest(
      port,
      `POST ${url} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${contentLength}\r\nConnection: close\r\n\r\n`,
    );
  }
}

const partHead = (fileName: string, type: string) =>
  Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`);

/** The answer is a 400 naming `file`, or the connection closed without one. */
function expectRefusedOrClosed(answer: RawAnswer): void {
  if (answer.status === undefined) return;
  expect(answer.status).toBe(400);
  expect(JSON.parse(answer.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
}

describe('an upload cut short, abandoned or stalled', () => {
  let t: TestApp;
  let port: number;
  let token: string;
  let chainId: string;
  let uploadTmp: string;

  // Temporary upload files go to a directory of this test's own, so files left behind are ours.
  const leftovers = () => readdirSync(uploadTmp).filter((n) => n.startsWith('chainq-upload-'));

  beforeAll(async () => {
    uploadTmp = mkdtempSync(path.join(tmpdir(), 'chainq-transport-'));
    t = await TestApp.start({ env: { UPLOAD_IDLE_TIMEOUT_MS: String(IDLE_TIMEOUT_MS), UPLOAD_TMP_DIR: uploadTmp, FILE_STORAGE_DIR: path.join(uploadTmp, 'files') } });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    const L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    const S = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    chainId = (await chainLedBy(t, L)).id;
    token = await t.login(L.users.QUALITY_ENGINEER.email);
    await onboardSupplier(t, chainId, token, S);
  });
  afterAll(async () => {
    await t.close();
    rmSync(uploadTmp, { recursive: true, force: true });
  });

  const rowCount = async (table: string) => (await t.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  describe.each([
    { endpoint: '/files', url: () => '/files', table: 'documents', name: 'x.pdf', type: 'application/pdf', content: pdf('spec'), accepted: 201 },
    { endpoint: '/inspection-imports', url: () => `/inspection-imports?chainId=${chainId}`, table: 'inspection_imports', name: 'lots.csv', type: 'text/csv', content: Buffer.from(CSV), accepted: 202 },
  ])('$endpoint', ({ url, table, name, type, content, accepted }) => {
    const keepsServing = async () => {
      const res = await t.http.post(url()).set('authorization', `Bearer ${token}`).attach('file', content, { filename: name, contentType: type });
      expect(res.status).toBe(accepted);
    };

    it('refuses a body that ends inside the file part, and keeps serving', async () => {
      const before = await rowCount(table);
      const body = Buffer.concat([partHead(name, type), content.subarray(0, 9)]);
      const req = RawRequest.post(port, url(), token, body.length);
      req.socket.write(body); // complete as HTTP (Content-Length), truncated as multipart
      expectRefusedOrClosed(await req.answer);
      await eventually(async () => leftovers().length === 0);
      expect(await rowCount(table)).toBe(before);
      await keepsServing();
    }, TEST_MS);

    it('leaves no temporary file and no row when the client disconnects mid-upload, and keeps serving', async () => {
      const before = await rowCount(table);
      const req = RawRequest.post(port, url(), token, 1024 * 1024);
      req.socket.write(Buffer.concat([partHead(name, type), content, Buffer.alloc(64 * 1024, 0x20)]));
      await eventually(async () => leftovers().length > 0); // the server is writing the file
      req.socket.destroy();
      await eventually(async () => leftovers().length === 0);
      expect(await rowCount(table)).toBe(before);
      await keepsServing();
    }, TEST_MS);

    it('times out a client that sends the headers and then nothing, and keeps serving', async () => {
      const req = RawRequest.post(port, url(), token, 1000);
      const started = Date.now();
      expectRefusedOrClosed(await req.answer);
      expect(Date.now() - started).toBeLessThan(IDLE_TIMEOUT_MS + 3000);
      await keepsServing();
    }, TEST_MS);

    it('times out a client that stalls in the middle of the file, leaving nothing behind', async () => {
      const before = await rowCount(table);
      const req = RawRequest.post(port, url(), token, 1024 * 1024);
      req.socket.write(Buffer.concat([partHead(name, type), content]));
      expectRefusedOrClosed(await req.answer);
      req.socket.destroy();
      await eventually(async () => leftovers().length === 0);
      expect(await rowCount(table)).toBe(before);
      await keepsServing();
    }, TEST_MS);
  });

  it('answers a download whose stored bytes are gone with NOT_FOUND, and keeps serving', async () => {
    const uploaded = await t.http.post('/files').set('authorization', `Bearer ${token}`).attach('file', pdf('gone'), { filename: 'gone.pdf', contentType: 'application/pdf' });
    expect(uploaded.status).toBe(201);
    const [{ storage_key: key }] = await t.get(DataSource).query('SELECT storage_key FROM documents WHERE id = $1', [uploaded.body.id]);
    rmSync(path.join(uploadTmp, 'files', key));
    const res = await t.http.get(`/files/${uploaded.body.id}`).set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.http.get('/health/live')).status).toBe(200);
  }, TEST_MS);
});
