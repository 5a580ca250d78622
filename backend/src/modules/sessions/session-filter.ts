import type { SessionStatus } from '@parley/contracts';
import { SQL, arrayContains, eq, gte, lt, sql } from 'drizzle-orm';
import { sessions } from './sessions.schema';

/** The filters of the sessions list, also applied by the session export. */
export interface SessionFilter {
  status?: SessionStatus;
  agentId?: string;
  from?: Date;
  to?: Date;
  search?: string;
}

/**
 * The conditions of a filter. `searchTerms` are the blind-index terms of `filter.search` (the
 * repository derives them with the search key): the visitor meta is encrypted, so a session is found
 * by whole words and whole e-mail addresses only, never by a fragment.
 */
export function sessionFilterConditions(filter: SessionFilter, searchTerms?: readonly string[]): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [
    filter.status ? eq(sessions.status, filter.status) : undefined,
    filter.agentId ? eq(sessions.assignedAgentId, filter.agentId) : undefined,
    filter.from ? gte(sessions.createdAt, filter.from) : undefined,
    filter.to ? lt(sessions.createdAt, filter.to) : undefined,
  ];
  if (filter.search) {
    // A query without a whole word ("%", "-") matches nothing rather than everything.
    conditions.push(searchTerms && searchTerms.length > 0 ? arrayContains(sessions.metaSearch, [...searchTerms]) : sql`false`);
  }
  return conditions;
}
