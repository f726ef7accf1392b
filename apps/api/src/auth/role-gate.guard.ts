import { CanActivate, ExecutionContext, Injectable, OnApplicationBootstrap, RequestMethod, Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext, GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import { CoreReason, DomainError, ErrorCode, unauthenticated } from '@chainq/core';
import { matrixDifferences, mayCall, QUEUE_DASHBOARD_OPERATION, ROOT_TYPES } from '@chainq/identity';
import { requestOf } from './request';

const isGraphqlOperation = (op: string): boolean => ROOT_TYPES.some((t) => op.startsWith(`${t}.`));
const isRoute = (op: string): boolean => /^[A-Z]+ \//.test(op) && op !== QUEUE_DASHBOARD_OPERATION;

/** `GET /files/:id` for a controller method, as the permission matrix names routes. */
export function routeOf(controller: Type, handler: (...args: never[]) => unknown): string | undefined {
  const method = Reflect.getMetadata('method', handler) as RequestMethod | undefined;
  if (method === undefined) return undefined;
  const path = [Reflect.getMetadata('path', controller), Reflect.getMetadata('path', handler)]
    .map((p: string | undefined) => (p ?? '').replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `${RequestMethod[method]} /${path}`;
}

/**
 * Global, after AuthGuard: the role gate of the permission matrix
 * (libs/identity/src/permissions). Every GraphQL root field and route is
 * looked up there; a caller whose roles the row does not admit gets
 * FORBIDDEN before any resolver runs, and an operation missing from the
 * matrix is closed to everyone (and stops the boot). Nested fields are not
 * gated: the root operation that reached them was. Which rows a caller may
 * touch is still checked by the domain services.
 */
@Injectable()
export class RoleGateGuard implements CanActivate, OnApplicationBootstrap {
  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly discovery: DiscoveryService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const operation = operationOf(context);
    if (operation === null) return true;
    const actor = requestOf(context).actor;
    if (operation && mayCall(operation, actor)) return true;
    if (!actor) throw unauthenticated('Sign in first: send "Authorization: Bearer <token>" from login');
    throw new DomainError(ErrorCode.Forbidden, `Your role may not ${operation ? `call ${operation.replace(/^(Query|Mutation)\./, '')}` : 'do this'}`, { reason: CoreReason.RoleNotAllowed });
  }

  /** Refuses to start with an operation the matrix does not list (or a row naming one that is gone). */
  onApplicationBootstrap(): void {
    const schema = this.schemaHost.schema;
    const fields = ROOT_TYPES.flatMap((t) => Object.keys((schema.getType(t) as GraphQLObjectType | undefined)?.getFields() ?? {}).map((f) => `${t}.${f}`));
    const routes = this.discovery.getControllers().flatMap(({ metatype }) => {
      if (!metatype) return [];
      const proto = (metatype as Type).prototype as Record<string, (...args: never[]) => unknown>;
      return Object.getOwnPropertyNames(proto).flatMap((name) => routeOf(metatype as Type, proto[name]) ?? []);
    });
    const problems = [matrixDifferences(fields, isGraphqlOperation), matrixDifferences(routes, isRoute)];
    const unlisted = problems.flatMap((p) => p.unlisted);
    const stale = problems.flatMap((p) => p.stale);
    if (unlisted.length || stale.length) {
      throw new Error(`The permission matrix (libs/identity/src/permissions/permission-matrix.ts) is out of step: not listed ${unlisted.join(', ') || '-'}; listed but absent ${stale.join(', ') || '-'}`);
    }
  }
}

/** The matrix name of the operation being called; null for a nested field; undefined when unknown. */
function operationOf(context: ExecutionContext): string | null | undefined {
  if (context.getType<GqlContextType>() === 'graphql') {
    const info = GqlExecutionContext.create(context).getInfo<{ parentType: { name: string }; fieldName: string }>();
    return (ROOT_TYPES as readonly string[]).includes(info.parentType.name) ? `${info.parentType.name}.${info.fieldName}` : null;
  }
  return routeOf(context.getClass(), context.getHandler() as (...args: never[]) => unknown);
}
