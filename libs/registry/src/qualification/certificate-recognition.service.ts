import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict, forbidden } from '@chainq/core';
import { Actor, OrganisationService } from '@chainq/identity';
import { canActForEnterprise } from '../access/registry-scope';
import { MembershipService } from '../chain/membership.service';
import { RegionService } from '../region/region.service';
import { RegistryReason } from '../registry-reasons';
import { Qualification, QualificationDecision } from './qualification.entity';

/** A certificate of a qualification under review that another chain's leader has already verified (approved). */
export interface CertificateRecognition {
  certificationId: string;
  /** The leader that verified it, when its chain may be named (its setting for quality profiles); null otherwise. */
  verifiedBy: string | null;
  /** The province of that leader's registered address, always given. */
  verifiedByProvince: string;
  verifiedAt: Date;
}

/**
 * Chains recognising each other's certification results (docs/domain-notes.md,
 * "Quality credit profile"): the leader reviewing a supplier sees which of its
 * certificates other chains have verified, and may accept them instead of
 * asking for their documents again.
 */
@Injectable()
export class CertificateRecognitionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly organisations: OrganisationService,
    private readonly regions: RegionService,
  ) {}

  /** For the reviewing leader's staff only (others get none): the qualification's certificates verified on other chains, latest verification per chain. */
  async recognitionsOf(actor: Actor, qualification: Qualification): Promise<CertificateRecognition[]> {
    if (!qualification.certificationIds.length) return [];
    const { chain } = await this.memberships.visibleMembership(actor, qualification.membershipId);
    if (!canActForEnterprise(actor, chain.leaderEnterpriseId)) return [];
    const rows: { certification_id: string; leader: string; named: boolean; region_code: string; decided_at: Date }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (c.id, ch.id) c.id AS certification_id, ch.leader_enterprise_id AS leader, ch.profile_naming_allowed AS named, e.region_code, q.decided_at
         FROM qualifications q
         CROSS JOIN LATERAL unnest(q.certification_ids) AS c(id)
         JOIN chain_memberships m ON m.id = q.membership_id
         JOIN industry_chains ch ON ch.id = m.chain_id
         JOIN enterprises e ON e.id = ch.leader_enterprise_id
        WHERE q.decision = $1 AND c.id = ANY($2::uuid[]) AND m.chain_id <> $3
        ORDER BY c.id, ch.id, q.decided_at DESC`,
      [QualificationDecision.APPROVED, qualification.certificationIds, chain.id],
    );
    const [leaders, provinces] = await Promise.all([
      this.organisations.findByIds(rows.map((r) => r.leader)),
      this.regions.findByCodes(rows.map((r) => `${r.region_code.slice(0, 2)}0000`)),
    ]);
    return rows.map((r, i) => ({
      certificationId: r.certification_id,
      verifiedBy: r.named ? (leaders[i]?.name ?? null) : null,
      verifiedByProvince: provinces[i]?.name ?? r.region_code,
      verifiedAt: r.decided_at,
    }));
  }

  /** The leader accepts certificates of the pending qualification that other chains verified; recorded on the qualification. */
  async accept(actor: Actor, membershipId: string, certificationIds: string[]): Promise<Qualification> {
    const { chain } = await this.memberships.visibleMembership(actor, membershipId);
    if (!canActForEnterprise(actor, chain.leaderEnterpriseId)) throw forbidden("Only the chain leader's admins and quality engineers review qualifications", { reason: RegistryReason.LeaderStaffOnly });
    const pending = await this.dataSource.getRepository(Qualification).findOne({ where: { membershipId, decision: QualificationDecision.PENDING }, order: { submittedAt: 'DESC' } });
    if (!pending) throw conflict('The supplier has not submitted a qualification to review', { reason: RegistryReason.NoQualificationToDecide });
    const recognised = new Set((await this.recognitionsOf(actor, pending)).map((r) => r.certificationId));
    const wanted = [...new Set(certificationIds)];
    const notRecognised = wanted.findIndex((id) => !recognised.has(id));
    if (!wanted.length || notRecognised >= 0) {
      throw badInput(`certificationIds${wanted.length ? `[${notRecognised}]` : ''}`, 'name certificates of this qualification that another chain has verified', { reason: RegistryReason.CertificateNotRecognised });
    }
    const accepted = [...new Set([...pending.recognisedCertificationIds, ...wanted])];
    const recognisedAt = new Date();
    await this.dataSource.getRepository(Qualification).update(pending.id, { recognisedCertificationIds: accepted, recognisedBy: actor.userId, recognisedAt });
    return { ...pending, recognisedCertificationIds: accepted, recognisedBy: actor.userId, recognisedAt };
  }
}
