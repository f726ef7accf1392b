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
    if (isPublic) return true;
    const request = requestOf(context);
    const header = request.headers.authorization;
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw unauthenticated('Sign in first: send "Authorization: Bearer <token>" from login');
    request.actor = await this.auth.authenticate(match[1]);
    request.actorId = request.actor.userId;
    return true;
  }
}
