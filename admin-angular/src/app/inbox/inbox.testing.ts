import { signal } from '@angular/core';
import type { Permission, SessionDto, StaffMessageDto } from '@parley/contracts';

/** Test data for the inbox specs. */
export const ME = { id: 'agent-1', name: 'Dana' };
export const AGENT_PERMISSIONS: Permission[] = ['sessions:read', 'sessions:reply', 'sessions:claim', 'sessions:close'];

export function fakeAuth(permissions: Permission[] = AGENT_PERMISSIONS) {
  return {
    user: signal({ ...ME, email: 'dana@parley.test', roles: ['agent'], permissions }),
    can: (permission: Permission) => permissions.includes(permission),
    accessToken: () => 'access-token',
  };
}

export function session(id: string, patch: Partial<SessionDto> = {}): SessionDto {
  return {
    id,
    status: 'needs_human',
    assignedAgent: null,
    userMeta: null,
    customer: null,
    language: null,
    queuedAt: '2026-01-01T10:00:00.000Z',
    createdAt: '2026-01-01T09:59:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    closedAt: null,
    ...patch,
  };
}

export function message(id: string, patch: Partial<StaffMessageDto> = {}): StaffMessageDto {
  return { id, sessionId: 's1', sender: 'visitor', text: `text ${id}`, createdAt: '2026-01-01T10:00:00.000Z', internal: false, ...patch };
}

/** Lets awaited acks and HTTP answers run through the store's async code. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

