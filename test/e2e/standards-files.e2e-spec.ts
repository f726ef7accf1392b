import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { DataSource } from 'typeorm';
import { StoredDocument } from '@chainq/documents';
import { Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { download, inDays, pdf, publishedStandard, upload } from '../support/standards-fixtures';
import { TestApp } from '../support/test-app';

const filesIn = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
};

describe.each([
  ['local disk', false],
  ['an S3-compatible store', true],
])('revision documents on %s', (_, useS3) => {
  let t: TestApp;
  let s3: S3rver | undefined;
  let dir: string;
  let L: TestEnterprise, S1: TestEnterprise, Other: TestEnterprise;
  let leader: string, s1: string, other: string;
  let chainId: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'chainq-files-'));
    chmodSync(dir, 0o755);
    const env: Record<string, string> = { FILE_MAX_BYTES: '4096', FILE_STORAGE_DIR: dir };
    if (useS3) {
      s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: 'chainq-docs', configs: [] }] });
      const { port } = await s3.run();
      Object.assign(env, { S3_BUCKET: 'chainq-docs', S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' });
    }
    t = await TestApp.start({ env });
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    Other = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    chainId = (await chainLedBy(t, L)).id;
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    await onboardSupplier(t, chainId, leader, S1);
    [s1, other] = await Promise.all([S1, Other].map((e) => t.login(e.users.ENTERPRISE_ADMIN.email)));
  });
  afterAll(async () => {
    await t.close();
    await s3?.close();
  });

  const documents = () => t.get(DataSource).getRepository(StoredDocument).count();

  it('refuses an upload that is too large, of a disallowed type, or empty, leaving no file and no row', async () => {
    const before = await documents();
    const big = await upload(t, leader, Buffer.concat([pdf('big'), Buffer.alloc(8000, 0x20)]), 'big.pdf');
    expect(big.status).toBe(400);
    expect(big.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', field: 'file', message: 'file: is larger than 4 KB' });
    const html = await upload(t, leader, Buffer.from('<html><script>alert(1)</script></html>'), 'spec.pdf', 'application/pdf');
    expect(html.status).toBe(400);
    expect(html.body.message).toBe('file: the name says .pdf but the content is not a PDF');
    expect(html.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_CONTENT_MISMATCH', field: 'file' });
    const exe = await upload(t, leader, pdf('x'), 'setup.exe', 'application/pdf');
    expect(exe.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TYPE_NOT_ALLOWED', field: 'file' });
    const none = await t.http.post('/files').set('authorization', `Bearer ${leader}`).send({ not: 'multipart' });
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_UPLOAD', field: 'file' });
    const anonymous = await t.http.post('/files').attach('file', pdf('x'), 'x.pdf');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTHENTICATION_REQUIRED' });
    expect(await documents()).toBe(before);
    if (!useS3) expect(filesIn(path.join(dir, 'documents'))).toHaveLength(0);
  });

  it('stores the document with its hash, and serves it to recipients only', async () => {
    const body = pdf('Q/HX 010 revision A: heat treatment');
    const uploaded = await upload(t, leader, body, '热处理规范.pdf');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ fileName: '热处理规范.pdf', contentType: 'application/pdf', sizeBytes: body.length, sha256: createHash('sha256').update(body).digest('hex') });
    if (!useS3) expect(filesIn(path.join(dir, 'documents'))).toHaveLength(1);

    // Not yet sent to anyone: the supplier cannot fetch it; the owner can.
    expect((await download(t, s1, uploaded.body.id)).status).toBe(404);
    const { revisionId } = await publishedStandard(t, leader, 'Q/HX 010-2024');
    const revision = (await t.gql('query($id: ID!) { standard(id: $id) { revisions { document { id } } } }', { id: (await t.gql('{ standards { edges { node { id number } } } }', {}, leader)).data?.standards.edges.find((e: { node: { number: string } }) => e.node.number === 'Q/HX 010-2024').node.id }, leader)).data?.standard.revisions[0];
    await t.gql('mutation($i: DistributeStandardRevisionInput!) { distributeStandardRevision(input: $i) { id } }', { i: { revisionId, chainId, audience: 'ALL_ACTIVE', dueOn: inDays(7) } }, leader);
    const got = await download(t, s1, revision.document.id);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(got.body).digest('hex')).toBe(got.headers.etag.replace(/"/g, ''));
    expect((await download(t, other, revision.document.id)).status).toBe(404);

    // A document is attached once; the same upload cannot be reused for another revision.
    const reuse = await t.gql(
      'mutation($i: PublishStandardRevisionInput!) { publishStandardRevision(input: $i) { id } }',
      { i: { standardId: (await t.gql('{ standards { edges { node { id } } } }', {}, leader)).data?.standards.edges[0].node.id, version: 'Z', effectiveOn: '2026-12-01', changeSummary: 'x', documentId: revision.document.id } },
      leader,
    );
    expect(reuse.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentId' });
  });

  it('refuses a malformed number and a duplicate revision, writing nothing', async () => {
    const bad = await t.gql('mutation { createStandard(input: { number: "ISO 9001-2015", title: "x" }) { id } }', {}, leader);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
    const { standardId } = await publishedStandard(t, leader, 'Q/HX 011-2024');
    const doc = await upload(t, leader, pdf('dup'), 'dup.pdf');
    const dup = await t.gql(
      'mutation($i: PublishStandardRevisionInput!) { publishStandardRevision(input: $i) { id } }',
      { i: { standardId, version: 'A', effectiveOn: '2026-12-01', changeSummary: 'again', documentId: doc.body.id } },
      leader,
    );
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
    const reused = await t.get(DataSource).getRepository(StoredDocument).findOneByOrFail({ id: doc.body.id });
    expect(reused.attachedAt).toBeNull(); // the failed publish left the upload free
  });
});
