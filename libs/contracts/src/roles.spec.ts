import { PERMISSIONS, ROLE_PERMISSIONS, hasPermission, isRole, permissionsFor } from './roles';

describe('role permission matrix', () => {
  it('keeps viewers read-only', () => {
    expect(permissionsFor(['viewer'])).toEqual(['sessions:read', 'analytics:read', 'accuracy:read']);
    expect(hasPermission(['viewer'], 'sessions:reply')).toBe(false);
  });

  it('lets an agent reply, claim, close and give feedback but not assign or evaluate', () => {
    const agent = permissionsFor(['agent']);
    expect(agent).toEqual(expect.arrayContaining(['sessions:reply', 'sessions:claim', 'sessions:close', 'accuracy:feedback']));
    expect(agent).not.toContain('sessions:assign');
    expect(agent).not.toContain('accuracy:evaluate');
  });

  it('builds each role on the one below it', () => {
    for (const permission of ROLE_PERMISSIONS.viewer) expect(ROLE_PERMISSIONS.agent).toContain(permission);
    for (const permission of ROLE_PERMISSIONS.agent) expect(ROLE_PERMISSIONS.admin).toContain(permission);
  });

  it('reserves user creation, admin grants and key operations for super_admin', () => {
    for (const permission of ['users:create', 'roles:manage-admins', 'encryption:manage'] as const) {
      expect(hasPermission(['admin'], permission)).toBe(false);
      expect(hasPermission(['super_admin'], permission)).toBe(true);
    }
    expect(permissionsFor(['super_admin'])).toEqual([...PERMISSIONS]);
  });

  it('unions the permissions of several roles without repeats', () => {
    const both = permissionsFor(['viewer', 'agent']);
    expect(both).toEqual(permissionsFor(['agent']));
    expect(new Set(both).size).toBe(both.length);
  });

  it('recognises only the four roles', () => {
    expect(isRole('admin')).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
