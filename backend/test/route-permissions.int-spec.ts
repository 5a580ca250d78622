import { ROLES, Role, hasPermission, isRole } from '@parley/contracts';
import type { Permission } from '@parley/contracts';
import { Staff, createStaff } from './staff';
import { TestApp, startTestApp } from './test-app';

interface Operation {
  method: 'get' | 'post' | 'put' | 'delete' | 'patch';
  path: string;
  public: boolean;
  signedIn: boolean;
  permission?: Permission;
}

const UNKNOWN_ID = '0190b7a4-0000-7000-8000-00000000dead';

function operationsOf(document: { paths: Record<string, Record<string, Record<string, unknown>>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method as Operation['method'],
      path: path.replace(/\{[^}]+\}/g, UNKNOWN_ID),
      public: operation['x-public'] === true,
      signedIn: operation['x-signed-in'] === true,
      permission: operation['x-permission'] as Permission | undefined,
    })),
  );
}

/** What the matrix in libs/contracts says a caller (anonymous or a role) must get. */
function expected(operation: Operation, caller: Role | 'anonymous'): 'allowed' | 401 | 403 {
  if (operation.public) return 'allowed';
  if (caller === 'anonymous') return 401;
  if (operation.signedIn) return 'allowed';
  return hasPermission([caller], operation.permission as Permission) ? 'allowed' : 403;
}

/**
 * Walks every route of the OpenAPI document as an anonymous caller and as each role, and checks
 * the answer against the permission matrix. A route that declares neither @Public() nor a
 * permission fails here.
 */
describe('every route against the role matrix', () => {
  let t: TestApp;
  let operations: Operation[];
  const staff = new Map<Role, Staff>();

  beforeAll(async () => {
    t = await startTestApp('pglite');
    operations = operationsOf((await t.http.get('/docs-json').expect(200)).body);
    for (const role of ROLES) staff.set(role, await createStaff(t, [role]));
  });
  afterAll(() => t.close());

  it('finds the routes and every one declares who may call it', () => {
    expect(operations.length).toBeGreaterThan(10);
    for (const operation of operations) {
      const declared = operation.public || operation.signedIn || operation.permission !== undefined;
      expect({ route: `${operation.method} ${operation.path}`, declared }).toEqual({ route: `${operation.method} ${operation.path}`, declared: true });
    }
  });

  it.each(['anonymous', ...ROLES] as const)('answers %s as the matrix says', async (caller) => {
    const mismatches: string[] = [];
    for (const operation of operations) {
      let request = t.http[operation.method](operation.path);
      if (isRole(caller)) request = request.auth((staff.get(caller) as Staff).accessToken, { type: 'bearer' });
      if (operation.method !== 'get' && operation.method !== 'delete') request = request.send({});
      const { status } = await request;
      const want = expected(operation, caller);
      const ok = want === 'allowed' ? status !== 401 && status !== 403 && status < 500 : status === want;
      if (!ok) mismatches.push(`${operation.method.toUpperCase()} ${operation.path}: got ${status}, want ${want}`);
    }
    expect(mismatches).toEqual([]);
  });
});
