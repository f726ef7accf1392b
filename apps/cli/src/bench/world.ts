import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { chinaDay } from '@chainq/core';
import { Actor, OrganisationKind, OrganisationService, Role, UserService } from '@chainq/identity';
import { CoordinatorService, IndustryClusterService } from '@chainq/registry';

import { benchChain, PASSWORD } from './bench-chain';

export { PASSWORD };
const DAYS = 730;
const START = Date.now() - DAYS * 86_400_000;

/** A leader, `suppliers` active suppliers in two counties, their chain and a cluster of them all. */
export async function world(app: INestApplicationContext, suppliers: number) {
  const { chainId, leader, members } = await benchChain(app, suppliers, 'MA1B');
  const admin: Actor = { userId: randomUUID(), organisationId: randomUUID(), organisationKind: OrganisationKind.PLATFORM, roles: [Role.PLATFORM_ADMIN] };
  const office = await app.get(OrganisationService).create({ kind: OrganisationKind.REGULATOR_OFFICE, name: 'Bench office' });
  const cluster = await app.get(IndustryClusterService).create(admin, { name: 'Bench cluster', regionCode: '131125', industryCode: 'C36', product: 'castings', coordinatingOfficeId: office.id });
  await app.get(IndustryClusterService).addMembers(admin, cluster.id, members.map((s) => s.id));
  const coordinatorEmail = 'coordinator@bench.example';
  const coordinator = await app.get(UserService).createUnscoped(office, { organisationId: office.id, email: coordinatorEmail, displayName: 'Bench coordinator', password: PASSWORD, roles: [Role.COORDINATOR] });
  // Hebei (the cluster's province, where half the suppliers are) and the cluster: programOutcomes asks for the province.
  await app.get(CoordinatorService).assign(admin, coordinator.id, ['130000'], [cluster.id]);
  return { chainId, clusterId: cluster.id, leader, admin, suppliers: members, coordinatorEmail };
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
