import type { SessionStatus } from '@parley/contracts';
import { SQL, eq, gte, ilike, lt, or } from 'drizzle-orm';
import { escapeLike } from '../../database/sql-helpers';
import { sessions } from './sessions.schema';

/** The filters of the sessions list, also applied by the session export. */
export interface SessionFilter {
  status?: SessionStatus;
  agentId?: string;
  from?: Date;
  to?: Date;
  search?: string;
}

export function sessionFilterConditions(filter: SessionFilter): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [
    filter.status ? eq(sessions.status, filter.status) : undefined,
    filter.agentId ? eq(sessions.assignedAgentId, filter.agentId) : undefined,
    filter.from ? gte(sessions.createdAt, filter.from) : undefined,
    filter.to ? lt(sessions.createdAt, filter.to) : undefined,
  ];
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search)}%`;
    conditions.push(or(ilike(sessions.userMeta, pattern), ilike(sessions.customer, pattern)));
  }
  return conditions;
}
