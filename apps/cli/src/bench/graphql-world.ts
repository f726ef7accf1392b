import { randomUUID } from 'node:crypto';
import { benchChain, PASSWORD } from './bench-chain';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthService, OrganisationKind, OrganisationService, PlatformAdminService } from '@chainq/identity';
import { RollupService } from '@chainq/inspection';
import { Certification, CertificationScheme, IndustryClusterService } from '@chainq/registry';

export interface GraphqlWorld {
  chainId: string;
  clusterId: string;
  /** Bearer tokens: the chain leader's admin, and a platform admin (who sees every cluster). */
  leaderToken: string;
  adminToken: string;
}

/**
 * A leader with `suppliers` active suppliers (two certificates each) in one
 * chain and one cluster, and `lots` lots spread over the last two years,
 * rolled up as the worker would.
 */
export async function graphqlWorld(app: INestApplicationContext, suppliers: number, lots: number): Promise<GraphqlWorld> {
  const ds = app.get(DataSource);
  const auth = app.get(AuthService);
  const { chainId, leader, members } = await benchChain(app, suppliers, 'MB2C');
  await ds.getRepository(Certification).insert(
    members.flatMap((s, i) =>
      [CertificationScheme.ISO_9001, CertificationScheme.IATF_16949].map((scheme) => ({ enterpriseId: s.id, scheme, number: `${scheme}-${i}`, certificationBody: 'Bench certification body', issuedOn: '2024-01-01', expiresOn: '2099-01-01' })),
    ),
  );
  const adminUser = await app.get(PlatformAdminService).create({ email: `gql-admin-${randomUUID()}@bench.example`, displayName: 'Bench admin', password: PASSWORD });
  const admin = await auth.actorOf(adminUser.id);
  const office = await app.get(OrganisationService).create({ kind: OrganisationKind.REGULATOR_OFFICE, name: 'Bench office' });
  const cluster = await app.get(IndustryClusterService).create(admin, { name: 'Bench cluster', regionCode: '131125', industryCode: 'C36', product: 'castings', coordinatingOfficeId: office.id });
  await app.get(IndustryClusterService).addMembers(admin, cluster.id, members.map((s) => s.id));
  // Lots over the last 730 days, suppliers in turn; about 1 in 11 rejected, 1 in 13 a resubmission.
  await ds.query(
    `INSERT INTO inspection_lots (chain_id, supplier_enterprise_id, part_number, lot_number, lot_size, stage, inspected_at, inspected_day, submission, inspection_level, aql,
                                  plan_severity, acceptance_number, units_sampled, nonconforming_units, defects, decision, recorded_by)
     SELECT $1::uuid, s.ids[1 + i % array_length(s.ids, 1)], 'P-' || (i % 7), 'G' || i, 1000, 'INCOMING'::inspection_stage, t, (t AT TIME ZONE 'Asia/Shanghai')::date,
            CASE WHEN i % 13 = 0 THEN 2 ELSE 1 END, 'II', '1.0', 'NORMAL', 2, 80, CASE WHEN i % 11 = 0 THEN 3 ELSE i % 3 END, '{}',
            (CASE WHEN i % 11 = 0 THEN 'REJECT' ELSE 'ACCEPT' END)::lot_decision, $3::uuid
       FROM generate_series(0, $2 - 1) i, (SELECT $4::uuid[] AS ids) s, LATERAL (SELECT now() - ((i * 7919) % (730 * 86400)) * interval '1 second' AS t) at`,
    [chainId, lots, leader.user.id, members.map((s) => s.id)],
  );
  await ds.query('ANALYZE inspection_lots');
  await app.get(RollupService).rebuild();
  return { chainId, clusterId: cluster.id, leaderToken: (await auth.issue(leader.user)).accessToken, adminToken: (await auth.issue(adminUser)).accessToken };
}
