import type { Permission } from '@parley/contracts';

/** The console's screens, in menu order, with the permission that opens each one. */
export interface Feature {
  path: string;
  label: string;
  permission: Permission;
}

export const FEATURES: readonly Feature[] = [
  { path: 'inbox', label: 'Inbox', permission: 'sessions:reply' },
  { path: 'sessions', label: 'Sessions', permission: 'sessions:read' },
  { path: 'analytics', label: 'Analytics', permission: 'analytics:read' },
  { path: 'accuracy', label: 'Accuracy', permission: 'accuracy:read' },
  { path: 'knowledge', label: 'Knowledge base', permission: 'knowledge:read' },
  { path: 'users', label: 'Users & roles', permission: 'users:read' },
  { path: 'encryption', label: 'Encryption', permission: 'encryption:read' },
  { path: 'audit', label: 'Audit log', permission: 'audit:read' },
];

export function permissionOf(path: string): Permission {
  const feature = FEATURES.find((candidate) => candidate.path === path);
  if (!feature) throw new Error(`Unknown console feature ${path}`);
  return feature.permission;
}
