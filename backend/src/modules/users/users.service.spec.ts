import { Role, permissionsFor } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import type { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/auth.types';
import type { PasswordHasher } from './password-hasher';
import type { RoleChangeEntry, SuperAdminGuard, UserPatch, UsersRepository } from './users.repository';
import type { RoleChangeRow, UserRow } from './users.schema';
import { UsersService } from './users.service';

function user(id: string, roles: Role[], disabled = false): UserRow {
  const at = new Date('2026-01-01T00:00:00Z');
  return { id, email: `${id}@parley.test`, name: id, roles, passwordHash: 'x', disabledAt: disabled ? at : null, tokensRevokedAt: null, createdAt: at, updatedAt: at };
}

function actor(row: UserRow): AuthenticatedUser {
  return { id: row.id, email: row.email, name: row.name, roles: row.roles, permissions: permissionsFor(row.roles) };
}

/** An in-memory UsersRepository: just enough of it for the rules. */
class FakeUsersRepository implements Pick<UsersRepository, 'findById' | 'setRoles' | 'update' | 'listRoleChanges' | 'namesByIds'> {
  readonly rows = new Map<string, UserRow>();
  readonly changes: RoleChangeRow[] = [];
  readonly nameLookups: string[][] = [];
  constructor(...rows: UserRow[]) {
    for (const row of rows) this.rows.set(row.id, row);
  }
  async findById(id: string) {
    return this.rows.get(id);
  }
  private activeSuperAdmins() {
    return [...this.rows.values()].filter((row) => row.roles.includes('super_admin') && !row.disabledAt).length;
  }
  async setRoles(id: string, entry: RoleChangeEntry, guard?: SuperAdminGuard) {
    guard?.(this.activeSuperAdmins());
    const row = { ...(this.rows.get(id) as UserRow), roles: entry.toRoles };
    this.rows.set(id, row);
    return row;
  }
  async update(id: string, patch: UserPatch, guard?: SuperAdminGuard) {
    guard?.(this.activeSuperAdmins());
    const row = { ...(this.rows.get(id) as UserRow), ...patch };
    this.rows.set(id, row);
    return row;
  }
  async listRoleChanges(targetId: string, limit: number) {
    return this.changes.filter((change) => change.targetId === targetId).slice(0, limit + 1);
  }
  async namesByIds(ids: readonly string[]) {
    this.nameLookups.push([...ids]);
    return new Map(ids.flatMap((id) => (this.rows.has(id) ? [[id, this.rows.get(id)?.name ?? ''] as const] : [])));
  }
}

function change(id: string, actorId: string | null, targetId: string): RoleChangeRow {
  return { id, actorId, targetId, fromRoles: ['agent'], toRoles: ['viewer'], reason: null, createdAt: new Date('2026-01-02T00:00:00Z') };
}

function service(repository: FakeUsersRepository): UsersService {
  const audit = { record: jest.fn(async () => undefined) } as unknown as AuditService;
  return new UsersService(repository as unknown as UsersRepository, {} as PasswordHasher, audit);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppException) return error.code;
    throw error;
  }
  return 'OK';
}

describe('UsersService rules', () => {
  it('refuses to demote or deactivate the last active super_admin', async () => {
    // The acting super_admin was deactivated by another process a moment ago: the target is the last one.
    const gone = user('gone', ['super_admin'], true);
    const last = user('last', ['super_admin']);
    const repository = new FakeUsersRepository(gone, last);
    const users = service(repository);
    expect(await codeOf(users.setRoles(actor(gone), 'last', { roles: ['admin'] }, null))).toBe('INVALID_STATE');
    expect(await codeOf(users.deactivate(actor(gone), 'last', null))).toBe('INVALID_STATE');
    expect(await codeOf(users.update(actor(gone), 'last', { disabled: true }, null))).toBe('INVALID_STATE');
    expect(repository.rows.get('last')?.roles).toEqual(['super_admin']);
  });

  it('lets one of two super_admins go', async () => {
    const one = user('one', ['super_admin']);
    const two = user('two', ['super_admin']);
    const users = service(new FakeUsersRepository(one, two));
    expect(await codeOf(users.setRoles(actor(one), 'two', { roles: ['admin'] }, null))).toBe('OK');
  });

  it('keeps a super_admin role that stays', async () => {
    const gone = user('gone', ['super_admin'], true);
    const last = user('last', ['super_admin']);
    const users = service(new FakeUsersRepository(gone, last));
    expect(await codeOf(users.setRoles(actor(gone), 'last', { roles: ['super_admin', 'agent'] }, null))).toBe('OK');
  });

  it('forbids changing your own roles and deactivating yourself', async () => {
    const admin = user('admin', ['admin']);
    const users = service(new FakeUsersRepository(admin, user('root', ['super_admin'])));
    expect(await codeOf(users.setRoles(actor(admin), 'admin', { roles: ['viewer'] }, null))).toBe('FORBIDDEN');
    expect(await codeOf(users.deactivate(actor(admin), 'admin', null))).toBe('FORBIDDEN');
  });

  it('lets admins manage agents and viewers but not admins', async () => {
    const admin = user('admin', ['admin']);
    const agent = user('agent', ['agent']);
    const peer = user('peer', ['admin']);
    const users = service(new FakeUsersRepository(admin, agent, peer, user('root', ['super_admin'])));
    expect(await codeOf(users.setRoles(actor(admin), 'agent', { roles: ['viewer'] }, null))).toBe('OK');
    expect(await codeOf(users.setRoles(actor(admin), 'agent', { roles: ['admin'] }, null))).toBe('FORBIDDEN');
    expect(await codeOf(users.deactivate(actor(admin), 'peer', null))).toBe('FORBIDDEN');
    expect(await codeOf(users.update(actor(admin), 'peer', { name: 'x' }, null))).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown user', async () => {
    const root = user('root', ['super_admin']);
    expect(await codeOf(service(new FakeUsersRepository(root)).get('missing'))).toBe('NOT_FOUND');
  });

  it('names the actors of a page of role changes with one lookup, and the target', async () => {
    const root = user('root', ['super_admin']);
    const admin = user('admin', ['admin']);
    const agent = user('agent', ['agent']);
    const repository = new FakeUsersRepository(root, admin, agent);
    repository.changes.push(change('c3', 'admin', 'agent'), change('c2', null, 'agent'), change('c1', 'root', 'agent'), change('c0', 'admin', 'agent'));
    const page = await service(repository).roleChanges('agent', 3);
    expect(page.items.map((item) => [item.id, item.actorName, item.targetName])).toEqual([
      ['c3', 'admin', 'agent'],
      ['c2', null, 'agent'],
      ['c1', 'root', 'agent'],
    ]);
    expect(page.nextCursor).not.toBeNull();
    // Only the page's own actors, in a single query; the row beyond the page is not looked up.
    expect(repository.nameLookups).toEqual([['admin', 'root']]);
  });

  it('leaves the name null when the actor no longer exists', async () => {
    const agent = user('agent', ['agent']);
    const repository = new FakeUsersRepository(agent);
    repository.changes.push(change('c1', 'vanished', 'agent'));
    const page = await service(repository).roleChanges('agent', 10);
    expect(page.items[0]).toMatchObject({ actorId: 'vanished', actorName: null, targetName: 'agent' });
  });
});
