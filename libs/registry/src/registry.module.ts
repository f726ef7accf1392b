import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '@chainq/documents';
import { IdentityModule } from '@chainq/identity';
import { NotificationsModule } from '@chainq/notifications';
import { CoordinatorAssignment } from './access/coordinator-assignment.entity';
import { CoordinatorService } from './access/coordinator.service';
import { RegistryAccess } from './access/registry-scope';
import { Certification } from './certification/certification.entity';
import { EnterpriseClaim } from './claim/enterprise-claim.entity';
import { EnterpriseClaimService } from './claim/enterprise-claim.service';
import { CertificationService } from './certification/certification.service';
import { ChainMembership, MembershipEvent } from './chain/chain-membership.entity';
import { ChainCluster, IndustryChain } from './chain/industry-chain.entity';
import { IndustryChainService } from './chain/industry-chain.service';
import { MembershipService } from './chain/membership.service';
import { ClusterMember, IndustryCluster } from './cluster/industry-cluster.entity';
import { IndustryClusterService } from './cluster/industry-cluster.service';
import { Enterprise } from './enterprise/enterprise.entity';
import { EnterpriseService } from './enterprise/enterprise.service';
import { Invitation } from './invitation/invitation.entity';
import { InvitationService } from './invitation/invitation.service';
import { MaturityAssessment } from './maturity/maturity-assessment.entity';
import { MaturityService } from './maturity/maturity.service';
import { PilotProgram, PilotProgramCluster, PilotProgramRegion } from './pilot/pilot-program.entity';
import { PilotProgramService } from './pilot/pilot-program.service';
import { Qualification } from './qualification/qualification.entity';
import { CertificateRecognitionService } from './qualification/certificate-recognition.service';
import { QualificationService } from './qualification/qualification.service';
import { Region } from './region/region.entity';
import { RegionService } from './region/region.service';

const SERVICES = [
  CertificationService,
  EnterpriseClaimService,
  CoordinatorService,
  EnterpriseService,
  IndustryChainService,
  IndustryClusterService,
  InvitationService,
  MaturityService,
  MembershipService,
  PilotProgramService,
  QualificationService,
  CertificateRecognitionService,
  RegionService,
  RegistryAccess,
];

/** Regions, enterprises, clusters, pilot programmes, chains and their members. */
@Module({
  imports: [
    DocumentsModule,
    IdentityModule,
    NotificationsModule,
    TypeOrmModule.forFeature([
      Certification,
      ChainCluster,
      ChainMembership,
      ClusterMember,
      CoordinatorAssignment,
      Enterprise,
      EnterpriseClaim,
      IndustryChain,
      IndustryCluster,
      Invitation,
      MaturityAssessment,
      MembershipEvent,
      PilotProgram,
      PilotProgramCluster,
      PilotProgramRegion,
      Qualification,
      Region,
    ]),
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class RegistryModule {}
