import { DataSource } from 'typeorm';
import { MIGRATIONS, runMigrations } from '@chainq/core';
import { Role } from '@chainq/identity';
import { recreateDatabase } from '../support/global-setup';
import { chainLedBy, enterpriseWith, onboardSupplier } from '../support/registry-fixtures';
import { download, inDays, pdf, publishedStandard, upload } from '../support/standards-fixtures';
import { TestApp } from '../support/test-app';

const REPORT = 'mutation($i: ReportQualityIssueInput!) { reportQualityIssue(input: $i) { correctiveActions { edges { node { id } } } } }';
const COMMENT = 'mutation($a: ID!, $b: String!, $d: [ID!]!) { addCorrectiveActionComment(actionId: $a, body: $b, documentIds: $d) { id } }';

/**
 * Documents stored before they recorded what they are attached to: the
 * migration fills that in from standard revisions and 8D comments, so
 * whoever read them before still may. Its own database: the migration is
 * undone and applied again on it.
 */
describe('the document-attachments migration', () => {
  let t: TestApp;

  beforeAll(async () => {
    const url = await recreateDatabase(process.env.TEST_SERVER_URL!, 'chainq_document_backfill');
    await runMigrations(url);
    t = await TestApp.start({ env: { DATABASE_URL: url } });
  });
  afterAll(() => t?.close());

  it("fills in each document's revision or 8D, and recipients still download them", async () => {
    const L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    const S = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    const other = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    const chainId = (await chainLedBy(t, L)).id;
    const [leader, supplier, outsider] = await Promise.all([L, S, other].map((e) => t.login(e.users.ENTERPRISE_ADMIN.email)));
    await onboardSupplier(t, chainId, leader, S);
    const { revisionId } = await publishedStandard(t, leader, 'Q/MG 001-2025');
    await t.gql('mutation($i: DistributeStandardRevisionInput!) { distributeStandardRevision(input: $i) { id } }', { i: { revisionId, chainId, audience: 'ALL_ACTIVE', dueOn: inDays(7) } }, leader);
    const issue = { chainId, title: 'Burrs', description: 'Found at incoming inspection', defectCode: 'SUR-BUR', severity: 'MAJOR', source: 'INCOMING_INSPECTION', detectedAt: new Date(Date.now() - 3600_000).toISOString(), supplierEnterpriseIds: [S.enterprise.id] };
    const actionId = (await t.gql(REPORT, { i: issue }, leader)).data?.reportQualityIssue.correctiveActions.edges[0].node.id;
    const bytes = pdf('sorting record');
    const evidence = (await upload(t, supplier, bytes, 'sorting.pdf')).body.id;
    expect((await t.gql(COMMENT, { a: actionId, b: 'Sorted', d: [evidence] }, supplier)).errors).toBeUndefined();

    // Back to before the migration, with an 8D comment that also names the revision's document (an earlier version let it).
    const db = t.get(DataSource);
    const [{ document_id: revisionDocument }] = await db.query('SELECT document_id FROM standard_revisions WHERE id = $1', [revisionId]);
    const migration = new (MIGRATIONS.find((m) => m.name === 'DocumentAttachments1795340000201')!)();
    const runner = db.createQueryRunner();
    try {
      await migration.down(runner);
      await db.query(`INSERT INTO corrective_action_events (action_id, type, after) VALUES ($1, 'COMMENTED', $2)`, [actionId, { body: 'See the standard', documentIds: [revisionDocument] }]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    const attached = await db.query('SELECT id, attached_to_kind AS kind, attached_to_id AS "to" FROM documents WHERE id = ANY($1) ORDER BY attached_to_kind', [[revisionDocument, evidence]]);
    expect(attached).toEqual([
      { id: evidence, kind: 'CORRECTIVE_ACTION', to: actionId },
      { id: revisionDocument, kind: 'STANDARD_REVISION', to: revisionId },
    ]);
    expect((await download(t, supplier, revisionDocument)).status).toBe(200);
    const got = await download(t, leader, evidence);
    expect([got.status, got.body.equals(bytes)]).toEqual([200, true]);
    for (const id of [revisionDocument, evidence]) expect((await download(t, outsider, id)).status).toBe(404);
  });
});
