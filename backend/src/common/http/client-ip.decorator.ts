import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';

/** The client's address as Express sees it (honouring TRUST_PROXY), for rate limits and the audit log. */
export const ClientIp = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | null => context.switchToHttp().getRequest<Request>().ip ?? null,
);
