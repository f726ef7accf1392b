import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, AuthService, PasswordResetService, UserService } from '@chainq/identity';
import { ClientAddress } from '../auth/client-address.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
import { GraphQLContext } from '../graphql/graphql-context';
import { AuthPayload, UserModel } from './identity.models';
import { clearRefreshCookie, SessionCookies } from './session-cookies';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
    private readonly sessions: SessionCookies,
    private readonly passwordResets: PasswordResetService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Exchange e-mail and password for an access token; also sets the refresh cookie (see POST /auth/refresh). Failed sign-ins are rate limited per e-mail and per client address.',
  })
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @ClientAddress() clientAddress: string,
    @Context() { req }: GraphQLContext,
  ): Promise<AuthPayload> {
    const grant = await this.auth.login(email, password, clientAddress);
    await this.sessions.open(req, grant.user.id);
    return grant;
  }

  @Mutation(() => Boolean, {
    description: 'Sign out everywhere: every access token and refresh token of yours stops working at once, and the refresh cookie is cleared.',
  })
  async logout(@CurrentActor() actor: Actor, @Context() { req }: GraphQLContext): Promise<boolean> {
    await this.auth.endSessions(actor.userId);
    clearRefreshCookie(req);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'E-mails a one-time link to reset the password (valid 30 minutes; a newer request replaces it). Always true: the answer does not tell whether the address has an account. Rate limited per e-mail and per client address.',
  })
  requestPasswordReset(@Args('email') email: string, @ClientAddress() clientAddress: string): Promise<boolean> {
    return this.passwordResets.request(email, clientAddress);
  }

  @Public()
  @Mutation(() => Boolean, { description: "Sets a new password with the token from a reset link; uses up the token and ends every session of the account." })
  resetPassword(@Args('token') token: string, @Args('newPassword') newPassword: string): Promise<boolean> {
    return this.passwordResets.reset(token, newPassword);
  }

  @Query(() => UserModel, { description: 'The signed-in user, with organisation and roles' })
  me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return this.users.me(actor);
  }
}
