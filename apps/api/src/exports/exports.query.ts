import { Transform } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { InspectionStage, LotDecision } from '@chainq/inspection';

/**
 * A form sends a filter left empty as `name=`: the same as leaving it out.
 * (class-validator reports a property's constraints innermost decorator
 * first: IsNotEmpty sits next to the property so a missing id is REQUIRED.)
 */
const EmptyIsAbsent = () => Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));

/** GET /exports/suppliers.xlsx: the `supplierScorecards` arguments; the days are checked by the service (BAD_USER_INPUT naming `from` or `to`). */
export class SupplierExportQuery {
  @EmptyIsAbsent() @IsUUID(undefined, { message: 'must be a UUID' }) @IsNotEmpty({ message: 'is required' }) chainId: string;
  @EmptyIsAbsent() @IsOptional() @IsString({ message: 'must be a day written YYYY-MM-DD' }) from?: string;
  @EmptyIsAbsent() @IsOptional() @IsString({ message: 'must be a day written YYYY-MM-DD' }) to?: string;
}

/** GET /exports/lots.xlsx: the `inspectionLots` filter, for one chain; `from`/`to` are checked by the service. */
export class LotExportQuery {
  @EmptyIsAbsent() @IsUUID(undefined, { message: 'must be a UUID' }) @IsNotEmpty({ message: 'is required' }) chainId: string;
  @EmptyIsAbsent() @IsOptional() @IsUUID(undefined, { message: 'must be a UUID' }) supplierEnterpriseId?: string;
  @EmptyIsAbsent() @IsOptional() @IsEnum(InspectionStage, { message: `must be one of ${Object.values(InspectionStage).join(', ')}` }) stage?: InspectionStage;
  @EmptyIsAbsent() @IsOptional() @IsEnum(LotDecision, { message: `must be one of ${Object.values(LotDecision).join(', ')}` }) decision?: LotDecision;
  // As the GraphQL input rules: at most 200 characters; no control characters (no lot holds one).
  @EmptyIsAbsent()
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  @Matches(/^[^\p{Cc}]*$/u, { message: 'must not contain control characters' })
  partNumber?: string;
  @EmptyIsAbsent() @IsOptional() @IsString({ message: 'must be a day or an instant' }) from?: string;
  @EmptyIsAbsent() @IsOptional() @IsString({ message: 'must be a day or an instant' }) to?: string;
}

/** GET /exports/cluster-members.xlsx: the `clusterMembers` arguments; the days are checked by the service (default: the last twelve China months). */
export class ClusterMemberExportQuery {
  @EmptyIsAbsent() @IsUUID(undefined, { message: 'must be a UUID' }) @IsNotEmpty({ message: 'is required' }) clusterId: string;
  @EmptyIsAbsent() @IsOptional() @IsString({ message: 'must be a day written YYYY-MM-DD' }) from?: string;
  @EmptyIsAbsent() @IsOptional() @IsString({ message: 'must be a day written YYYY-MM-DD' }) to?: string;
}
