import type { ProfileShareService, ProfileShareView } from '@chainq/credit';
import DataLoader from 'dataloader';
import { alignTo } from '@chainq/core';
import { DocumentService, StoredDocument } from '@chainq/documents';
import { Organisation, OrganisationService, UserService } from '@chainq/identity';
import {
  Certification,
  CertificationService,
  Enterprise,
  EnterpriseService,
  IndustryChain,
  IndustryChainService,
  IndustryClusterService,
  Invitation,
  MaturityAssessment,
  MaturityService,
  MembershipEvent,
  MembershipService,
  PilotProgramService,
  Qualification,
  QualificationService,
  Region,
  RegionService,
} from '@chainq/registry';
import { ActionEvent, ActionStep, CorrectiveActionService, QualityIssue, QualityIssueService } from '@chainq/quality';
import { SamplingStateService, SwitchingHistoryView } from '@chainq/inspection';
import { AcknowledgementEvent, AcknowledgementService, AdoptionStats, DistributionService, Standard, StandardRevision, StandardService } from '@chainq/standards';
import { enterpriseCard, EnterpriseCard } from '../registry/enterprise-card';
import { AuthenticatedRequest } from './graphql-context';

/** Services the loaders read through; each loader batches one query per tick. */
export interface LoaderSources {
  profileShares: ProfileShareService;
  organisations: OrganisationService;
  users: UserService;
  enterprises: EnterpriseService;
  regions: RegionService;
  certifications: CertificationService;
  maturity: MaturityService;
  chains: IndustryChainService;
  clusters: IndustryClusterService;
  memberships: MembershipService;
  qualifications: QualificationService;
  pilots: PilotProgramService;
  documents: DocumentService;
  standards: StandardService;
  distributions: DistributionService;
  acknowledgements: AcknowledgementService;
  actions: CorrectiveActionService;
  issues: QualityIssueService;
  samplingStates: SamplingStateService;
}

const opts = { batchScheduleFn: (run: () => void) => setImmediate(run) };

/**
 * Per-request loaders for relations. They read by id without scope checks:
 * a relation is only reached from a parent the caller was allowed to load.
 * Each batches everything asked for in this turn of the event loop, not just
 * this microtask: nested list fields resolve over several microtasks.
 */
const FACTORIES = {
  organisationById: (s) => new DataLoader<string, Organisation | undefined>((ids) => s.organisations.findByIds(ids), opts),
  // A person's name where the page says who did something; only reached from a record the caller may read.
  userNameById: (s) => new DataLoader<string, string | undefined>((ids) => s.users.displayNamesOf(ids), opts),
  enterpriseById: (s) => new DataLoader<string, Enterprise | undefined>((ids) => s.enterprises.findByIds(ids), opts),
  // For relations that do not imply the right to read (an invited or exited supplier): scoped to the caller.
  visibleEnterpriseById: (s, req) => new DataLoader<string, Enterprise | undefined>((ids) => s.enterprises.visibleByIds(req.actor, ids), opts),
  // A party to something the caller reads (the supplier of an 8D, the recipient of a standard): the whole record where it is shared, its card elsewhere.
  enterpriseRecordById: (s, req) => new DataLoader<string, Enterprise | EnterpriseCard | undefined>(async (ids) => {
    const [all, visible] = await Promise.all([s.enterprises.findByIds(ids), s.enterprises.visibleByIds(req.actor, ids)]);
    return all.map((e, i) => visible[i] ?? (e && enterpriseCard(e)));
  }, opts),
  regionByCode: (s) => new DataLoader<string, Region | undefined>((codes) => s.regions.findByCodes(codes), opts),
  certificationsByEnterprise: (s) => new DataLoader<string, Certification[]>((ids) => s.certifications.forEnterprises(ids), opts),
  maturityByEnterprise: (s) => new DataLoader<string, MaturityAssessment[]>((ids) => s.maturity.historyOf(ids), opts),
  chainById: (s) => new DataLoader<string, IndustryChain | undefined>((ids) => s.chains.findByIds(ids), opts),
  profileShareViews: (s) => new DataLoader<string, ProfileShareView[]>((ids) => s.profileShares.viewsOf(ids), opts),
  chainClusterIds: (s) => new DataLoader<string, string[]>((ids) => s.chains.clusterIdsOf(ids), opts),
  clusterMemberCount: (s) => new DataLoader<string, number>((ids) => s.clusters.memberCounts(ids), opts),
  membershipEvents: (s) => new DataLoader<string, MembershipEvent[]>((ids) => s.memberships.events(ids), opts),
  latestInvitation: (s) => new DataLoader<string, Invitation | undefined>((ids) => s.memberships.latestInvitations(ids), opts),
  latestQualification: (s) => new DataLoader<string, Qualification | undefined>((ids) => s.qualifications.latestOf(ids), opts),
  pilotRegionCodes: (s) => new DataLoader<string, string[]>((ids) => s.pilots.regionCodesOf(ids), opts),
  pilotClusterIds: (s) => new DataLoader<string, string[]>((ids) => s.pilots.clusterIdsOf(ids), opts),
  documentById: (s) => new DataLoader<string, StoredDocument | undefined>(async (ids) => alignTo(ids, await s.documents.findByIds(ids), (d) => d.id), opts),
  standardById: (s) => new DataLoader<string, Standard | undefined>((ids) => s.standards.findByIds(ids), opts),
  revisionById: (s) => new DataLoader<string, StandardRevision | undefined>((ids) => s.standards.revisionsByIds(ids), opts),
  revisionsByStandard: (s) => new DataLoader<string, StandardRevision[]>((ids) => s.standards.revisionsOf(ids), opts),
  acknowledgementEvents: (s) => new DataLoader<string, AcknowledgementEvent[]>((ids) => s.acknowledgements.events(ids), opts),
  actionSteps: (s) => new DataLoader<string, ActionStep[]>((ids) => s.actions.stepsOf(ids), opts),
  actionTimeline: (s) => new DataLoader<string, ActionEvent[]>((ids) => s.actions.timelineOf(ids), opts),
  issueById: (s) => new DataLoader<string, QualityIssue | undefined>((ids) => s.issues.findByIds(ids), opts),
  samplingHistory: (s) => new DataLoader<string, SwitchingHistoryView[]>((ids) => s.samplingStates.historyOf(ids), opts),
  // The guard has set the actor by the time a resolver asks.
  adoptionStats: (s, req) => new DataLoader<string, AdoptionStats>((ids) => s.distributions.statsFor(req.actor!, ids), opts),
} satisfies Record<string, (s: LoaderSources, req: AuthenticatedRequest) => DataLoader<string, unknown>>;

type Factories = typeof FACTORIES;
export type Loaders = { readonly [K in keyof Factories]: ReturnType<Factories[K]> };

/** The loaders as getters on one prototype: a request pays for an object and the loaders it reads, not for 27 property definitions. */
class RequestLoaders {
  readonly made: Partial<Record<keyof Factories, unknown>> = {};
  constructor(
    readonly sources: LoaderSources,
    readonly req: AuthenticatedRequest,
  ) {}
}
for (const key of Object.keys(FACTORIES) as (keyof Factories)[]) {
  Object.defineProperty(RequestLoaders.prototype, key, {
    get(this: RequestLoaders) {
      return (this.made[key] ??= FACTORIES[key](this.sources, this.req));
    },
  });
}

export function createLoaders(sources: LoaderSources, req: AuthenticatedRequest): Loaders {
  return new RequestLoaders(sources, req) as unknown as Loaders;
}
