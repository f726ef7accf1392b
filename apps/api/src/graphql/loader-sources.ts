import { ProfileShareService } from '@chainq/credit';
import { ModuleRef } from '@nestjs/core';
import { OrganisationService, UserService } from '@chainq/identity';
import {
  CertificationService,
  EnterpriseService,
  IndustryChainService,
  IndustryClusterService,
  MaturityService,
  MembershipService,
  PilotProgramService,
  QualificationService,
  RegionService,
} from '@chainq/registry';
import { DocumentService } from '@chainq/documents';
import { SamplingStateService } from '@chainq/inspection';
import { CorrectiveActionService, QualityIssueService } from '@chainq/quality';
import { AcknowledgementService, DistributionService, StandardService } from '@chainq/standards';
import { LoaderSources } from './loaders';

const SOURCES = {
  profileShares: ProfileShareService,
  organisations: OrganisationService,
  users: UserService,
  enterprises: EnterpriseService,
  regions: RegionService,
  certifications: CertificationService,
  maturity: MaturityService,
  chains: IndustryChainService,
  clusters: IndustryClusterService,
  memberships: MembershipService,
  qualifications: QualificationService,
  pilots: PilotProgramService,
  documents: DocumentService,
  standards: StandardService,
  distributions: DistributionService,
  acknowledgements: AcknowledgementService,
  actions: CorrectiveActionService,
  issues: QualityIssueService,
  samplingStates: SamplingStateService,
} as const;

/**
 * The singleton services the per-request loaders read through, looked up
 * on first use: when the GraphQL options are built, they are not yet
 * constructed.
 */
export function loaderSources(refs: ModuleRef): LoaderSources {
  const sources = {} as LoaderSources;
  for (const [key, type] of Object.entries(SOURCES)) {
    let instance: unknown;
    Object.defineProperty(sources, key, { get: () => (instance ??= refs.get(type as never, { strict: false })) });
  }
  return sources;
}
