import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from '../../apps/api/src/http/security-headers.middleware';
import { TestApp } from '../support/test-app';

/** The api serves the built web app at `/`, from the same origin as /graphql, and keeps its own routes. */
const STYLES = '.ant-btn{color:var(--ant-color-primary)}\n'.repeat(500);
const BROTLI = brotliCompressSync(STYLES);
const GZIP = gzipSync(STYLES);

describe('serving the web app', () => {
  let t: TestApp;
  let apiOnly: TestApp;

  beforeAll(async () => {
    const web = mkdtempSync(path.join(tmpdir(), 'chainq-web-'));
    mkdirSync(path.join(web, 'assets'));
    writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>ChainQ</title><div id="root"></div>');
    writeFileSync(path.join(web, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(path.join(web, 'assets', 'antd-def456.css'), STYLES);
    writeFileSync(path.join(web, 'assets', 'antd-def456.css.br'), BROTLI);
    writeFileSync(path.join(web, 'assets', 'antd-def456.css.gz'), GZIP);
    t = await TestApp.start({ env: { WEB_DIR: web } });
    apiOnly = await TestApp.start({ env: { WEB_DIR: path.join(web, 'missing') } });
  });
  afterAll(async () => {
    await t.close();
    await apiOnly.close();
  });

  it('answers any client-side route with index.html, uncached and under the strict policy', async () => {
    for (const route of ['/', '/actions/0b5c7e2a-1111-4222-8333-444455556666', '/sign-in?next=%2Fquality']) {
      const res = await t.http.get(route).set('accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('serves hashed assets for a year, and a missing asset is a 404, not the page', async () => {
    const asset = await t.http.get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect((await t.http.get('/assets/gone-000.js')).status).toBe(404);
  });

  it("sends an asset's brotli or gzip copy as the browser accepts, with the original's type, and the file itself otherwise", async () => {
    const asSent = (res: { headers: Record<string, string> }) => [res.headers['content-encoding'], res.headers['content-length'], res.headers['content-type'], res.headers.vary];
    // The client decodes what it receives; the length shows which bytes went over the wire.
    for (const [accept, encoding, sent] of [['gzip, deflate, br', 'br', BROTLI], ['gzip', 'gzip', GZIP]] as const) {
      const res = await t.http.get('/assets/antd-def456.css').set('accept-encoding', accept);
      expect(asSent(res)).toEqual([encoding, String(sent.length), 'text/css; charset=utf-8', 'Accept-Encoding']);
      expect([res.text, res.headers['cache-control']]).toEqual([STYLES, 'public, max-age=31536000, immutable']);
    }
    const plain = await t.http.get('/assets/antd-def456.css').set('accept-encoding', 'identity');
    expect(asSent(plain)).toEqual([undefined, String(STYLES.length), 'text/css; charset=utf-8', 'Accept-Encoding']);
    // A file with no copies goes as it is.
    const small = await t.http.get('/assets/index-abc123.js').set('accept-encoding', 'br');
    expect([small.headers['content-encoding'], small.text]).toEqual([undefined, 'console.log(1)']);
  });

  it("leaves the API's own routes to the API", async () => {
    const graphql = await t.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });
    expect(graphql.body).toEqual({ data: { __typename: 'Query' } });
    expect((await t.http.get('/health/live').set('accept', 'text/html')).body).toMatchObject({ status: 'ok' });
    const refresh = await t.http.get('/auth/refresh').set('accept', 'text/html');
    expect(refresh.text).not.toContain('<div id="root">');
    const file = await t.http.get('/files/0b5c7e2a-1111-4222-8333-444455556666').set('accept', 'text/html');
    expect(file.status).toBe(401);
  });

  it('without a built web app the process is API only', async () => {
    expect((await apiOnly.http.get('/').set('accept', 'text/html')).status).toBe(404);
    expect((await apiOnly.http.get('/health/live')).status).toBe(200);
  });
});
