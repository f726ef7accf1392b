import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { makeUscc } from '@chainq/codes';
import { Organisation, OrganisationKind, OrganisationService, Role, User, UserService } from '@chainq/identity';
import { Enterprise, EnterpriseService, IndustryChain, IndustryChainService } from '@chainq/registry';
import { PASSWORD, TestApp } from './test-app';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fresh, valid unified social credit code registered in `division`. */
export function randomUscc(division = '320300'): string {
  const base = Array.from({ length: 8 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');
  return makeUscc({ registration: '91', division, organisationBase: base });
}

export interface TestEnterprise {
  enterprise: Enterprise;
  users: Record<string, User>;
}

/** A registered enterprise with one user per role (keyed by role). */
export async function enterpriseWith(
  t: TestApp,
  roles: Role[],
  facts: { regionCode?: string; industryCode?: string; employees?: number; revenue10kCny?: number; name?: string } = {},
): Promise<TestEnterprise> {
  const tag = randomUUID().slice(0, 8);
  const regionCode = facts.regionCode ?? '320382';
  const enterprise = await t.get(DataSource).transaction((m) =>
    t.get(EnterpriseService).createUnscoped(
      {
        name: facts.name ?? `Enterprise ${tag}`,
        uscc: randomUscc(regionCode),
        industryCode: facts.industryCode ?? 'C3670',
        regionCode,
        employees: facts.employees ?? 120,
        revenue10kCny: facts.revenue10kCny ?? 8000,
      },
      m,
    ),
  );
  const organisation = (await t.get(OrganisationService).findById(enterprise.id))!;
  return { enterprise, users: await usersFor(t, organisation, roles, tag) };
}

export async function officeWith(t: TestApp, roles: Role[]): Promise<{ office: Organisation; users: Record<string, User> }> {
  const tag = randomUUID().slice(0, 8);
  const office = await t.get(OrganisationService).create({ kind: OrganisationKind.REGULATOR_OFFICE, name: `Office ${tag}` });
  return { office, users: await usersFor(t, office, roles, tag) };
}

async function usersFor(t: TestApp, organisation: Organisation, roles: Role[], tag: string): Promise<Record<string, User>> {
  const users: Record<string, User> = {};
  for (const role of roles) {
    users[role] = await t.get(UserService).createUnscoped(organisation, {
      organisationId: organisation.id,
      email: `${role.toLowerCase()}.${tag}@test.example`,
      displayName: `${role} ${tag}`,
      password: PASSWORD,
      roles: [role],
    });
  }
  return users;
}

export async function chainLedBy(t: TestApp, leader: TestEnterprise, clusterIds: string[] = []): Promise<IndustryChain> {
  const admin = await t.login(leader.users[Role.ENTERPRISE_ADMIN].email);
  const res = await t.gql<{ createIndustryChain: { id: string } }>(
    'mutation($input: CreateIndustryChainInput!) { createIndustryChain(input: $input) { id } }',
    { input: { name: `Chain ${leader.enterprise.id.slice(0, 6)}`, leaderEnterpriseId: leader.enterprise.id, industryCode: 'C36', clusterIds } },
    admin,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return (await t.get(IndustryChainService).findByIds([res.data.createIndustryChain.id]))[0]!;
}

const DIMENSIONS = ['COMPLIANCE_INTEGRITY', 'STRATEGY_RISK', 'RESOURCES', 'PRODUCT_IMPROVEMENT_SERVICE', 'PURCHASING_SUPPLIERS', 'PRODUCT_REALISATION', 'CUSTOMER_SATISFACTION', 'IMPROVEMENT_INNOVATION', 'DISTINCTIVE_FEATURES'];

/**
 * Takes an existing enterprise through invitation, acceptance (as its
 * signed-in admin) and qualification; approves it unless told to stop at
 * ONBOARDING. Returns the membership id.
 */
export async function onboardSupplier(
  t: TestApp,
  chainId: string,
  leaderToken: string,
  supplier: TestEnterprise,
  options: { tier?: number; parentMembershipId?: string; approve?: boolean } = {},
): Promise<string> {
  const supplierToken = await t.login(supplier.users[Role.ENTERPRISE_ADMIN].email);
  const uscc = (await t.get(OrganisationService).findById(supplier.enterprise.id))!.uscc;
  const inv = await t.gql(
    'mutation($input: InviteSupplierInput!) { inviteSupplier(input: $input) { token membership { id } } }',
    { input: { chainId, uscc, email: supplier.users[Role.ENTERPRISE_ADMIN].email, tier: options.tier ?? 1, parentMembershipId: options.parentMembershipId } },
    leaderToken,
  );
  if (!inv.data) throw new Error(JSON.stringify(inv.errors));
  const membershipId: string = inv.data.inviteSupplier.membership.id;
  await t.gql('mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id } } }', { input: { token: inv.data.inviteSupplier.token } }, supplierToken);
  const scores = DIMENSIONS.map((dimension) => ({ dimension, score: 3 }));
  const maturity = await t.gql('mutation($input: SubmitMaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }', { input: { enterpriseId: supplier.enterprise.id, scores } }, supplierToken);
  await t.gql('mutation($input: SubmitQualificationInput!) { submitQualification(input: $input) { id } }', { input: { membershipId, maturityAssessmentId: maturity.data?.submitMaturityAssessment.id } }, supplierToken);
  if (options.approve !== false) {
    const ok = await t.gql('mutation($id: ID!) { approveSupplier(membershipId: $id) { status } }', { id: membershipId }, leaderToken);
    if (ok.data?.approveSupplier.status !== 'ACTIVE') throw new Error(JSON.stringify(ok.errors));
  }
  return membershipId;
}
