import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { clientAddressOf, requestOf } from './request';

/** The caller's address (see `clientAddressOf`), for limits counted per client. */
export const ClientAddress = createParamDecorator((_: unknown, context: ExecutionContext): string => clientAddressOf(requestOf(context)));
