import { Injectable } from '@nestjs/common';
import { chinaDay, chinaMidnight, forbidden } from '@chainq/core';
import { Actor, OrganisationKind, OrganisationService, Role } from '@chainq/identity';
import { ScorecardService } from '@chainq/insights';
import { QualityInsightsService } from '@chainq/quality';
import {
  CertificationService,
  CertificationStatus,
  EnterpriseService,
  IndustryChainService,
  MaturityService,
  MembershipService,
  MembershipStatus,
  RegionService,
} from '@chainq/registry';
import { CreditReason } from '../credit-reasons';
import { lastTwelveMonths, ProfileCertificate, ProfileChain, QualityProfile, wholeMonthsBetween } from './quality-profile';

/** Memberships a profile speaks for: chains the enterprise supplies now. */
const SUPPLYING = [MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED];

/**
 * Builds an enterprise's quality profile from the registry, the lot rollups
 * and the 8D records. Every figure is read as the enterprise itself would
 * read it, so a profile never holds more than its own users could see.
 */
@Injectable()
export class QualityProfileService {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly enterprises: EnterpriseService,
    private readonly regions: RegionService,
    private readonly certifications: CertificationService,
    private readonly maturity: MaturityService,
    private readonly chains: IndustryChainService,
    private readonly memberships: MembershipService,
    private readonly scorecards: ScorecardService,
    private readonly actions: QualityInsightsService,
  ) {}

  /** The enterprise's own view (`qualityProfile`): its users only. */
  async ownProfile(actor: Actor, enterpriseId: string, now = new Date()): Promise<QualityProfile> {
    if (actor.organisationId !== enterpriseId) throw forbidden("Only the enterprise's own users read its quality profile", { reason: CreditReason.ProfileOwnEnterpriseOnly });
    return this.compute(enterpriseId, now);
  }

  /** The profile as of `now`, for a share's snapshot (the caller has checked the share). */
  async compute(enterpriseId: string, now = new Date()): Promise<QualityProfile> {
    const self = asEnterprise(enterpriseId);
    const [[organisation], [enterprise], [certificates], [assessments], memberships] = await Promise.all([
      this.organisations.findByIds([enterpriseId]),
      this.enterprises.findByIds([enterpriseId]),
      this.certifications.forEnterprises([enterpriseId]),
      this.maturity.historyOf([enterpriseId]),
      this.chains.myMemberships(self),
    ]);
    if (!organisation || !enterprise) throw forbidden('Not an enterprise', { reason: CreditReason.ProfileOwnEnterpriseOnly });
    const today = chinaDay(now);
    const latest = assessments.at(-1);
    return {
      computedAt: now.toISOString(),
      registration: {
        name: organisation.name,
        uscc: organisation.uscc,
        regionCode: enterprise.regionCode,
        regionName: enterprise.regionName,
        sizeClass: enterprise.sizeClassDeclared ?? enterprise.sizeClassComputed,
        registeredOn: chinaDay(enterprise.createdAt),
      },
      certificates: certificates.map((c): ProfileCertificate => ({
        scheme: c.scheme,
        schemeName: c.schemeName,
        issuer: c.certificationBody,
        number: c.number,
        issuedOn: c.issuedOn,
        expiresOn: c.expiresOn,
        status: c.status === CertificationStatus.VALID && c.expiresOn < today ? CertificationStatus.EXPIRED : c.status,
      })),
      maturity: latest ? { level: latest.level, score: latest.score, modelVersion: latest.modelVersion, assessedAt: latest.submittedAt.toISOString() } : null,
      chains: await this.chainFigures(self, memberships.filter((m) => SUPPLYING.includes(m.status)), now),
    };
  }

  private async chainFigures(self: Actor, memberships: { id: string; chainId: string; status: MembershipStatus }[], now: Date): Promise<ProfileChain[]> {
    if (!memberships.length) return [];
    const today = chinaDay(now);
    const period = lastTwelveMonths(today, chinaDay(now, 1));
    const chainIds = memberships.map((m) => m.chainId);
    const [chains, events, responses, figures] = await Promise.all([
      this.chains.findByIds(chainIds),
      this.memberships.events(memberships.map((m) => m.id)),
      this.actions.responseFigures(self, self.organisationId, chinaMidnight(period.from), chinaMidnight(period.to)),
      this.scorecards.ownFigures(self, self.organisationId, chainIds, period.from, period.to),
    ]);
    const leaders = await this.enterprises.findByIds(chains.map((c) => c!.leaderEnterpriseId));
    const provinces = await this.regions.findByCodes(leaders.map((l) => `${l!.regionCode.slice(0, 2)}0000`));
    const rows = memberships.map((m, i): ProfileChain => {
      const chain = chains[i]!;
      const card = figures[i];
      const activated = chinaDay(events[i].find((e) => e.toStatus === MembershipStatus.ACTIVE)?.at ?? now);
      // Lots the leader inspected on arrival before the supplier joined ChainQ (imported history) prove earlier supply.
      const suppliedSince = card.firstIncomingDay !== null && card.firstIncomingDay < activated ? card.firstIncomingDay : activated;
      const response = responses.find((r) => r.chainId === chain.id);
      return {
        name: chain.profileNamingAllowed ? chain.name : null,
        leaderProvince: provinces[i]?.name ?? leaders[i]!.regionName,
        status: m.status,
        suppliedSince,
        monthsSupplied: wholeMonthsBetween(suppliedSince, today),
        period,
        lotsInspected: card.lotsInspected,
        lotPassRate: card.lotPassRate,
        firstPassYield: card.firstPassYield,
        ppm: card.ppm,
        correctiveActions: { requested: response?.requested ?? 0, answered: response?.answered ?? 0, medianResponseHours: response?.medianResponseHours ?? null },
      };
    });
    // Longest-standing first; named before unnamed at the same age.
    return rows.sort((a, b) => a.suppliedSince.localeCompare(b.suppliedSince) || Number(b.name !== null) - Number(a.name !== null));
  }
}

/** The enterprise as its own read-only user: the scope every figure of its profile is read in. */
function asEnterprise(enterpriseId: string): Actor {
  return { userId: '00000000-0000-0000-0000-000000000000', organisationId: enterpriseId, organisationKind: OrganisationKind.ENTERPRISE, roles: [Role.VIEWER] };
}
