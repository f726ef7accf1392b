import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDate } from 'graphql-scalars';
import { ScoreComponentName } from '@chainq/insights';
import { RollupScope } from '@chainq/inspection';
import { CertificationScheme, MaturityLevel, MembershipStatus, RegionLevel } from '@chainq/registry';
import { CommonProblem, SupplierActionMetrics } from '../quality/quality.models';
import { SizeClassValue } from '../registry/registry.models';

export enum SupplierGrade {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}

export enum PilotLink {
  CLUSTER = 'CLUSTER',
  REGION = 'REGION',
}

registerEnumType(SupplierGrade, { name: 'SupplierGrade', description: 'Bands on the score: A >= 90, B >= 80, C >= 70, D below (configurable)' });
registerEnumType(ScoreComponentName, { name: 'ScoreComponentName' });
registerEnumType(PilotLink, { name: 'PilotLink', description: 'Whether the programme names the cluster itself, or the division (or one enclosing it)' });

@ObjectType()
export class ScoreComponent {
  @Field(() => ScoreComponentName) name: ScoreComponentName;
  @Field(() => Float, { nullable: true, description: 'The figure: PPM, a rate 0..1, or the corrective-action index 0..1; null without data' }) value: number | null;
  @Field(() => Float, { nullable: true, description: 'The figure on the 0..1 scale the score uses' }) subscore: number | null;
  @Field({ description: 'False when left out for want of data; its weight then goes to the others' }) included: boolean;
  @Field(() => Float) configuredWeight: number;
  @Field(() => Float, { description: 'Share of the score after renormalising over the included components, 0..1' }) weightUsed: number;
  @Field(() => Float, { description: 'weightUsed x subscore x 100' }) points: number;
  @Field({ description: 'How the subscore is computed, or why the component was left out' }) basis: string;
}

@ObjectType()
export class SupplierScorecard {
  @Field(() => ID) supplierEnterpriseId: string;
  @Field() supplierName: string;
  @Field(() => MembershipStatus) membershipStatus: MembershipStatus;
  @Field(() => Int) tier: number;
  @Field(() => Int) lotsInspected: number;
  @Field(() => Int) lotsAccepted: number;
  @Field(() => Int, { description: 'Lots at first submission' }) firstLots: number;
  @Field(() => Int) firstAccepted: number;
  @Field(() => Float, { description: 'Units inspected (sampled); a count, Float because a long period may pass 2^31' }) unitsInspected: number;
  @Field(() => Float) unitsNonconforming: number;
  @Field(() => Float, { nullable: true, description: 'Lot pass rate: lots accepted / lots inspected' }) lotPassRate: number | null;
  @Field(() => Float, { nullable: true, description: 'First-pass yield (lots): accepted at first submission / first submitted' }) firstPassYield: number | null;
  @Field(() => Float, { nullable: true, description: 'Unit pass rate: conforming / inspected units' }) unitPassRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Nonconforming units per million inspected' }) ppm: number | null;
  @Field(() => SupplierActionMetrics, { description: '8Ds requested in the period' }) correctiveActions: SupplierActionMetrics;
  @Field(() => Float, { nullable: true, description: '0..100, rounded to 0.1; null without any figures' }) score: number | null;
  @Field(() => SupplierGrade, { nullable: true }) grade: SupplierGrade | null;
  @Field(() => [ScoreComponent], { description: 'Each component with its value, the weight used and its points' }) components: ScoreComponent[];
}

@ObjectType()
export class SizeClassCount {
  @Field(() => SizeClassValue) sizeClass: SizeClassValue;
  @Field(() => Int) enterprises: number;
}

@ObjectType()
export class CertificationSchemeCount {
  @Field(() => CertificationScheme) scheme: CertificationScheme;
  @Field(() => Int, { description: 'Enterprises holding a valid certificate of this scheme' }) enterprises: number;
}

@ObjectType()
export class MaturityLevelCount {
  @Field(() => MaturityLevel) level: MaturityLevel;
  @Field(() => Int, { description: 'Enterprises whose latest assessment is at this level' }) enterprises: number;
}

@ObjectType()
export class MonthlyPassRate {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => Int) lotsInspected: number;
  @Field(() => Int) lotsAccepted: number;
  @Field(() => Int) firstLots: number;
  @Field(() => Int) firstAccepted: number;
  @Field(() => Float, { nullable: true, description: 'Lot pass rate: lots accepted / lots inspected' }) lotPassRate: number | null;
  @Field(() => Float, { nullable: true, description: 'First-pass yield (lots): accepted at first submission / first submitted' }) firstPassYield: number | null;
}

