import { spawnSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { canonicalJson } from '@chainq/credit';
import { OrganisationKind, Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { EIGHT_D } from '../support/quality-fixtures';
import { eventually, TestApp } from '../support/test-app';

const CREATE = `mutation($i: CreateProfileShareInput!) { createProfileShare(input: $i) { link qrSvg qrPng share { id recipient purpose sections expiresAt revokedAt snapshotAt } } }`;
const SHARES = '{ profileShares { id recipient revokedAt views { viewerName refreshed } } }';
const REVOKE = 'mutation($id: ID!) { revokeProfileShare(id: $id) { id revokedAt } }';
const PROFILE = `query($id: ID!) { qualityProfile(enterpriseId: $id) { registration { name uscc } certificates { number status } maturity { level }
  chains { name leaderProvince suppliedSince monthsSupplied lotsInspected lotPassRate firstPassYield ppm correctiveActions { requested answered medianResponseHours } } } }`;
const NAMING = 'mutation($c: ID!, $a: Boolean!) { setChainProfileNaming(chainId: $c, allowed: $a) { id profileNamingAllowed } }';
const RECORD = 'mutation($lots: [InspectionLotInput!]!) { recordInspectionLots(input: { lots: $lots }) { inserted errors { index field message } } }';
const REPORT = 'mutation($i: ReportQualityIssueInput!) { reportQualityIssue(input: $i) { id correctiveActions { edges { node { id supplierEnterpriseId } } } } }';
const SUBMIT = 'mutation($a: ID!, $s: EightDStep!, $c: JSONObject!) { submitCorrectiveActionStep(actionId: $a, step: $s, content: $c) { step status } }';

type Errors = { errors?: { extensions?: Record<string, unknown> }[] };
const extensionsOf = (r: Errors) => r.errors?.[0]?.extensions;
const ALL_SECTIONS = ['CERTIFICATES', 'MATURITY', 'CHAIN_PERFORMANCE'];

describe('quality credit profile shared by consent', () => {
  let t: TestApp;
  let named: TestEnterprise, unnamed: TestEnterprise, S: TestEnterprise, other: TestEnterprise;
  let namedChain: { id: string; name: string }, unnamedChain: { id: string; name: string };
  let sAdmin: string, sEngineer: string, sViewer: string, otherAdmin: string, namedAdmin: string, platformAdmin: string;
  let address = 0;
  /** Each test opens links from its own client address (TRUST_PROXY=1), so per-address limits do not leak between tests. */
  const open = (tokenPath: string, options: { viewer?: string; from?: string } = {}) =>
    t.http
      .get(`/verify/${tokenPath}.json${options.viewer ? `?viewer=${encodeURIComponent(options.viewer)}` : ''}`)
      .set('X-Forwarded-For', options.from ?? `198.51.100.${(address = (address % 250) + 1)}`);
  const tokenOf = (link: string) => new URL(link).pathname.replace('/verify/', '');
  const share = async (input: Record<string, unknown> = {}) => {
    const res = await t.gql(CREATE, { i: { recipient: 'Bank of Xuzhou, Pizhou branch', purpose: 'Certification loan application', sections: ALL_SECTIONS, expiresInDays: 30, ...input } }, sAdmin);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createProfileShare as { link: string; qrSvg: string; qrPng: string; share: { id: string; snapshotAt: string } };
  };
  /** Every recorded lot's day totals and rollups written, so no work is left behind for the next suite on this database. */
  const rollupsApplied = () =>
    eventually(async () => {
      await t.settled();
      const [{ n }] = await t.get(DataSource).query('SELECT count(*)::int AS n FROM lot_day_deltas');
      return n === 0;
    }, 30_000);
  const shareCount = async () => (await t.get(DataSource).query('SELECT count(*)::int AS n FROM profile_shares'))[0].n as number;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true, env: { TRUST_PROXY: '1', PUBLIC_URL: 'https://quality.example.cn' } });
    named = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { regionCode: '320382' });
    unnamed = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { regionCode: '131125', name: `Secretive Motors ${Date.now()}` });
    S = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.VIEWER], { regionCode: '320382' });
    other = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '320382' });
    namedChain = await chainLedBy(t, named);
    unnamedChain = await chainLedBy(t, unnamed);
    const [namedEngineer, unnamedEngineer] = await Promise.all([named, unnamed].map((l) => t.login(l.users.QUALITY_ENGINEER.email)));
    await onboardSupplier(t, namedChain.id, namedEngineer, S);
    await onboardSupplier(t, unnamedChain.id, unnamedEngineer, S);
    await onboardSupplier(t, namedChain.id, namedEngineer, other);
    [sAdmin, sEngineer, sViewer, otherAdmin, namedAdmin] = await Promise.all(
      [S.users.ENTERPRISE_ADMIN, S.users.QUALITY_ENGINEER, S.users.VIEWER, other.users.ENTERPRISE_ADMIN, named.users.ENTERPRISE_ADMIN].map((u) => t.login(u.email)),
    );
    platformAdmin = await t.login((await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN])).users[0].email);

    const cert = await t.gql('mutation($input: RecordCertificationInput!) { recordCertification(input: $input) { id } }', {
      input: { enterpriseId: S.enterprise.id, scheme: 'ISO_9001', number: 'CQC-2025-Q-0417', certificationBody: 'CQC', issuedOn: '2025-03-01', expiresOn: '2028-02-28' },
    }, sAdmin);
    expect(cert.errors).toBeUndefined();
    // 20 lots on the named chain (2 rejected), 10 on the other (all accepted), within the last twelve months.
    const lots = (chainId: string, n: number, rejected: number) =>
      Array.from({ length: n }, (_, i) => ({
        chainId, supplierEnterpriseId: S.enterprise.id, partNumber: 'BR-7', lotNumber: `${chainId.slice(0, 4)}-${i}`, lotSize: 1000, stage: 'SPECIAL',
        inspectedAt: new Date(Date.now() - (i + 2) * 86_400_000).toISOString(), aql: '1.0', unitsSampled: 80, nonconformingUnits: i < rejected ? 4 : 0,
      }));
    for (const batch of [lots(namedChain.id, 20, 2), lots(unnamedChain.id, 10, 0)]) {
      expect((await t.gql(RECORD, { lots: batch }, sEngineer)).data?.recordInspectionLots.errors).toEqual([]);
    }
    // One 8D on the named chain, answered (containment submitted).
    const issue = await t.gql(REPORT, { i: { chainId: namedChain.id, title: 'Bracket burrs', description: 'Incoming', defectCode: 'SUR-BUR', severity: 'MAJOR', source: 'INCOMING_INSPECTION', detectedAt: new Date(Date.now() - 3600_000).toISOString(), supplierEnterpriseIds: [S.enterprise.id] } }, namedEngineer);
    const actionId = issue.data?.reportQualityIssue.correctiveActions.edges[0].node.id;
    for (const step of ['D1', 'D2', 'D3'] as const) expect((await t.gql(SUBMIT, { a: actionId, s: step, c: EIGHT_D[step] }, sEngineer)).errors).toBeUndefined();
    await rollupsApplied();
    expect((await t.gql(NAMING, { c: namedChain.id, a: true }, namedAdmin)).data?.setChainProfileNaming.profileNamingAllowed).toBe(true);
  });
  afterAll(() => t.close());

  describe('who may do what (deny cases)', () => {
    it("lets only the enterprise's admin create, list and revoke its shares", async () => {
      for (const token of [sEngineer, sViewer, platformAdmin]) {
        expect(extensionsOf(await t.gql(CREATE, { i: { recipient: 'x', purpose: 'y', sections: ALL_SECTIONS, expiresInDays: 5 } }, token))).toMatchObject({ code: 'FORBIDDEN' });
        expect(extensionsOf(await t.gql(SHARES, {}, token))).toMatchObject({ code: 'FORBIDDEN' });
      }
      const mine = await share();
      // Another supplier's admin neither sees nor revokes it.
      expect((await t.gql(SHARES, {}, otherAdmin)).data?.profileShares.map((s: { id: string }) => s.id)).not.toContain(mine.share.id);
      expect(extensionsOf(await t.gql(REVOKE, { id: mine.share.id }, otherAdmin))).toMatchObject({ code: 'NOT_FOUND' });
      expect(extensionsOf(await t.gql(REVOKE, { id: mine.share.id }, sEngineer))).toMatchObject({ code: 'FORBIDDEN' });
      expect((await open(tokenOf(mine.link))).status).toBe(200);
    });

    it("shows the profile to the enterprise's own users only", async () => {
      expect((await t.gql(PROFILE, { id: S.enterprise.id }, sViewer)).data?.qualityProfile.registration.name).toMatch(/^Enterprise /);
      expect(extensionsOf(await t.gql(PROFILE, { id: S.enterprise.id }, namedAdmin))).toMatchObject({ code: 'FORBIDDEN', reason: 'PROFILE_OWN_ENTERPRISE_ONLY' });
      expect(extensionsOf(await t.gql(PROFILE, { id: S.enterprise.id }, otherAdmin))).toMatchObject({ code: 'FORBIDDEN', reason: 'PROFILE_OWN_ENTERPRISE_ONLY' });
      expect(extensionsOf(await t.gql(PROFILE, { id: S.enterprise.id }, platformAdmin))).toMatchObject({ code: 'FORBIDDEN' });
    });

    it("lets only the chain leader's admin decide whether the chain is named", async () => {
      expect(extensionsOf(await t.gql(NAMING, { c: namedChain.id, a: false }, sAdmin))).toMatchObject({ code: 'FORBIDDEN' });
      expect(extensionsOf(await t.gql(NAMING, { c: unnamedChain.id, a: true }, namedAdmin))).toMatchObject({ code: 'NOT_FOUND' });
      expect(extensionsOf(await t.gql(NAMING, { c: namedChain.id, a: false }, await t.login(named.users.QUALITY_ENGINEER.email)))).toMatchObject({ code: 'FORBIDDEN' });
      expect((await t.gql('query($id: ID!) { industryChain(id: $id) { profileNamingAllowed } }', { id: unnamedChain.id }, sAdmin)).data?.industryChain.profileNamingAllowed).toBe(false);
    });

    it('refuses a bad share naming the field, and writes nothing', async () => {
      const before = await shareCount();
      const attempt = (input: Record<string, unknown>) => t.gql(CREATE, { i: { recipient: 'Bank', purpose: 'Loan', sections: ALL_SECTIONS, expiresInDays: 30, ...input } }, sAdmin);
      expect(extensionsOf(await attempt({ expiresInDays: 91 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresInDays', reason: 'SHARE_EXPIRY_OUT_OF_RANGE' });
      expect(extensionsOf(await attempt({ expiresInDays: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresInDays', reason: 'SHARE_EXPIRY_OUT_OF_RANGE' });
      expect(extensionsOf(await attempt({ sections: [] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sections', reason: 'SHARE_SECTIONS_REQUIRED' });
      expect(extensionsOf(await attempt({ recipient: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipient' });
      expect(extensionsOf(await attempt({ purpose: 'x'.repeat(201) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
      expect(await shareCount()).toBe(before);
    });
  });

  describe('the public link', () => {
    it('answers an unknown, malformed, revoked or expired token the same way', async () => {
      const revoked = await share();
      expect((await t.gql(REVOKE, { id: revoked.share.id }, sAdmin)).data?.revokeProfileShare.revokedAt).toEqual(expect.any(String));
      expect(extensionsOf(await t.gql(REVOKE, { id: revoked.share.id }, sAdmin))).toMatchObject({ code: 'CONFLICT', reason: 'SHARE_ALREADY_REVOKED' });
      const expired = await share({ expiresInDays: 1 });
      await t.get(DataSource).query(`UPDATE profile_shares SET created_at = now() - interval '3 days', expires_at = now() - interval '2 days' WHERE id = $1`, [expired.share.id]);
      const answers = await Promise.all(
        [tokenOf(revoked.link), tokenOf(expired.link), 'A'.repeat(43), 'short', tokenOf(revoked.link).slice(0, 42) + '*'].map((token) => open(encodeURIComponent(token))),
      );
      for (const res of answers) {
        expect(res.status).toBe(404);
        expect(res.body).toEqual(answers[0].body);
      }
      expect(answers[0].body).toMatchObject({ code: 'NOT_FOUND', reason: 'SHARE_NOT_VALID' });
    });

    it('keeps only the hash of the token', async () => {
      const created = await share();
      const token = tokenOf(created.link);
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits
      const [row] = await t.get(DataSource).query('SELECT to_jsonb(s.*)::text AS row FROM profile_shares s WHERE id = $1', [created.share.id]);
      expect(row.row).not.toContain(token);
      expect(created.link).toBe(`https://quality.example.cn/verify/${token}`);
      expect(created.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
      expect(Buffer.from(created.qrPng.replace(/^data:image\/png;base64,/, ''), 'base64').subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    });

    it('shows the figures as shared, signed with the published key, naming only chains whose leader allows it', async () => {
      const created = await share();
      const res = await open(tokenOf(created.link), { viewer: 'Li Na, Bank of Xuzhou' });
      expect(res.status).toBe(200);
      expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      const { payload, signature } = res.body;
      expect(payload.share).toMatchObject({ recipient: 'Bank of Xuzhou, Pizhou branch', purpose: 'Certification loan application', sections: ALL_SECTIONS });
      expect(payload.profile.certificates).toEqual([expect.objectContaining({ number: 'CQC-2025-Q-0417', issuer: 'CQC', status: 'VALID', scheme: 'ISO_9001' })]);
      expect(payload.profile.maturity).toMatchObject({ level: expect.any(String) });
      const chains = payload.profile.chains as Record<string, any>[];
      expect(chains).toHaveLength(2);
      const [namedRow, unnamedRow] = [chains.find((c) => c.name === namedChain.name)!, chains.find((c) => c.name === null)!];
      expect(namedRow).toMatchObject({ leaderProvince: '江苏省', lotsInspected: 20, lotPassRate: 0.9, firstPassYield: 0.9, correctiveActions: { requested: 1, answered: 1 } });
      expect(namedRow.ppm).toBeCloseTo((8 / 1600) * 1_000_000, 6);
      expect(namedRow.correctiveActions.medianResponseHours).toBeGreaterThanOrEqual(0);
      expect(unnamedRow).toMatchObject({ leaderProvince: '河北省', lotsInspected: 10, lotPassRate: 1, correctiveActions: { requested: 0, answered: 0, medianResponseHours: null } });
      // Nothing of the unnamed chain beyond the supplier's own figures: not its name, not its leader.
      expect(res.text).not.toContain(unnamedChain.name);
      expect(res.text).not.toContain('Secretive Motors');
      expect(res.text).not.toContain(unnamedChain.id);

      const key = (await t.http.get('/.well-known/chainq-signing-key')).body;
      expect(key).toMatchObject({ algorithm: 'Ed25519', keyId: signature.keyId });
      expect(verify(null, Buffer.from(canonicalJson(payload)), createPublicKey(key.publicKeyPem), Buffer.from(signature.value, 'base64'))).toBe(true);

      const views = (await t.gql(SHARES, {}, sAdmin)).data?.profileShares.find((s: { id: string }) => s.id === created.share.id).views;
      expect(views).toEqual([{ viewerName: 'Li Na, Bank of Xuzhou', refreshed: false }]);
    });

    it('lets a visitor name the visit it just made, and no other visit', async () => {
      const [mine, another] = [await share(), await share()];
      const [token, otherToken] = [tokenOf(mine.link), tokenOf(another.link)];
      const from = '198.51.100.251';
      const visit = await open(token, { from });
      const viewId = visit.headers['x-share-view'];
      expect(viewId).toMatch(/^[0-9a-f-]{36}$/);
      const name = (tokenPath: string, id: string, body: unknown) => t.http.post(`/verify/${tokenPath}/views/${id}`).set('X-Forwarded-For', from).send(body as object);
      const viewsOf = async (id: string) => (await t.gql(SHARES, {}, sAdmin)).data?.profileShares.find((s: { id: string }) => s.id === id).views;

      // Deny first: another link's token, a made-up or malformed visit, an empty or overlong name.
      for (const res of [await name(otherToken, viewId, { name: 'Mallory' }), await name(token, '00000000-0000-4000-8000-000000000000', { name: 'Mallory' }), await name(token, 'not-a-uuid', { name: 'Mallory' })]) {
        expect(res.status).toBe(404);
        expect(res.body).toMatchObject({ code: 'NOT_FOUND', reason: 'SHARE_NOT_VALID' });
      }
      expect((await name(token, viewId, { name: '  ' })).body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect((await name(token, viewId, {})).body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect((await name(token, viewId, { name: 'x'.repeat(201) })).body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect(await viewsOf(mine.share.id)).toEqual([{ viewerName: null, refreshed: false }]);

      const named = await name(token, viewId, { name: ' Zhao Min, Jiangsu Bank ' });
      expect(named.status).toBe(200);
      expect(named.body).toEqual({ viewId, name: 'Zhao Min, Jiangsu Bank' });
      expect((await name(token, viewId, { name: 'Zhao Min, Bank of Jiangsu' })).status).toBe(200); // a typo corrected
      expect(await viewsOf(mine.share.id)).toEqual([{ viewerName: 'Zhao Min, Bank of Jiangsu', refreshed: false }]);

      // An hour on, the visit's name is settled; a revoked link names nothing.
      await t.get(DataSource).query(`UPDATE profile_share_views SET viewed_at = now() - interval '61 minutes' WHERE id = $1`, [viewId]);
      const late = await name(token, viewId, { name: 'Someone else' });
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ code: 'CONFLICT', reason: 'SHARE_VIEW_NAMING_CLOSED' });
      const fresh = (await open(token, { from })).headers['x-share-view'];
      await t.gql(REVOKE, { id: mine.share.id }, sAdmin);
      expect((await name(token, fresh, { name: 'After revocation' })).body).toMatchObject({ code: 'NOT_FOUND', reason: 'SHARE_NOT_VALID' });
      expect((await viewsOf(mine.share.id)).map((v: { viewerName: string | null }) => v.viewerName)).toEqual([null, 'Zhao Min, Bank of Jiangsu']);
    });

    it('includes only the chosen sections', async () => {
      const created = await share({ sections: ['CERTIFICATES'] });
      const { payload } = (await open(tokenOf(created.link))).body;
      expect(Object.keys(payload.profile).sort()).toEqual(['certificates', 'computedAt', 'registration']);
    });

    it('re-takes the snapshot when a recipient opens the link after the data changed, and says which it replaces', async () => {
      const created = await share();
      const token = tokenOf(created.link);
      const first = (await open(token)).body;
      const again = (await open(token)).body;
      expect(again.signature.value).toBe(first.signature.value); // unchanged data: the same signed snapshot
      const cert = await t.gql('mutation($input: RecordCertificationInput!) { recordCertification(input: $input) { id } }', {
        input: { enterpriseId: S.enterprise.id, scheme: 'ISO_14001', number: 'CQC-E-88', certificationBody: 'CQC', issuedOn: '2026-01-10', expiresOn: '2029-01-09' },
      }, sAdmin);
      expect(cert.errors).toBeUndefined();
      const refreshed = (await open(token)).body;
      expect(refreshed.payload.profile.certificates.map((c: { number: string }) => c.number).sort()).toEqual(['CQC-2025-Q-0417', 'CQC-E-88']);
      expect(refreshed.payload.snapshot.replacesSnapshotOf).toBe(first.payload.snapshot.takenAt);
      const views = (await t.gql(SHARES, {}, sAdmin)).data?.profileShares.find((s: { id: string }) => s.id === created.share.id).views;
      expect(views.map((v: { refreshed: boolean }) => v.refreshed)).toEqual([true, false, false]);
    });

    it('is checked offline by the script: accepted as downloaded, refused after one byte is changed', async () => {
      const created = await share();
      const res = await open(tokenOf(created.link));
      const dir = mkdtempSync(path.join(tmpdir(), 'chainq-verify-'));
      const [file, changed, keyFile] = ['profile.json', 'changed.json', 'key.json'].map((f) => path.join(dir, f));
      writeFileSync(file, res.text);
      writeFileSync(keyFile, (await t.http.get('/.well-known/chainq-signing-key')).text);
      // One byte: the first lot count's digit becomes another digit.
      const at = res.text.indexOf('"lotsInspected":') + '"lotsInspected":'.length;
      writeFileSync(changed, res.text.slice(0, at) + (res.text[at] === '9' ? '8' : '9') + res.text.slice(at + 1));
      const run = (f: string) => spawnSync(process.execPath, ['scripts/verify-profile.mjs', f, keyFile], { encoding: 'utf8' });
      const good = run(file);
      expect(good.stdout).toMatch(/^VALID: signed by ChainQ; profile of Enterprise /);
      expect(good.status).toBe(0);
      const bad = run(changed);
      expect(bad.stdout).toMatch(/^NOT VALID: the signature does not match the content/);
      expect(bad.status).toBe(1);
    });
  });

  describe('months supplied', () => {
    it("counts from the first lot the leader inspected on arrival, not from lots the supplier dates itself", async () => {
      const chainOf = async () => (await t.gql(PROFILE, { id: S.enterprise.id }, sAdmin)).data?.qualityProfile.chains.find((c: { name: string | null }) => c.name === namedChain.name);
      expect((await chainOf()).monthsSupplied).toBe(0); // joined today, no earlier incoming lot
      const lot = (stage: string, daysAgo: number) => ({
        chainId: namedChain.id, supplierEnterpriseId: S.enterprise.id, partNumber: 'BR-7', lotNumber: `OLD-${stage}-${daysAgo}`, lotSize: 1000, stage,
        inspectedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(), aql: '1.0', unitsSampled: 80, nonconformingUnits: 0,
      });
      // The supplier's own back-dated lot proves nothing.
      expect((await t.gql(RECORD, { lots: [lot('SPECIAL', 800)] }, sEngineer)).data?.recordInspectionLots.errors).toEqual([]);
      // The leader's incoming inspection of 400 days ago (imported history) does.
      expect((await t.gql(RECORD, { lots: [lot('INCOMING', 400)] }, await t.login(named.users.QUALITY_ENGINEER.email))).data?.recordInspectionLots.errors).toEqual([]);
      await rollupsApplied();
      const row = await chainOf();
      expect(row.monthsSupplied).toBeGreaterThanOrEqual(13);
      expect(row.monthsSupplied).toBeLessThanOrEqual(14);
      expect(row.lotsInspected).toBe(20); // both old lots lie before the last twelve months
    });
  });

  describe('abuse of the public endpoint', () => {
    it('limits openings per link', async () => {
      const token = tokenOf((await share()).link);
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) statuses.push((await open(token)).status);
      expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
      expect(statuses[30]).toBe(429);
    });

    it('limits openings per address, whatever the token', async () => {
      const from = '203.0.113.77';
      const statuses: number[] = [];
      for (let i = 0; i < 61; i++) statuses.push((await open(`unknown-${i}`, { from })).status);
      expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
      expect(statuses[60]).toBe(429);
    });

    it('answers only "not valid" to malformed tokens (fuzz)', async () => {
      let seed = 17;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const alphabet = Array.from('AZaz09_-./\\%?#&=+ \u0000\u00e9\u4e2d\ud83d\ude00\'"<>;'); // by code point: no half emoji
      const tokens = [
        ...Array.from({ length: 150 }, () => Array.from({ length: Math.floor(random() * 80) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')),
        'x'.repeat(5000), '..', '../../etc/passwd', "' OR 1=1 --", '%00', 'A'.repeat(42), 'A'.repeat(44), 'A'.repeat(43) + '\u0000',
      ];
      const answers = [];
      for (const [i, token] of tokens.entries()) {
        const res = await open(encodeURIComponent(token), { from: `192.0.2.${i % 250}` });
        answers.push({ token, status: res.status, reason: res.body?.reason });
      }
      expect(answers.filter((a) => a.status !== 404 || a.reason !== 'SHARE_NOT_VALID')).toEqual([]);
    });
  });
});
