import { DataSource } from 'typeorm';
import { Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { TestApp } from '../support/test-app';

const LIST = 'query($chainId: ID!, $all: Boolean) { defectCodes(chainId: $chainId, includeRetired: $all) { id code name shared retiredAt } }';
const ADD = 'mutation($input: AddDefectCodeInput!) { addDefectCode(input: $input) { id code name shared retiredAt } }';
const RETIRE = 'mutation($id: ID!) { retireDefectCode(id: $id) { id code retiredAt } }';
const REPORT = 'mutation($input: ReportQualityIssueInput!) { reportQualityIssue(input: $input) { id defectCode } }';

type Res = { data?: Record<string, any> | null; errors?: { extensions?: Record<string, unknown> }[] };
const refusal = (res: Res) => ({ data: res.data ?? null, code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason, field: res.errors?.[0]?.extensions?.field });

/** The defect picker: the shared list plus the chain's own codes, which its leader extends and retires. */
describe('defect codes: the shared list and a chain taxonomy', () => {
  let t: TestApp;
  let leader: TestEnterprise;
  let otherLeader: TestEnterprise;
  let chainId: string;
  let otherChainId: string;
  let sqe: string;
  let supplierToken: string;

  const issue = (defectCode: string) => ({ chainId, title: `Seal leak ${defectCode}`, description: 'Found at incoming inspection', defectCode, severity: 'MAJOR', source: 'INCOMING_INSPECTION', detectedAt: new Date().toISOString() });
  const chainCodes = async () => Number((await t.get(DataSource).query('SELECT count(*) FROM defect_codes WHERE chain_id = $1', [chainId]))[0].count);

  beforeAll(async () => {
    t = await TestApp.start();
    leader = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.VIEWER], { name: 'Ningde Cell Works' });
    otherLeader = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { name: 'Hefei Pack Works' });
    chainId = (await chainLedBy(t, leader)).id;
    otherChainId = (await chainLedBy(t, otherLeader)).id;
    sqe = await t.login(leader.users[Role.QUALITY_ENGINEER].email);
    const supplier = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    await onboardSupplier(t, chainId, sqe, supplier);
    supplierToken = await t.login(supplier.users[Role.ENTERPRISE_ADMIN].email);
  });
  afterAll(() => t.close());

  it('lets only the leader extend its taxonomy; others read it where they see the chain, and nothing is written', async () => {
    const viewer = await t.login(leader.users[Role.VIEWER].email);
    const stranger = await t.login(otherLeader.users[Role.QUALITY_ENGINEER].email);
    const input = { chainId, code: 'BAT-SEAL', name: 'Cell seal leak' };
    expect(refusal(await t.gql(ADD, { input }))).toMatchObject({ data: null, code: 'UNAUTHENTICATED' });
    expect(refusal(await t.gql(ADD, { input }, viewer))).toMatchObject({ data: null, code: 'FORBIDDEN' });
    expect(refusal(await t.gql(ADD, { input }, supplierToken))).toMatchObject({ data: null, code: 'FORBIDDEN' });
    expect(refusal(await t.gql(ADD, { input }, stranger))).toMatchObject({ data: null, code: 'NOT_FOUND' });
    expect(refusal(await t.gql(LIST, { chainId }, stranger))).toMatchObject({ data: null, code: 'NOT_FOUND' });
    expect(await chainCodes()).toBe(0);
    // Those who see the chain read its list: its viewers and its suppliers (who answer issues coded with it).
    for (const token of [viewer, supplierToken]) expect((await t.gql(LIST, { chainId }, token)).data?.defectCodes.length).toBeGreaterThan(10);
  });

  it('names the field and rule of a bad code or name, and of a code already taken', async () => {
    expect(refusal(await t.gql(ADD, { input: { chainId, code: 'seal leak!', name: 'Seal leak' } }, sqe))).toEqual({ data: null, code: 'BAD_USER_INPUT', reason: 'DEFECT_CODE_FORMAT', field: 'code' });
    expect(refusal(await t.gql(ADD, { input: { chainId, code: 'BAT-SEAL', name: '   ' } }, sqe))).toEqual({ data: null, code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'name' });
    expect(refusal(await t.gql(ADD, { input: { chainId, code: 'BAT-SEAL', name: 'x'.repeat(101) } }, sqe))).toEqual({ data: null, code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'name' });
    expect(refusal(await t.gql(ADD, { input: { chainId, code: 'dim-oot', name: 'Our own dimension code' } }, sqe))).toEqual({ data: null, code: 'CONFLICT', reason: 'DEFECT_CODE_TAKEN', field: 'code' });
    expect(await chainCodes()).toBe(0);
  });

  it("lists the shared codes first, then the chain's own, and never another chain's", async () => {
    const added = await t.gql(ADD, { input: { chainId, code: ' bat-seal ', name: ' Cell seal leak ' } }, sqe);
    expect(added.data?.addDefectCode).toMatchObject({ code: 'BAT-SEAL', name: 'Cell seal leak', shared: false, retiredAt: null });
    expect(refusal(await t.gql(ADD, { input: { chainId, code: 'BAT-SEAL', name: 'Again' } }, sqe))).toMatchObject({ code: 'CONFLICT', reason: 'DEFECT_CODE_TAKEN' });
    await t.gql(ADD, { input: { chainId: otherChainId, code: 'PACK-WELD', name: 'Busbar weld crack' } }, await t.login(otherLeader.users[Role.QUALITY_ENGINEER].email));

    const codes = (await t.gql(LIST, { chainId }, sqe)).data?.defectCodes as { code: string; shared: boolean }[];
    const firstOwn = codes.findIndex((c) => !c.shared);
    expect(codes.slice(0, firstOwn).every((c) => c.shared)).toBe(true);
    expect(codes.slice(firstOwn).map((c) => c.code)).toEqual(['BAT-SEAL']);
    expect(codes.map((c) => c.code)).toContain('DIM-OOT');
    expect(codes.map((c) => c.code)).not.toContain('PACK-WELD');
  });

  it('retires a code: kept on earlier issues, refused on new ones, and added again under a new name', async () => {
    const code = (await t.gql(LIST, { chainId }, sqe)).data?.defectCodes.find((c: { code: string }) => c.code === 'BAT-SEAL');
    const earlier = await t.gql(REPORT, { input: issue('BAT-SEAL') }, sqe);
    expect(earlier.data?.reportQualityIssue.defectCode).toBe('BAT-SEAL');

    const stranger = await t.login(otherLeader.users[Role.QUALITY_ENGINEER].email);
    expect(refusal(await t.gql(RETIRE, { id: code.id }, stranger))).toMatchObject({ data: null, code: 'NOT_FOUND' });
    const shared = (await t.gql(LIST, { chainId }, sqe)).data?.defectCodes.find((c: { code: string }) => c.code === 'DIM-OOT');
    expect(refusal(await t.gql(RETIRE, { id: shared.id }, sqe))).toMatchObject({ data: null, code: 'FORBIDDEN', reason: 'SHARED_DEFECT_CODE_FIXED' });

    const retired = await t.gql(RETIRE, { id: code.id }, sqe);
    expect(retired.data?.retireDefectCode.retiredAt).toEqual(expect.any(String));
    expect((await t.gql(LIST, { chainId }, sqe)).data?.defectCodes.map((c: { code: string }) => c.code)).not.toContain('BAT-SEAL');
    expect((await t.gql(LIST, { chainId, all: true }, sqe)).data?.defectCodes.find((c: { code: string }) => c.code === 'BAT-SEAL')).toMatchObject({ retiredAt: expect.any(String) });

    const issues = () => t.get(DataSource).query('SELECT count(*)::int AS n FROM quality_issues WHERE chain_id = $1', [chainId]);
    const before = (await issues())[0].n;
    expect(refusal(await t.gql(REPORT, { input: issue('bat-seal') }, sqe))).toEqual({ data: null, code: 'BAD_USER_INPUT', reason: 'DEFECT_CODE_RETIRED', field: 'defectCode' });
    expect((await issues())[0].n).toBe(before);
    expect((await t.gql('query($id: ID!) { qualityIssue(id: $id) { defectCode } }', { id: earlier.data?.reportQualityIssue.id }, sqe)).data?.qualityIssue.defectCode).toBe('BAT-SEAL');

    const back = await t.gql(ADD, { input: { chainId, code: 'BAT-SEAL', name: 'Cell seal or vent leak' } }, sqe);
    expect(back.data?.addDefectCode).toMatchObject({ id: code.id, name: 'Cell seal or vent leak', retiredAt: null });
    expect((await t.gql(REPORT, { input: issue('BAT-SEAL') }, sqe)).data?.reportQualityIssue.defectCode).toBe('BAT-SEAL');
  });
});
