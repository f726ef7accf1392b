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
import { AcknowledgementEvent, AcknowledgementService, AdoptionStats, DistributionService, Standard, StandardRevision, StandardService } from '@chainq/standards';
import { enterpriseCard, EnterpriseCard } from '../registry/enterprise-card';
import { AuthenticatedRequest } from './graphql-context';

/** Services the loaders read through; each loader batches one query per tick. */
export interface LoaderSources {
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
}

/** An object whose properties are made by their factory on first read, then kept: a request builds only the loaders it uses. */
function lazily<T extends Record<string, () => unknown>>(factories: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const made = {} as Record<string, unknown>;
  const target = {};
  for (const key of Object.keys(factories)) {
    Object.defineProperty(target, key, { enumerable: true, get: () => (made[key] ??= factories[key]()) });
  }
  return target as { readonly [K in keyof T]: ReturnType<T[K]> };
}

/**
 * Per-request loaders for relations, each made when first used. They read by id without scope checks:
 * a relation is only reached from a parent the caller was allowed to load.
 */
export function createLoaders(s: LoaderSources, req: AuthenticatedRequest) {
  // Batch everything asked for in this turn of the event loop, not just this
  // microtask: nested list fields resolve over several microtasks.
  const opts = { batchScheduleFn: (run: () => void) => setImmediate(run) };
  return lazily({
    organisationById: () => new DataLoader<string, Organisation | undefined>((ids) => s.organisations.findByIds(ids), opts),
    // A person's name where the page says who did something; only reached from a record the caller may read.
    userNameById: () => new DataLoader<string, string | undefined>((ids) => s.users.displayNamesOf(ids), opts),
    enterpriseById: () => new DataLoader<string, Enterprise | undefined>((ids) => s.enterprises.findByIds(ids), opts),
    // For relations that do not imply the right to read (an invited or exited supplier): scoped to the caller.
    visibleEnterpriseById: () => new DataLoader<string, Enterprise | undefined>((ids) => s.enterprises.visibleByIds(req.actor, ids), opts),
    // A party to something the caller reads (the supplier of an 8D, the recipient of a standard): the whole record where it is shared, its card elsewhere.
    enterpriseRecordById: () => new DataLoader<string, Enterprise | EnterpriseCard | undefined>(async (ids) => {
      const [all, visible] = await Promise.all([s.enterprises.findByIds(ids), s.enterprises.visibleByIds(req.actor, ids)]);
      return all.map((e, i) => visible[i] ?? (e && enterpriseCard(e)));
    }, opts),
    regionByCode: () => new DataLoader<string, Region | undefined>((codes) => s.regions.findByCodes(codes), opts),
    certificationsByEnterprise: () => new DataLoader<string, Certification[]>((ids) => s.certifications.forEnterprises(ids), opts),
    maturityByEnterprise: () => new DataLoader<string, MaturityAssessment[]>((ids) => s.maturity.historyOf(ids), opts),
    chainById: () => new DataLoader<string, IndustryChain | undefined>((ids) => s.chains.findByIds(ids), opts),
    chainClusterIds: () => new DataLoader<string, string[]>((ids) => s.chains.clusterIdsOf(ids), opts),
    clusterMemberCount: () => new DataLoader<string, number>((ids) => s.clusters.memberCounts(ids), opts),
    membershipEvents: () => new DataLoader<string, MembershipEvent[]>((ids) => s.memberships.events(ids), opts),
    latestInvitation: () => new DataLoader<string, Invitation | undefined>((ids) => s.memberships.latestInvitations(ids), opts),
    latestQualification: () => new DataLoader<string, Qualification | undefined>((ids) => s.qualifications.latestOf(ids), opts),
    pilotRegionCodes: () => new DataLoader<string, string[]>((ids) => s.pilots.regionCodesOf(ids), opts),
    pilotClusterIds: () => new DataLoader<string, string[]>((ids) => s.pilots.clusterIdsOf(ids), opts),
    documentById: () => new DataLoader<string, StoredDocument | undefined>(async (ids) => alignTo(ids, await s.documents.findByIds(ids), (d) => d.id), opts),
    standardById: () => new DataLoader<string, Standard | undefined>((ids) => s.standards.findByIds(ids), opts),
    revisionById: () => new DataLoader<string, StandardRevision | undefined>((ids) => s.standards.revisionsByIds(ids), opts),
    revisionsByStandard: () => new DataLoader<string, StandardRevision[]>((ids) => s.standards.revisionsOf(ids), opts),
    acknowledgementEvents: () => new DataLoader<string, AcknowledgementEvent[]>((ids) => s.acknowledgements.events(ids), opts),
    actionSteps: () => new DataLoader<string, ActionStep[]>((ids) => s.actions.stepsOf(ids), opts),
    actionTimeline: () => new DataLoader<string, ActionEvent[]>((ids) => s.actions.timelineOf(ids), opts),
    issueById: () => new DataLoader<string, QualityIssue | undefined>((ids) => s.issues.findByIds(ids), opts),
    // The guard has set the actor by the time a resolver asks.
    adoptionStats: () => new DataLoader<string, AdoptionStats>((ids) => s.distributions.statsFor(req.actor!, ids), opts),
  });
}

export type Loaders = ReturnType<typeof createLoaders>;
