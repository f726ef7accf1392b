import { DataSource } from 'typeorm';
import { OrganisationKind, Role } from '@chainq/identity';
import { expectNothingWritten } from '../support/operation-walk';
import { chainLedBy, enterpriseWith, officeWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { download, pdf, publishedStandard, upload } from '../support/standards-fixtures';
import { TestApp } from '../support/test-app';

const REPORT = 'mutation($i: ReportQualityIssueInput!) { reportQualityIssue(input: $i) { correctiveActions { edges { node { id } } } } }';
const COMMENT = 'mutation($a: ID!, $b: String!, $d: [ID!]!) { addCorrectiveActionComment(actionId: $a, body: $b, documentIds: $d) { id } }';
const SUBMIT = 'mutation($i: SubmitQualificationInput!) { submitQualification(input: $i) { id documents { id } } }';
const RETURN = 'mutation($m: ID!, $r: [String!]!) { returnQualification(membershipId: $m, reasons: $r) { status } }';
const LATEST = '{ myMemberships { id latestQualification { decision documents { id fileName contentType sizeBytes downloadPath } } } }';
const extensionsOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions;

/**
 * Who may download a document attached to something: its uploader, and
 * whoever may read what it is attached to. L leads the chain; S1 is an
 * active supplier with an 8D; S2 supplies the same chain; Q is onboarding
 * and its qualification came back; O supplies another leader's chain;
 * Cin coordinates the chain's region, Cout another region.
 */
describe('documents attached to 8D comments and qualifications', () => {
  let t: TestApp;
  let L: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise, Q: TestEnterprise, O: TestEnterprise;
  let actionId: string, membershipId: string;
  const tokens: Record<string, string> = {};
  const as = (who: string) => tokens[who];
  const files: Record<string, { id: string; bytes: Buffer; fileName: string }> = {};
  const uploaded = async (who: string, key: string, fileName: string) => {
    const bytes = pdf(`${key} of ${who}`);
    const res = await upload(t, as(who), bytes, fileName);
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    files[key] = { id: res.body.id, bytes, fileName };
    return res.body.id as string;
  };
  const unchanged = (call: () => Promise<unknown>) => expectNothingWritten(t.get(DataSource), call);

  beforeAll(async () => {
    t = await TestApp.start();
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.VIEWER], { regionCode: '320300' });
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    S2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    Q = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    O = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    const L2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { regionCode: '340104' });
    const inside = await officeWith(t, [Role.COORDINATOR]);
    const outside = await officeWith(t, [Role.COORDINATOR]);
    const { users: [admin] } = await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN]);
    for (const [k, email] of Object.entries({
      admin: admin.email, L: L.users.QUALITY_ENGINEER.email, Lviewer: L.users.VIEWER.email, L2: L2.users.QUALITY_ENGINEER.email, S1: S1.users.QUALITY_ENGINEER.email,
      S2: S2.users.ENTERPRISE_ADMIN.email, Q: Q.users.ENTERPRISE_ADMIN.email, O: O.users.ENTERPRISE_ADMIN.email, Cin: inside.users.COORDINATOR.email, Cout: outside.users.COORDINATOR.email,
    })) tokens[k] = await t.login(email);
    const assign = (userId: string, regionCodes: string[]) => t.gql('mutation($i: AssignCoordinatorInput!) { assignCoordinator(input: $i) { userId } }', { i: { userId, regionCodes } }, as('admin'));
    await assign(inside.users.COORDINATOR.id, ['320300']);
    await assign(outside.users.COORDINATOR.id, ['110000']);

    const chainId = (await chainLedBy(t, L)).id;
    await onboardSupplier(t, chainId, as('L'), S1);
    await onboardSupplier(t, chainId, as('L'), S2);
    await onboardSupplier(t, (await chainLedBy(t, L2)).id, as('L2'), O);
    membershipId = await onboardSupplier(t, chainId, as('L'), Q, { approve: false });
    const issue = { chainId, title: 'Burrs', description: 'Found at incoming inspection', defectCode: 'SUR-BUR', severity: 'MAJOR', source: 'INCOMING_INSPECTION', detectedAt: new Date(Date.now() - 3600_000).toISOString(), supplierEnterpriseIds: [S1.enterprise.id] };
    actionId = (await t.gql(REPORT, { i: issue }, as('L'))).data?.reportQualityIssue.correctiveActions.edges[0].node.id;

    // The 8D's evidence from both sides.
    const evidence = await uploaded('S1', 'containment', '围堵记录.pdf');
    expect(extensionsOf(await t.gql(COMMENT, { a: actionId, b: 'Sorted 1,200 parts', d: [evidence] }, as('S1')))).toBeUndefined();
    const drawing = await uploaded('L', 'drawing', 'drawing-rev-C.pdf');
    expect(extensionsOf(await t.gql(COMMENT, { a: actionId, b: 'Check against drawing rev C', d: [drawing] }, as('L')))).toBeUndefined();

    // Q's first qualification was sent back: it now holds a business licence and a test report.
    await t.gql(RETURN, { m: membershipId, r: ['Attach your documents'] }, as('L'));
    const firstIds = [await uploaded('Q', 'licence', '营业执照.pdf'), await uploaded('Q', 'report', 'salt-spray-report.pdf')];
    const first = await t.gql(SUBMIT, { i: { membershipId, documentIds: firstIds } }, as('Q'));
    expect(first.errors).toBeUndefined();
    expect(extensionsOf(await t.gql(RETURN, { m: membershipId, r: ['Add the process flow'] }, as('L')))).toBeUndefined();
  }, 300_000);
  afterAll(() => t.close());

  it.each([
    ['another supplier of the chain', 'S2'],
    ["a supplier of another leader's chain", 'O'],
    ['a coordinator outside the region', 'Cout'],
  ])("answers %s 404 for the supplier's qualification documents", async (_, who) => {
    for (const key of ['licence', 'report']) expect([key, (await download(t, as(who), files[key].id)).status]).toEqual([key, 404]);
  });

  it.each([
    ['another supplier of the chain', 'S2'],
    ["a supplier of another leader's chain", 'O'],
    ['a coordinator outside the region', 'Cout'],
    ['a coordinator of the region (coordinators read no 8D text)', 'Cin'],
    ['another leader', 'L2'],
  ])('answers %s 404 for the evidence of an 8D it may not read', async (_, who) => {
    for (const key of ['containment', 'drawing']) expect([key, (await download(t, as(who), files[key].id)).status]).toEqual([key, 404]);
  });

  it("refuses a qualification naming someone else's document or one attached elsewhere, and writes nothing", async () => {
    const own = await uploaded('Q', 'spare', 'spare.pdf');
    const { revisionId } = await publishedStandard(t, as('Q'), 'Q/QS 001-2025');
    const onRevision = (await t.get(DataSource).query('SELECT document_id FROM standard_revisions WHERE id = $1', [revisionId]))[0].document_id;
    await unchanged(async () => {
      const theirs = await t.gql(SUBMIT, { i: { membershipId, documentIds: [own, files.containment.id] } }, as('Q'));
      expect(extensionsOf(theirs)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_NOT_YOURS', field: 'documentIds[1]' });
      const elsewhere = await t.gql(SUBMIT, { i: { membershipId, documentIds: [onRevision] } }, as('Q'));
      expect(extensionsOf(elsewhere)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_ALREADY_ATTACHED', field: 'documentIds[0]' });
      const tooMany = await t.gql(SUBMIT, { i: { membershipId, documentIds: Array(21).fill(own) } }, as('Q'));
      expect(extensionsOf(tooMany)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ITEMS', field: 'documentIds' });
      const nothing = await t.gql(SUBMIT, { i: { membershipId } }, as('Q'));
      expect(extensionsOf(nothing)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUALIFICATION_EVIDENCE_REQUIRED' });
    });
  });

  it("refuses an 8D comment naming the other side's document, one attached to something else, too many files or too long a text, and writes nothing", async () => {
    const { revisionId } = await publishedStandard(t, as('S1'), 'Q/SA 002-2025');
    const onRevision = (await t.get(DataSource).query('SELECT document_id FROM standard_revisions WHERE id = $1', [revisionId]))[0].document_id;
    await unchanged(async () => {
      const theirs = await t.gql(COMMENT, { a: actionId, b: 'Our evidence', d: [files.drawing.id, files.containment.id] }, as('L'));
      expect(extensionsOf(theirs)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_NOT_YOURS', field: 'documentIds[1]' });
      const elsewhere = await t.gql(COMMENT, { a: actionId, b: 'See the standard', d: [onRevision] }, as('S1'));
      expect(extensionsOf(elsewhere)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_ALREADY_ATTACHED', field: 'documentIds[0]' });
      const qualification = await t.gql(COMMENT, { a: actionId, b: 'x', d: [files.licence.id] }, as('L'));
      expect(extensionsOf(qualification)).toMatchObject({ reason: 'DOCUMENT_NOT_YOURS' });
      const tooMany = await t.gql(COMMENT, { a: actionId, b: 'All our photos', d: Array(11).fill(files.containment.id) }, as('S1'));
      expect(extensionsOf(tooMany)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ITEMS', field: 'documentIds', max: 10 });
      const tooLong = await t.gql(COMMENT, { a: actionId, b: '原因'.repeat(2001), d: [] }, as('S1'));
      expect(extensionsOf(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'body', max: 4000 });
    });
  });

  it("lets the leader download the supplier's 8D evidence, and the supplier the leader's", async () => {
    for (const [who, key] of [['L', 'containment'], ['Lviewer', 'containment'], ['S1', 'drawing'], ['admin', 'containment']]) {
      const got = await download(t, as(who), files[key].id);
      expect([who, got.status, got.body.equals(files[key].bytes)]).toEqual([who, 200, true]);
    }
  });

  it("lets the leader (and a coordinator of the region) download the qualification's documents", async () => {
    for (const who of ['L', 'Lviewer', 'Cin', 'Q']) {
      for (const key of ['licence', 'report']) {
        const got = await download(t, as(who), files[key].id);
        expect([who, key, got.status, got.body.equals(files[key].bytes)]).toEqual([who, key, 200, true]);
      }
    }
  });

  it('takes a resubmission that keeps an earlier document and adds one, and lists them with names, types and sizes', async () => {
    const flow = await uploaded('Q', 'flow', '工艺流程图.pdf');
    const again = await t.gql(SUBMIT, { i: { membershipId, documentIds: [files.licence.id, flow] } }, as('Q'));
    expect(again.errors).toBeUndefined();
    const latest = (await t.gql(LATEST, {}, as('Q'))).data?.myMemberships.find((m: { id: string }) => m.id === membershipId).latestQualification;
    expect(latest).toEqual({
      decision: 'PENDING',
      documents: ['licence', 'flow'].map((key) => ({ id: files[key].id, fileName: files[key].fileName, contentType: 'application/pdf', sizeBytes: files[key].bytes.length, downloadPath: `/files/${files[key].id}` })),
    });
    // The leader reads the new one, and still the one the earlier submission carried.
    for (const key of ['flow', 'report']) expect((await download(t, as('L'), files[key].id)).body.equals(files[key].bytes)).toBe(true);
    expect((await download(t, as('S2'), files.flow.id)).status).toBe(404);
  });
});
