import { chinaDay } from '@chainq/core';
import { TestApp } from './test-app';

/** A minimal valid PDF: the bytes the type check looks for, and some content. */
export const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

export async function upload(t: TestApp, token: string, body: Buffer, fileName: string, contentType = 'application/pdf') {
  const res = await t.http.post('/files').set('authorization', `Bearer ${token}`).attach('file', body, { filename: fileName, contentType });
  return { status: res.status, body: res.body };
}

/** GET /files/:id with the caller's token: the status, the bytes and the headers. */
export async function download(t: TestApp, token: string, id: string) {
  const res = await t.http
    .get(`/files/${id}`)
    .set('authorization', `Bearer ${token}`)
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return { status: res.status, body: res.body as Buffer, headers: res.headers };
}

/** Creates a standard and publishes its first revision with a fresh document. */
export async function publishedStandard(t: TestApp, token: string, number: string, version = 'A', changeSummary = 'First issue') {
  const created = await t.gql('mutation($i: CreateStandardInput!) { createStandard(input: $i) { id number kind } }', { i: { number, title: `Standard ${number}` } }, token);
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const standardId = created.data.createStandard.id as string;
  const revisionId = await publishRevision(t, token, standardId, version, changeSummary);
  return { standardId, revisionId, number: created.data.createStandard.number as string };
}

export async function publishRevision(t: TestApp, token: string, standardId: string, version: string, changeSummary: string): Promise<string> {
  const doc = await upload(t, token, pdf(`${standardId} ${version}`), `${version}.pdf`);
  const res = await t.gql(
    'mutation($i: PublishStandardRevisionInput!) { publishStandardRevision(input: $i) { id } }',
    { i: { standardId, version, effectiveOn: '2026-12-01', changeSummary, documentId: doc.body.id } },
    token,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.publishStandardRevision.id;
}

/** The China day `days` from today (due dates are China days). */
export const inDays = (days: number) => chinaDay(new Date(), days);
