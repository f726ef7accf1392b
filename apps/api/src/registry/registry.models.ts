import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SIZE_CLASSES } from '@chainq/codes';
import {
  CertificationScheme,
  CertificationStatus,
  EnterpriseClaimStatus,
  MaturityLevel,
  MembershipStatus,
  QualificationDecision,
  RegionLevel,
} from '@chainq/registry';
import { Connection } from '../graphql/connection.type';

export enum SizeClassValue {
  LARGE = 'LARGE',
  MEDIUM = 'MEDIUM',
  SMALL = 'SMALL',
  MICRO = 'MICRO',
}
// Kept in step with the rule's list (a test would fail at boot otherwise).
if (SIZE_CLASSES.join() !== Object.values(SizeClassValue).join()) throw new Error('SizeClass enum is out of step with @chainq/codes');

registerEnumType(SizeClassValue, { name: 'SizeClass', description: 'Enterprise size by 工信部联企业〔2011〕300号' });
registerEnumType(RegionLevel, { name: 'RegionLevel' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });
registerEnumType(CertificationScheme, { name: 'CertificationScheme' });
registerEnumType(CertificationStatus, { name: 'CertificationStatus' });
registerEnumType(MaturityLevel, {
  name: 'MaturityLevel',
  valuesMap: {
    INITIAL: { description: '初步系统 initial system' },
    EFFECTIVE: { description: '有效系统 effective system' },
    CONTINUAL_IMPROVEMENT: { description: '持续改进 continual improvement' },
    LEADING: { description: '领先型 leading' },
  },
});
registerEnumType(QualificationDecision, { name: 'QualificationDecision' });
registerEnumType(EnterpriseClaimStatus, { name: 'EnterpriseClaimStatus' });

@ObjectType('Region', { description: 'GB/T 2260 administrative division' })
export class RegionModel {
  @Field() code: string;
  @Field() name: string;
  @Field(() => RegionLevel) level: RegionLevel;
  @Field(() => String, { nullable: true }) parentCode: string | null;
}

@ObjectType('Certification')
export class CertificationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) enterpriseId: string;
  @Field(() => CertificationScheme) scheme: CertificationScheme;
  @Field(() => String, { nullable: true }) schemeName: string | null;
  @Field() number: string;
  @Field() certificationBody: string;
  @Field() issuedOn: string;
  @Field() expiresOn: string;
  @Field(() => String, { nullable: true }) surveillanceDueOn: string | null;
  @Field(() => CertificationStatus, { description: 'Only VALID counts' }) status: CertificationStatus;
}

@ObjectType('MaturityAssessment')
export class MaturityAssessmentModel {
  @Field(() => ID) id: string;
  @Field() modelVersion: string;
  @Field(() => [DimensionScore]) dimensionScores: DimensionScore[];
  @Field(() => Float) score: number;
  @Field(() => MaturityLevel) level: MaturityLevel;
  @Field() submittedAt: Date;
  scores: Record<string, number>;
}

@ObjectType()
export class DimensionScore {
  @Field() dimension: string;
  @Field(() => Float) score: number;
}

@ObjectType('Enterprise')
export class EnterpriseModel {
  @Field(() => ID) id: string;
  @Field({ description: 'GB/T 4754-2017 industry code' }) industryCode: string;
  @Field({ description: 'GB/T 2260 code as recorded' }) regionCode: string;
  @Field({ description: 'Division name as recorded' }) regionName: string;
  @Field(() => Int, { nullable: true }) employees: number | null;
  @Field(() => Float, { nullable: true, description: 'Operating revenue, 10k CNY' }) revenue10kCny: number | null;
  @Field(() => Float, { nullable: true, description: 'Total assets, 10k CNY' }) totalAssets10kCny: number | null;
  @Field(() => SizeClassValue, { nullable: true, description: 'Computed by the 2011 rules' })
  sizeClassComputed: SizeClassValue | null;
  @Field(() => SizeClassValue, { nullable: true }) sizeClassDeclared: SizeClassValue | null;
  @Field(() => String, { nullable: true }) sizeRulesVersion: string | null;
  @Field() createdAt: Date;
}

@ObjectType('IndustryCluster')
export class IndustryClusterModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() regionCode: string;
  @Field() regionName: string;
  @Field() industryCode: string;
  @Field() product: string;
  @Field(() => ID) coordinatingOfficeId: string;
  @Field() createdAt: Date;
}

@ObjectType('PilotProgram')
export class PilotProgramModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) batch: number;
  @Field(() => Int) year: number;
  @Field(() => Float, { nullable: true, description: 'Fraction 0..1' }) baselineLotPassRate: number | null;
  @Field(() => Float, { nullable: true }) targetLotPassRate: number | null;
  @Field(() => Float, { nullable: true }) baselineFirstPassYield: number | null;
  @Field(() => Float, { nullable: true }) targetFirstPassYield: number | null;
}

@ObjectType('IndustryChain')
export class IndustryChainModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) leaderEnterpriseId: string;
  @Field() industryCode: string;
  @Field({ description: "Whether suppliers' shared quality profiles may name this chain; otherwise they say only where its leader is" }) profileNamingAllowed: boolean;
  @Field() createdAt: Date;
}

