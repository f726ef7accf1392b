import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chinaDay } from '@chainq/core';
import { makeUscc } from '@chainq/codes';
import { Actor, AuthService, OrganisationKind, OrganisationService, Role, UserService } from '@chainq/identity';
import { ChainMembership, CoordinatorService, EnterpriseService, IndustryChainService, IndustryClusterService, MembershipStatus } from '@chainq/registry';

export const PASSWORD = 'bench-password-1';
const DAYS = 730;
const START = Date.now() - DAYS * 86_400_000;

/** A leader, `suppliers` active suppliers in two counties, their chain and a cluster of them all. */
export async function world(app: INestApplicationContext, suppliers: number) {
  const ds = app.get(DataSource);
  const uscc = (i: number) => makeUscc({ registration: '91', division: '320382', organisationBase: `MA1B${String(i).padStart(4, '0')}` });
  const make = async (name: string, i: number) => {
    const enterprise = await ds.transaction((m) =>
      app.get(EnterpriseService).createUnscoped({ name, uscc: uscc(i), industryCode: 'C3670', regionCode: i % 2 ? '131125' : '320382', employees: 50, revenue10kCny: 2000 }, m),
    );
    const organisation = (await app.get(OrganisationService).findById(enterprise.id))!;
    const email = `bench${i}@bench.example`;
    const user = await app.get(UserService).createUnscoped(organisation, { organisationId: enterprise.id, email, displayName: name, password: PASSWORD, roles: [Role.ENTERPRISE_ADMIN] });
    return { id: enterprise.id, uscc: uscc(i), email, actor: await app.get(AuthService).actorOf(user.id) };
  };
  const leader = await make('Bench leader', 0);
  const chain = await app.get(IndustryChainService).create(leader.actor, { name: 'Bench chain', leaderEnterpriseId: leader.id, industryCode: 'C36', clusterIds: [] });
  const members: Awaited<ReturnType<typeof make>>[] = [];
  for (let i = 1; i <= suppliers; i++) members.push(await make(`Bench supplier ${i}`, i));
  await ds.getRepository(ChainMembership).insert(members.map((s) => ({ chainId: chain.id, supplierUscc: s.uscc, supplierEnterpriseId: s.id, tier: 1, status: MembershipStatus.ACTIVE, categories: [] })));
  const admin: Actor = { userId: randomUUID(), organisationId: randomUUID(), organisationKind: OrganisationKind.PLATFORM, roles: [Role.PLATFORM_ADMIN] };
  const office = await app.get(OrganisationService).create({ kind: OrganisationKind.REGULATOR_OFFICE, name: 'Bench office' });
  const cluster = await app.get(IndustryClusterService).create(admin, { name: 'Bench cluster', regionCode: '131125', industryCode: 'C36', product: 'castings', coordinatingOfficeId: office.id });
  await app.get(IndustryClusterService).addMembers(admin, cluster.id, members.map((s) => s.id));
  const coordinatorEmail = 'coordinator@bench.example';
  const coordinator = await app.get(UserService).createUnscoped(office, { organisationId: office.id, email: coordinatorEmail, displayName: 'Bench coordinator', password: PASSWORD, roles: [Role.COORDINATOR] });
  await app.get(CoordinatorService).assign(admin, coordinator.id, [], [cluster.id]);
  return { chainId: chain.id, clusterId: cluster.id, leader, admin, suppliers: members, coordinatorEmail };
}

export type World = Awaited<ReturnType<typeof world>>;

/** Lot i of n in the synthetic stream: grouped by supplier, spread over two years, about 1 in 11 rejected and 1 in 13 resubmitted. */
function lot(w: World, n: number, i: number) {
  const supplier = w.suppliers[Math.floor((i / n) * w.suppliers.length) % w.suppliers.length];
  const nonconforming = i % 11 === 0 ? 3 : i % 3;
  return { supplier, lotNumber: `L${i}`, part: `P-${i % 7}`, inspectedAt: new Date(START + ((i * 7919) % (DAYS * 86_400)) * 1000), submission: i % 13 === 0 ? 2 : 1, nonconforming };
}

/** The lots as a leader's receiving-inspection file: suppliers named by USCC, GB/T 2828.1 plan II / AQL 1.0. */
export function* csvLines(w: World, n: number): Generator<string> {
  yield 'supplier_uscc,part_number,lot_number,lot_size,stage,inspected_at,submission,inspection_level,aql,units_sampled,nonconforming_units\n';
  for (let i = 0; i < n; i++) {
    const l = lot(w, n, i);
    yield `${l.supplier.uscc},${l.part},${l.lotNumber},1000,INCOMING,${l.inspectedAt.toISOString()},${l.submission},II,1.0,80,${l.nonconforming}\n`;
  }
}

export const COPY_COLUMNS =
  'chain_id, supplier_enterprise_id, part_number, lot_number, lot_size, stage, inspected_at, inspected_day, submission, inspection_level, aql, plan_severity, acceptance_number, units_sampled, nonconforming_units, defects, decision, recorded_by';

/** Lots `offset` to `offset + n` of a stream of `total`, as the COPY text of the rows the import writes, a thousand lines per chunk. */
export function* copyChunks(w: World, n: number, offset = 0, total = offset + n): Generator<string> {
  for (let start = offset; start < offset + n; start += 1000) {
    let chunk = '';
    for (let i = start; i < Math.min(start + 1000, offset + n); i++) {
      const l = lot(w, total, i);
      chunk += `${w.chainId}\t${l.supplier.id}\t${l.part}\t${l.lotNumber}\t1000\tINCOMING\t${l.inspectedAt.toISOString()}\t${chinaDay(l.inspectedAt)}\t${l.submission}\tII\t1.0\tNORMAL\t2\t80\t${l.nonconforming}\t{}\t${l.nonconforming <= 2 ? 'ACCEPT' : 'REJECT'}\t${w.leader.actor.userId}\n`;
    }
    yield chunk;
  }
}
