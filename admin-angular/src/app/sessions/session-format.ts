import type { SessionStatus } from '@parley/contracts';
import type { SessionDto } from '../core/api/parley-api.generated';

export const STATUS_LABELS: Readonly<Record<SessionStatus, string>> = {
  active: 'Active (bot)',
  needs_human: 'Needs human',
  agent_assigned: 'Agent assigned',
  closed: 'Closed',
};

/** Meta as short `key: value` pairs, for a table cell. */
export function metaSummary(meta: Record<string, unknown> | null, maxPairs = 3): string {
  if (!meta) return '';
  return Object.entries(meta)
    .slice(0, maxPairs)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

/** Who the visitor is, as far as the site told us: identity first, then meta. */
export function visitorLabel(session: Pick<SessionDto, 'customer' | 'userMeta' | 'unreadable'>): string {
  if (session.unreadable) return 'Unreadable (cannot be decrypted)';
  const { name, email } = session.customer ?? {};
  if (name && email) return `${name} <${email}>`;
  return name || email || metaSummary(session.userMeta) || 'Anonymous visitor';
}
