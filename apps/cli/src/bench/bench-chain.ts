import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { makeUscc } from '@chainq/codes';
import { AuthService, OrganisationService, Role, UserService } from '@chainq/identity';
import { ChainMembership, EnterpriseService, IndustryChainService, MembershipStatus } from '@chainq/registry';

export const PASSWORD = 'bench-password-1';

/**
 * A leader enterprise and `suppliers` active suppliers of its chain, in two
 * counties, each with an admin user. `tag` (four characters) keeps two
 * worlds' codes and e-mail addresses apart.
 */
export async function benchChain(app: INestApplicationContext, suppliers: number, tag: string) {
  const ds = app.get(DataSource);
  const uscc = (i: number) => makeUscc({ registration: '91', division: '320382', organisationBase: `${tag}${String(i).padStart(4, '0')}` });
  const make = async (name: string, i: number) => {
    const enterprise = await ds.transaction((m) =>
      app.get(EnterpriseService).createUnscoped({ name, uscc: uscc(i), industryCode: 'C3670', regionCode: i % 2 ? '131125' : '320382', employees: 50, revenue10kCny: 2000 }, m),
    );
    const organisation = (await app.get(OrganisationService).findById(enterprise.id))!;
    const email = `${tag.toLowerCase()}${i}@bench.example`;
    const user = await app.get(UserService).createUnscoped(organisation, { organisationId: enterprise.id, email, displayName: name, password: PASSWORD, roles: [Role.ENTERPRISE_ADMIN] });
    return { id: enterprise.id, uscc: uscc(i), email, user, actor: await app.get(AuthService).actorOf(user.id) };
  };
  const leader = await make('Bench leader', 0);
  const chain = await app.get(IndustryChainService).create(leader.actor, { name: 'Bench chain', leaderEnterpriseId: leader.id, industryCode: 'C36', clusterIds: [] });
  const members: Awaited<ReturnType<typeof make>>[] = [];
  for (let i = 1; i <= suppliers; i++) members.push(await make(`Bench supplier ${i}`, i));
  await ds.getRepository(ChainMembership).insert(members.map((s) => ({ chainId: chain.id, supplierUscc: s.uscc, supplierEnterpriseId: s.id, tier: 1, status: MembershipStatus.ACTIVE, categories: ['castings'] })));
  return { chainId: chain.id, leader, members };
}