@ObjectType('MembershipEvent')
export class MembershipEventModel {
  @Field(() => MembershipStatus, { nullable: true }) fromStatus: MembershipStatus | null;
  @Field(() => MembershipStatus) toStatus: MembershipStatus;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() at: Date;
}

@ObjectType('Qualification')
export class QualificationModel {
  @Field(() => ID) id: string;
  @Field(() => [ID]) certificationIds: string[];
  @Field(() => ID, { nullable: true }) maturityAssessmentId: string | null;
  documentIds: string[];
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() submittedAt: Date;
  @Field(() => QualificationDecision) decision: QualificationDecision;
  @Field(() => [String]) decisionReasons: string[];
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => [ID], { description: 'Certificates the leader accepted as already verified on other chains, instead of their documents' }) recognisedCertificationIds: string[];
  @Field(() => Date, { nullable: true }) recognisedAt: Date | null;
}

@ObjectType('CertificateRecognition', { description: 'A certificate of this qualification that another chain has verified: which, by whom, when; nothing else of that chain' })
export class CertificateRecognitionModel {
  @Field(() => ID) certificationId: string;
  @Field(() => String, { nullable: true, description: "The leader enterprise that verified it, when that chain may be named; null otherwise" }) verifiedBy: string | null;
  @Field({ description: "Province of that leader's registered address" }) verifiedByProvince: string;
  @Field() verifiedAt: Date;
}

@ObjectType('MembershipInvitation', { description: 'What the leader sent; all an INVITED membership shows about the supplier besides its USCC' })
export class MembershipInvitationModel {
  @Field({ description: 'The contact the invitation went to' }) email: string;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true }) acceptedAt: Date | null;
}

@ObjectType('ChainMembership')
export class ChainMembershipModel {
  @Field(() => ID) id: string;
  @Field(() => ID) chainId: string;
  @Field() supplierUscc: string;
  @Field(() => Int) tier: number;
  @Field(() => ID, { nullable: true }) parentMembershipId: string | null;
  @Field(() => [String]) categories: string[];
  @Field(() => MembershipStatus) status: MembershipStatus;
  @Field(() => String, { nullable: true }) statusReason: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  supplierEnterpriseId: string | null;
}

@ObjectType()
export class SupplierInvitation {
  @Field(() => ChainMembershipModel) membership: ChainMembershipModel;
  @Field({ description: 'Shown once: pass it to the supplier (it is also e-mailed)' }) token: string;
  @Field() expiresAt: Date;
}

@ObjectType()
export class AcceptedInvitation {
  @Field(() => ChainMembershipModel) membership: ChainMembershipModel;
  @Field(() => String, { nullable: true, description: 'Set when acceptance created your account: you are signed in' })
  accessToken: string | null;
  @Field(() => Date, { nullable: true, description: 'When the access token expires (with accessToken); the refresh cookie is set too' })
  expiresAt: Date | null;
  @Field(() => ID, {
    nullable: true,
    description: "Set when the enterprise was already on ChainQ without an admin: your claim awaits a platform admin or the region's coordinator; no account exists and the membership stays INVITED until then",
  })
  pendingClaimId: string | null;
}

@ObjectType('InvitationPreview', { description: 'What an invitation link says before it is accepted' })
export class InvitationPreviewModel {
  @Field() chainName: string;
  @Field({ description: 'The chain leader that invited' }) leaderName: string;
  @Field({ description: 'The invited address' }) email: string;
  @Field() expiresAt: Date;
  @Field({ description: 'The invited address already signs in to ChainQ: sign in, then accept' }) emailHasAccount: boolean;
}

@ObjectType('EnterpriseClaim', { description: 'A request, made by accepting an invitation, to become the first admin of an enterprise already on ChainQ' })
export class EnterpriseClaimModel {
  @Field(() => ID) id: string;
  @Field(() => EnterpriseClaimStatus) status: EnterpriseClaimStatus;
  @Field() claimantName: string;
  @Field({ description: 'The invited address; the account opens under it' }) email: string;
  @Field(() => ID) enterpriseId: string;
  @Field() enterpriseName: string;
  @Field({ description: 'Unified social credit code' }) enterpriseUscc: string;
  @Field({ description: 'GB/T 2260 code as recorded' }) regionCode: string;
  @Field() regionName: string;
  @Field({ description: 'The chain whose invitation was used' }) chainName: string;
  @Field() leaderName: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) decisionReason: string | null;
}

@ObjectType('CoordinatorAssignment')
export class CoordinatorAssignmentModel {
  @Field(() => ID) userId: string;
  @Field(() => [String]) regionCodes: string[];
  @Field(() => [ID]) clusterIds: string[];
}

export const EnterpriseConnection = Connection(EnterpriseModel, 'Enterprise');
export const IndustryClusterConnection = Connection(IndustryClusterModel, 'IndustryCluster');
export const IndustryChainConnection = Connection(IndustryChainModel, 'IndustryChain');
export const ChainMembershipConnection = Connection(ChainMembershipModel, 'ChainMembership');
