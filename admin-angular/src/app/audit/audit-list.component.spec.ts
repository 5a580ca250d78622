import { HttpRequest, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { type Role } from '@parley/contracts';
import { signInForTest } from '../core/auth/signed-in.testing';
import { dayStartIso } from '../shared/time';
import AuditListComponent from './audit-list.component';

const entry = {
  id: 'e1',
  actorId: 'a1',
  actorName: 'Ada Admin',
  action: 'users.roles',
  target: 'user:u2',
  ip: '203.0.113.7',
  details: { from: ['viewer'], to: ['agent'] },
  createdAt: '2026-03-01T10:00:00Z',
};
const isList = (request: HttpRequest<unknown>) => request.url === '/admin/audit';

describe('Audit log', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<AuditListComponent>;
  let page: HTMLElement;

  async function render(roles: Role[] = ['admin']): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    await signInForTest(roles);
    fixture = TestBed.createComponent(AuditListComponent);
    page = fixture.nativeElement;
    await fixture.whenStable();
  }

  const status = () => page.querySelector('[role="status"]')?.textContent?.trim();
  const alert = () => page.querySelector('[role="alert"]')?.textContent;

  beforeEach(() => localStorage.clear());
  afterEach(() => backend.verify());

  it('shows loading, then the entries with the actor name from the API and compact details', async () => {
    await render();
    expect(status()).toBe('Loading…');

    backend.expectOne(isList).flush({ items: [entry], nextCursor: null });
    await fixture.whenStable();
    // The name comes with the entry: nothing else is asked for.
    backend.expectNone((request) => request.url.startsWith('/admin/users'));

    const cells = [...page.querySelectorAll('tbody td')].map((cell) => cell.textContent?.trim());
    expect(cells.slice(1)).toEqual(['Ada Admin', 'users.roles', 'user:u2', '203.0.113.7', '{"from":["viewer"],"to":["agent"]}']);
    expect(status()).toBeUndefined();
  });

  it('says so when nothing matches', async () => {
    await render();
    backend.expectOne(isList).flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect(status()).toBe('The audit log is empty.');
    expect(page.querySelector('table')).toBeNull();
  });

  it('shows a failure in words and retries', async () => {
    await render();
    backend.expectOne(isList).flush({ message: 'boom' }, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(alert()).toContain('boom');

    (page.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    backend.expectOne(isList).flush({ items: [{ ...entry, actorId: null, actorName: null, details: null }], nextCursor: null });
    await fixture.whenStable();
    expect(alert()).toBeUndefined();
    expect(page.querySelector('tbody')?.textContent).toContain('System');
  });

  it('filters by day and starts again at the first page', async () => {
    await render();
    backend.expectOne(isList).flush({ items: [entry], nextCursor: 'next' });
    await fixture.whenStable();
    expect(page.querySelector('tbody')?.textContent).toContain('Ada Admin');

    const from = page.querySelector<HTMLInputElement>('input[name="from"]') as HTMLInputElement;
    from.value = '2026-03-01';
    from.dispatchEvent(new Event('input'));
    await fixture.whenStable();

    const params = backend.expectOne(isList).request.params;
    expect(params.get('from')).toBe(dayStartIso('2026-03-01'));
    expect(params.has('to')).toBe(false);
    expect(params.has('cursor')).toBe(false);
  });
});
