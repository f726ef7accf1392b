import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Language, OrganisationKind, Role } from '@chainq/identity';
import { Connection } from '../graphql/connection.type';

registerEnumType(Role, { name: 'Role' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(Language, { name: 'Language', description: 'ZH_CN is zh-CN (the default), EN is en' });

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID) id: string;
  @Field(() => OrganisationKind) kind: OrganisationKind;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'Unified social credit code (enterprises)' }) uscc: string | null;
  @Field() createdAt: Date;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => [Role]) roles: Role[];
  @Field() isActive: boolean;
  @Field(() => Language, { description: 'What the web app and e-mails speak to this user' }) language: Language;
  @Field(() => Date, { nullable: true }) lastLoginAt: Date | null;
  @Field() createdAt: Date;
  organisationId: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <accessToken>"' }) accessToken: string;
  @Field() expiresAt: Date;
  @Field(() => UserModel) user: UserModel;
}

export const UserConnection = Connection(UserModel, 'User');