@ObjectType()
export class PilotBenchmark {
  @Field(() => ID) programId: string;
  @Field() name: string;
  @Field(() => Int) batch: number;
  @Field(() => Int) year: number;
  @Field(() => PilotLink) linkedBy: PilotLink;
  @Field(() => String, { nullable: true, description: 'The division the programme names, when linked by region' }) regionCode: string | null;
  @Field(() => Float, { nullable: true }) baselineLotPassRate: number | null;
  @Field(() => Float, { nullable: true }) targetLotPassRate: number | null;
  @Field(() => Float, { nullable: true }) baselineFirstPassYield: number | null;
  @Field(() => Float, { nullable: true }) targetFirstPassYield: number | null;
}

@ObjectType()
export class IssueCounts {
  @Field(() => Int, { description: 'Detected in the period, with an 8D at an enterprise in scope' }) opened: number;
  @Field(() => Int, { description: 'Closed in the period (their last 8D closed within it)' }) closed: number;
  @Field(() => Int, { description: 'Open now, whenever detected' }) openNow: number;
  @Field(() => Int, { description: "Of those open now, the issues with an open 8D in scope past a step's clock and not handed in (as the issues' overdue filter)" }) overdueNow: number;
}

@ObjectType({ description: 'One sub-division of a region beside its siblings, counted as its own overview counts it' })
export class SubRegionFigures {
  @Field({ description: 'GB/T 2260 code' }) code: string;
  @Field() name: string;
  @Field(() => RegionLevel) level: RegionLevel;
  @Field(() => Int, { description: 'Enterprises registered in it and its sub-divisions' }) enterprises: number;
  @Field(() => Int, { description: 'Of those, holding a certificate valid today (any scheme)' }) certifiedEnterprises: number;
  @Field(() => Float, { nullable: true, description: 'certifiedEnterprises / enterprises' }) certifiedShare: number | null;
  @Field(() => Int, { description: 'Lots inspected in the months overlapping the period, every stage' }) lotsInspected: number;
  @Field(() => Int) lotsAccepted: number;
  @Field(() => Int, { description: 'Lots at first submission' }) firstLots: number;
  @Field(() => Int) firstAccepted: number;
  @Field(() => Float, { nullable: true, description: 'Lot pass rate: lots accepted / lots inspected' }) lotPassRate: number | null;
  @Field(() => Float, { nullable: true, description: 'First-pass yield (lots): accepted at first submission / first submitted' }) firstPassYield: number | null;
}

@ObjectType()
export class QualityOverview {
  @Field(() => RollupScope, { description: 'CLUSTER, or PROVINCE / PREFECTURE / COUNTY by the shape of the code' }) scopeKind: RollupScope;
  @Field({ description: 'Cluster id or GB/T 2260 code' }) scopeKey: string;
  @Field() name: string;
  @Field(() => GraphQLDate) from: string;
  @Field(() => GraphQLDate, { description: 'Exclusive' }) to: string;
  @Field(() => Int, { description: "The cluster's members, or the enterprises registered in the region and its sub-divisions" }) enterprises: number;
  @Field(() => [SizeClassCount]) sizeClasses: SizeClassCount[];
  @Field(() => Int, { description: 'Enterprises whose figures do not suffice for a size class' }) sizeUnknown: number;
  @Field(() => Int, { description: 'Enterprises holding a certificate valid today (any scheme)' }) certifiedEnterprises: number;
  @Field(() => Float, { nullable: true, description: 'certifiedEnterprises / enterprises' }) certifiedShare: number | null;
  @Field(() => [CertificationSchemeCount]) certificationSchemes: CertificationSchemeCount[];
  @Field(() => [MaturityLevelCount], { description: "By each enterprise's latest assessment" }) maturityLevels: MaturityLevelCount[];
  @Field(() => Int) notAssessed: number;
  @Field(() => [MonthlyPassRate], { description: 'Whole months overlapping the period, months with lots only' }) trend: MonthlyPassRate[];
  @Field(() => PilotBenchmark, { nullable: true, description: 'The pilot programme covering it, with baseline and target' }) pilot: PilotBenchmark | null;
  @Field(() => IssueCounts) issues: IssueCounts;
  @Field(() => [CommonProblem], { description: 'Defect codes at two or more suppliers in scope' }) commonProblems: CommonProblem[];
}
