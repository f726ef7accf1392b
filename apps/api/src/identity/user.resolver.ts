import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Language, UserService } from '@chainq/identity';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ConnectionArgs } from '../graphql/connection.type';
import { GraphQLContext } from '../graphql/graphql-context';
import { CreateUserInput } from './dto/create-user.input';
import { AuthPayload, OrganisationModel, UserConnection, UserModel } from './identity.models';
import { SessionCookies } from './session-cookies';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly sessions: SessionCookies,
  ) {}

  @Query(() => UserConnection, { description: "Users of an organisation: your own, or any for platform admins" })
  users(
    @CurrentActor() actor: Actor,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args() page: ConnectionArgs,
  ) {
    return this.userService.list(actor, organisationId, page);
  }

  @Mutation(() => UserModel, { description: 'Add a user to an organisation; they get a welcome notification' })
  createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return this.userService.create(actor, input);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Change your password. Ends every session of yours, this one included: use the access token returned (a new refresh cookie is set). Wrong current passwords are rate limited per user.',
  })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() { req }: GraphQLContext,
  ): Promise<AuthPayload> {
    const grant = await this.userService.changePassword(actor, currentPassword, newPassword);
    await this.sessions.open(req, grant.user.id);
    return grant;
  }

  @Mutation(() => UserModel, { description: 'Choose the language of your web app and of the e-mails you receive' })
  setMyLanguage(@CurrentActor() actor: Actor, @Args('language', { type: () => Language }) language: Language): Promise<UserModel> {
    return this.userService.setLanguage(actor, language);
  }

  @ResolveField(() => OrganisationModel)
  async organisation(@Parent() user: UserModel, @Context() context: GraphQLContext): Promise<OrganisationModel> {
    const organisation = await context.loaders.organisationById.load(user.organisationId);
    if (!organisation) throw new Error(`organisation ${user.organisationId} of user ${user.id} is missing`);
    return organisation;
  }
}
