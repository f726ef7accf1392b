import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, MaxLength } from 'class-validator';
import { MAX_SHARE_DAYS, ProfileSection } from '@chainq/credit';

registerEnumType(ProfileSection, { name: 'ProfileSection', description: 'A part of the quality profile a share may include (the registration details always are)' });

@ObjectType('ProfileRegistration')
export class ProfileRegistrationModel {
  @Field() name: string;
  @Field(() => String, { nullable: true }) uscc: string | null;
  @Field() regionCode: string;
  @Field() regionName: string;
  @Field(() => String, { nullable: true, description: 'MICRO, SMALL, MEDIUM or LARGE' }) sizeClass: string | null;
  @Field({ description: 'China day the enterprise registered on ChainQ' }) registeredOn: string;
}

@ObjectType('ProfileCertificate')
export class ProfileCertificateModel {
  @Field() scheme: string;
  @Field(() => String, { nullable: true }) schemeName: string | null;
  @Field({ description: 'The certification body' }) issuer: string;
  @Field() number: string;
  @Field() issuedOn: string;
  @Field() expiresOn: string;
  @Field({ description: 'VALID, SUSPENDED, REVOKED or EXPIRED' }) status: string;
}

@ObjectType('ProfileMaturity')
export class ProfileMaturityModel {
  @Field() level: string;
  @Field(() => Float) score: number;
  @Field() modelVersion: string;
  @Field() assessedAt: string;
}

@ObjectType('ProfilePeriod')
export class ProfilePeriodModel {
  @Field({ description: 'First China day, inclusive' }) from: string;
  @Field({ description: 'Last China day, exclusive' }) to: string;
}

@ObjectType('ProfileActionFigures')
export class ProfileActionFiguresModel {
  @Field(() => Int) requested: number;
  @Field(() => Int, { description: 'Those whose containment (D3) was submitted' }) answered: number;
  @Field(() => Float, { nullable: true }) medianResponseHours: number | null;
}

@ObjectType('ProfileChain')
export class ProfileChainModel {
  @Field(() => String, { nullable: true, description: "The chain's name; null when its leader does not allow naming it" }) name: string | null;
  @Field({ description: "Province of the chain leader's registered address" }) leaderProvince: string;
  @Field() status: string;
  @Field() suppliedSince: string;
  @Field(() => Int) monthsSupplied: number;
  @Field(() => ProfilePeriodModel) period: ProfilePeriodModel;
  @Field(() => Int) lotsInspected: number;
  @Field(() => Float, { nullable: true }) lotPassRate: number | null;
  @Field(() => Float, { nullable: true }) firstPassYield: number | null;
  @Field(() => Float, { nullable: true }) ppm: number | null;
  @Field(() => ProfileActionFiguresModel) correctiveActions: ProfileActionFiguresModel;
}

@ObjectType('QualityProfile', { description: 'What ChainQ vouches for about an enterprise as a supplier' })
export class QualityProfileModel {
  @Field({ description: 'When the figures were computed (ISO 8601)' }) computedAt: string;
  @Field(() => ProfileRegistrationModel) registration: ProfileRegistrationModel;
  @Field(() => [ProfileCertificateModel]) certificates: ProfileCertificateModel[];
  @Field(() => ProfileMaturityModel, { nullable: true }) maturity: ProfileMaturityModel | null;
  @Field(() => [ProfileChainModel]) chains: ProfileChainModel[];
}

@ObjectType('ProfileShareView')
export class ProfileShareViewModel {
  @Field() viewedAt: Date;
  @Field(() => String, { nullable: true, description: 'The name the visitor gave, if any' }) viewerName: string | null;
  @Field({ description: 'The snapshot was re-taken on this view because the data had changed' }) refreshed: boolean;
}

@ObjectType('ProfileShare')
export class ProfileShareModel {
  @Field(() => ID) id: string;
  @Field() recipient: string;
  @Field() purpose: string;
  @Field(() => [ProfileSection]) sections: ProfileSection[];
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType('CreatedProfileShare', { description: 'The link is shown this once: only its hash is kept' })
export class CreatedProfileShareModel {
  @Field(() => ProfileShareModel) share: ProfileShareModel;
  @Field() link: string;
  @Field({ description: 'The link as a QR code, SVG markup' }) qrSvg: string;
  @Field({ description: 'The link as a QR code, a PNG data: URL' }) qrPng: string;
}

@InputType()
export class CreateProfileShareInput {
  @Field({ description: 'Who receives it, e.g. a bank branch or a prospective customer' }) @IsString() @MaxLength(200) recipient: string;
  @Field({ description: 'Why, e.g. "loan application"' }) @IsString() @MaxLength(200) purpose: string;
  @Field(() => [ProfileSection]) @IsEnum(ProfileSection, { each: true }) sections: ProfileSection[];
  @Field(() => Int, { description: `Days until the link stops working, 1 to ${MAX_SHARE_DAYS}` }) @IsInt() expiresInDays: number;
}
