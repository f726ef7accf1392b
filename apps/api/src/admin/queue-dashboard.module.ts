import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Injectable, MiddlewareConsumer, Module, NestMiddleware, NestModule } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { AppConfig, DomainError, InjectConfig, JobQueues } from '@chainq/core';
import { Actor, AuthService, IdentityModule, mayCall, QUEUE_DASHBOARD_OPERATION } from '@chainq/identity';
import { clientAddressOf } from '../auth/request';
import { DashboardWrites } from './dashboard-writes.middleware';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Platform admins only. A browser sends Basic credentials (it prompts for
 * them); scripts may send the bearer token from `login` instead.
 */
@Injectable()
class PlatformAdminOnly implements NestMiddleware {
  constructor(private readonly auth: AuthService) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const actor = await this.actorOf(req.headers.authorization ?? '', clientAddressOf(req)).catch((e: unknown) => {
      if (e instanceof DomainError) return undefined;
      throw e;
    });
    // Express middleware, outside Nest's guards: the same permission-matrix gate, applied here.
    if (actor && mayCall(QUEUE_DASHBOARD_OPERATION, actor)) return next();
    res.setHeader('WWW-Authenticate', 'Basic realm="ChainQ queues", charset="UTF-8"');
    res.status(actor ? 403 : 401).json({ message: actor ? 'Platform admins only' : 'Sign in as a platform admin' });
  }

  private async actorOf(header: string, clientAddress: string): Promise<Actor | undefined> {
    const [scheme, value] = header.split(' ');
    if (/^bearer$/i.test(scheme) && value) return this.auth.authenticate(value);
    if (/^basic$/i.test(scheme) && value) {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) return undefined;
      const user = await this.auth.verifyCredentials(decoded.slice(0, colon), decoded.slice(colon + 1), clientAddress);
      return this.auth.actorOf(user.id);
    }
    return undefined;
  }
}

/** Read-only in production (Bull Board's readOnlyMode, and DashboardWrites refuses every write); elsewhere writes need the same origin. */
@Module({ imports: [IdentityModule], providers: [PlatformAdminOnly, DashboardWrites] })
export class QueueDashboardModule implements NestModule {
  constructor(
    private readonly queues: JobQueues,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues.all().map((q) => new BullMQAdapter(q, { readOnlyMode: this.config.env === 'production' })),
      serverAdapter,
    });
    consumer.apply(DashboardWrites, PlatformAdminOnly, serverAdapter.getRouter()).forRoutes(QUEUE_DASHBOARD_PATH);
  }
}
