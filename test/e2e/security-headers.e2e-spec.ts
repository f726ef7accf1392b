import { Role } from '@chainq/identity';
import { CONTENT_SECURITY_POLICY } from '../../apps/api/src/http/security-headers.middleware';
import { enterpriseWith } from '../support/registry-fixtures';
import { pdf, upload } from '../support/standards-fixtures';
import { TestApp } from '../support/test-app';

type Headers = Record<string, string | undefined>;

const expectSecurityHeaders = (headers: Headers, csp = CONTENT_SECURITY_POLICY) => {
  expect(headers['content-security-policy']).toBe(csp);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-powered-by']).toBeUndefined();
};

describe('security headers on every response', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const enterprise = await enterpriseWith(t, [Role.QUALITY_ENGINEER]);
    token = await t.login(enterprise.users.QUALITY_ENGINEER.email);
  });
  afterAll(() => t.close());

  it('the policy allows no inline script, no framing, no plugins and no foreign form targets', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    expect(directives).toEqual(
      expect.arrayContaining(["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"]),
    );
    expect(directives.find((d) => d.startsWith('script-src'))).not.toMatch(/unsafe|nonce|\*/);
  });

  it('on GraphQL answers, refusals included', async () => {
    const ok = await t.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ me { email } }' }).set('authorization', `Bearer ${token}`);
    expect(ok.status).toBe(200);
    expectSecurityHeaders(ok.headers);
    const refused = await t.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ me { email } }' });
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expectSecurityHeaders(refused.headers);
  });

  it('GraphQL answers, refusals included, may not be kept by any cache', async () => {
    const refused = await t.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ me { email } }' });
    expect(refused.headers['cache-control']).toBe('no-store');
    const ok = await t.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ me { email } }' }).set('authorization', `Bearer ${token}`);
    expect(ok.body.data.me.email).toBeTruthy();
    expect(ok.headers['cache-control']).toBe('no-store');
  });

  it('on health checks', async () => {
    const res = await t.http.get('/health/live');
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
  });

  it('on served files and on a file that is not there', async () => {
    const uploaded = await upload(t, token, pdf('headers'), 'spec.pdf');
    expect(uploaded.status).toBe(201);
    const served = await t.http.get(`/files/${uploaded.body.id}`).set('authorization', `Bearer ${token}`);
    expect(served.status).toBe(200);
    expectSecurityHeaders(served.headers);
    const missing = await t.http.get('/files/00000000-0000-4000-8000-000000000000').set('authorization', `Bearer ${token}`);
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing.headers);
  });

  it("the sandbox page (outside production) keeps only the rules Apollo's own nonce policy cannot set, so its CDN script loads", async () => {
    const page = await t.http.get('/graphql').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<script nonce="[0-9a-f]+" src="https:\/\/embeddable-sandbox\.cdn\.apollographql\.com\//);
    expect(page.text).toMatch(/<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-/);
    expectSecurityHeaders(page.headers, "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    // The same path asked for JSON is the API, with the strict policy.
    const api = await t.http.get('/graphql?query=%7B__typename%7D').set('accept', 'application/json').set('apollo-require-preflight', 'true');
    expectSecurityHeaders(api.headers);
  });
});
