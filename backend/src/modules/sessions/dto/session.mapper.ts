import type { CustomerRef, SessionDto } from '@parley/contracts';
import type { SessionRecord } from '../sessions.service';

function parseObject(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A session as staff see it; the visitor token's hash never leaves the server. */
export function toSessionDto(session: SessionRecord): SessionDto {
  return {
    id: session.id,
    status: session.status,
    assignedAgent: session.agent,
    userMeta: parseObject(session.userMeta),
    customer: parseObject(session.customer) as CustomerRef | null,
    language: session.language,
    queuedAt: session.queuedAt?.toISOString() ?? null,
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
    closedAt: session.closedAt?.toISOString() ?? null,
    ...(session.unreadable ? { unreadable: true } : {}),
  };
}
