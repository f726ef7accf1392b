import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, AuthService, UserService } from '@chainq/identity';
import { ClientAddress } from '../auth/client-address.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
import { AuthPayload, UserModel } from './identity.models';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Exchange e-mail and password for an access token. Failed sign-ins are rate limited per e-mail and per client address.',
  })
  login(@Args('email') email: string, @Args('password') password: string, @ClientAddress() clientAddress: string): Promise<AuthPayload> {
    return this.auth.login(email, password, clientAddress);
  }

  @Query(() => UserModel, { description: 'The signed-in user, with organisation and roles' })
  me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return this.users.me(actor);
  }
}
