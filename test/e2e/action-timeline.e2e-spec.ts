import { Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { pdf, upload } from '../support/standards-fixtures';
import { TestApp } from '../support/test-app';

const REPORT = 'mutation($i: ReportQualityIssueInput!) { reportQualityIssue(input: $i) { correctiveActions { edges { node { id } } } } }';
const COMMENT = 'mutation($a: ID!, $b: String!, $d: [ID!]!) { addCorrectiveActionComment(actionId: $a, body: $b, documentIds: $d) { id } }';
const TIMELINE = 'query($id: ID!) { correctiveAction(id: $id) { timeline { type actorName documents { fileName sizeBytes downloadPath } } } }';

describe('an 8D timeline names the people who acted and the evidence they attached', () => {
  let t: TestApp;
  let L: TestEnterprise, S: TestEnterprise, other: TestEnterprise;
  let leader: string, supplier: string, outsider: string;
  let actionId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    S = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    other = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    const chainId = (await chainLedBy(t, L)).id;
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    await onboardSupplier(t, chainId, leader, S);
    await onboardSupplier(t, chainId, leader, other);
    [supplier, outsider] = await Promise.all([t.login(S.users.ENTERPRISE_ADMIN.email), t.login(other.users.ENTERPRISE_ADMIN.email)]);
    const issue = { chainId, title: 'Burrs', description: 'Found at incoming inspection', defectCode: 'SUR-BUR', severity: 'MAJOR', source: 'INCOMING_INSPECTION', detectedAt: new Date(Date.now() - 3600_000).toISOString(), supplierEnterpriseIds: [S.enterprise.id] };
    actionId = (await t.gql(REPORT, { i: issue }, leader)).data?.reportQualityIssue.correctiveActions.edges[0].node.id;
  });
  afterAll(() => t.close());

  it('shows another supplier nothing of the timeline', async () => {
    const seen = await t.gql(TIMELINE, { id: actionId }, outsider);
    expect(seen.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(seen.data).toBeNull();
  });

  it("gives each event its actor's display name and a comment's files", async () => {
    const file = await upload(t, supplier, pdf('photo of sorted parts'), '围堵记录.pdf');
    expect(file.status).toBe(201);
    expect((await t.gql(COMMENT, { a: actionId, b: 'Sorted 1,200 parts', d: [file.body.id] }, supplier)).errors).toBeUndefined();

    const timeline = (await t.gql(TIMELINE, { id: actionId }, supplier)).data?.correctiveAction.timeline;
    expect(timeline).toEqual([
      { type: 'REQUESTED', actorName: L.users.QUALITY_ENGINEER.displayName, documents: [] },
      { type: 'COMMENTED', actorName: S.users.ENTERPRISE_ADMIN.displayName, documents: [{ fileName: '围堵记录.pdf', sizeBytes: file.body.sizeBytes, downloadPath: `/files/${file.body.id}` }] },
    ]);
  });
});
