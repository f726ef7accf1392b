import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { SizeClassValue } from '../registry.models';

@InputType()
export class EnterpriseFactsInput {
  @Field({ description: 'GB/T 4754-2017, e.g. C3670' }) @IsString() @MaxLength(8) industryCode: string;
  @Field({ description: 'GB/T 2260 six-digit code' }) @IsString() @Length(6, 6) regionCode: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) employees?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) revenue10kCny?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) totalAssets10kCny?: number;
  @Field(() => SizeClassValue, { nullable: true }) @IsOptional() @IsEnum(SizeClassValue) sizeClassDeclared?: SizeClassValue;
}

@InputType()
export class CreateEnterpriseInput extends EnterpriseFactsInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field({ description: 'Unified social credit code (18 characters)' }) @IsString() @MaxLength(24) uscc: string;
}

@InputType()
export class NewSupplierEnterpriseInput extends EnterpriseFactsInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field({ nullable: true, description: 'Your unified social credit code as typed, to confirm the invitation reached the right enterprise: it must be the invited one' })
  @IsOptional() @IsString() @MaxLength(24) uscc?: string;
}

@InputType()
export class UpdateEnterpriseInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(8) industryCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(6, 6) regionCode?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) employees?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) revenue10kCny?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) totalAssets10kCny?: number;
  @Field(() => SizeClassValue, { nullable: true }) @IsOptional() @IsEnum(SizeClassValue) sizeClassDeclared?: SizeClassValue;
}

@InputType()
export class EnterpriseFilterInput {
  @Field({ nullable: true, description: 'A division code: its enterprises and those of its sub-divisions' })
  @IsOptional() @IsString() @Length(6, 6) regionPrefix?: string;
  @Field(() => SizeClassValue, { nullable: true }) @IsOptional() @IsEnum(SizeClassValue) sizeClass?: SizeClassValue;
  @Field({ nullable: true, description: 'Industry code or prefix, e.g. C or C36' }) @IsOptional() @IsString() @MaxLength(8) industry?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clusterId?: string;
  @Field({ nullable: true, description: 'Part of the name, or the start of the USCC' }) @IsOptional() @IsString() @MaxLength(100) text?: string;
}
