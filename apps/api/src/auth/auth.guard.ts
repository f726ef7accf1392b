import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { unauthenticated } from '@chainq/core';
import { AuthService } from '@chainq/identity';
import { IS_PUBLIC } from './public.decorator';
import { requestOf } from './request';

/** Global: every operation needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const request = requestOf(context);
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) {
      if (isPublic) return true;
      throw unauthenticated('Sign in first: send "Authorization: Bearer <token>" from login');
    }
    // On a public operation a bad token is ignored: the caller is simply anonymous.
    const actor = await this.auth.authenticate(match[1]).catch((error: unknown) => {
      if (isPublic) return undefined;
      throw error;
    });
    request.actor = actor;
    request.actorId = actor?.userId;
    return true;
  }
}
