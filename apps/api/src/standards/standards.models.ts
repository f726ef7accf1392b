import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AcknowledgementStatus, DistributionAudience } from '@chainq/standards';

registerEnumType(DistributionAudience, { name: 'DistributionAudience' });
registerEnumType(AcknowledgementStatus, { name: 'AcknowledgementStatus' });

@ObjectType('StandardRevision')
export class StandardRevisionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) standardId: string;
  @Field() version: string;
  @Field() effectiveOn: string;
  @Field({ description: 'What changed since the previous revision' }) changeSummary: string;
  @Field() publishedAt: Date;
  documentId: string;
}

@ObjectType('Standard')
export class StandardModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Normalised standard number, e.g. Q/HX 001-2024' }) number: string;
  @Field({ description: 'NATIONAL, INDUSTRY, LOCAL, GROUP or ENTERPRISE' }) kind: string;
  @Field() title: string;
  @Field(() => ID) ownerOrganisationId: string;
  @Field() createdAt: Date;
}

@ObjectType()
export class AdoptionStats {
  @Field(() => Int) recipients: number;
  @Field(() => Int) pending: number;
  @Field(() => Int) acknowledged: number;
  @Field(() => Int) adopted: number;
  @Field(() => Int, { description: 'Requested, accepted or rejected deviations' }) deviations: number;
  @Field(() => Int, { description: 'Open when a newer revision was sent' }) superseded: number;
  @Field(() => Int, { description: 'Still open after the due date' }) overdue: number;
}

@ObjectType('StandardDistribution')
export class StandardDistributionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) standardId: string;
  @Field(() => ID) revisionId: string;
  @Field(() => ID, { nullable: true }) chainId: string | null;
  @Field(() => ID, { nullable: true }) clusterId: string | null;
  @Field(() => DistributionAudience) audience: DistributionAudience;
  @Field(() => [Int]) tiers: number[];
  @Field() dueOn: string;
  @Field() createdAt: Date;
}

@ObjectType('AcknowledgementEvent')
export class AcknowledgementEventModel {
  @Field(() => AcknowledgementStatus, { nullable: true }) fromStatus: AcknowledgementStatus | null;
  @Field(() => AcknowledgementStatus) toStatus: AcknowledgementStatus;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() at: Date;
  actorUserId: string | null;
}

@ObjectType('StandardAcknowledgement')
export class StandardAcknowledgementModel {
  @Field(() => ID) id: string;
  @Field(() => ID) distributionId: string;
  @Field(() => ID) recipientEnterpriseId: string;
  @Field(() => AcknowledgementStatus) status: AcknowledgementStatus;
  @Field() dueOn: string;
  @Field(() => String, { nullable: true }) deviationReason: string | null;
  @Field(() => String, { nullable: true }) decisionComment: string | null;
  @Field() updatedAt: Date;
  standardId: string;
  revisionId: string;
}
