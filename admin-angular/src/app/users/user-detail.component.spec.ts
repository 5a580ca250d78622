import { HttpRequest, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type Role } from '@parley/contracts';
import { signInForTest } from '../core/auth/signed-in.testing';
import UserDetailComponent from './user-detail.component';

const dana = { id: 'u2', email: 'dana@example.com', name: 'Dana', roles: ['agent'], disabled: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: '' };
const change = { id: 'c1', actorId: 'a1', actorName: 'Ada Admin', targetId: 'u2', targetName: 'Dana', fromRoles: ['viewer'], toRoles: ['agent'], reason: 'Joined the desk', createdAt: '2026-02-01T00:00:00Z' };
const isHistory = (request: HttpRequest<unknown>) => request.url === '/admin/users/u2/role-changes';

describe('User detail', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<UserDetailComponent>;
  let page: HTMLElement;

  async function render(roles: Role[], userId = 'u2'): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    await signInForTest(roles);
    fixture = TestBed.createComponent(UserDetailComponent);
    fixture.componentRef.setInput('userId', userId);
    page = fixture.nativeElement;
    await fixture.whenStable();
    backend.expectOne(`/admin/users/${userId}`).flush(userId === 'me' ? { ...dana, id: 'me', name: 'Me' } : dana);
    backend.expectOne((request) => request.url === `/admin/users/${userId}/role-changes`).flush({ items: userId === 'me' ? [] : [change], nextCursor: null });
    await fixture.whenStable();
  }

  const button = (name: string) => [...page.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  const checkbox = (label: string) =>
    [...page.querySelectorAll('label.check')].find((candidate) => candidate.textContent?.trim() === label)?.querySelector('input');
  const reason = () => page.querySelector<HTMLTextAreaElement>('#role-reason');

  async function click(element: HTMLElement | null | undefined): Promise<void> {
    element?.click();
    await fixture.whenStable();
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => backend.verify());

  it('shows no write controls without users:manage and roles:manage, only the facts and the history', async () => {
    // The route itself needs users:read; this checks the controls follow the permissions alone.
    await render(['viewer']);
    expect(page.textContent).toContain('dana@example.com');
    expect(button('Change roles')).toBeUndefined();
    expect(reason()).toBeNull();
    expect(button('Save changes')).toBeUndefined();
    expect(button('Deactivate')).toBeUndefined();
    expect(page.querySelector('tbody')?.textContent).toContain('Joined the desk');
    // Who made the change comes with the history (afterEach's verify() fails on any lookup of a1).
    expect(page.querySelector('tbody td:nth-child(2)')?.textContent?.trim()).toBe('Ada Admin');
  });

  it('lets an admin change roles, without offering the admin roles', async () => {
    await render(['admin']);
    expect(button('Change roles')).toBeDefined();
    expect(reason()).not.toBeNull();
    expect(checkbox('Viewer')).toBeDefined();
    expect(checkbox('Agent')).toBeDefined();
    expect(checkbox('Admin')).toBeUndefined();
    expect(checkbox('Super admin')).toBeUndefined();
  });

  it('offers the admin roles to a super admin', async () => {
    await render(['super_admin']);
    expect(checkbox('Admin')).toBeDefined();
    expect(checkbox('Super admin')).toBeDefined();
  });

  it('hides role changes and deactivation on your own account', async () => {
    await render(['super_admin'], 'me');
    expect(button('Change roles')).toBeUndefined();
    expect(button('Deactivate')).toBeUndefined();
    expect(page.textContent).toContain('Nobody may change their own roles.');
  });

  it('requires a reason before changing roles', async () => {
    await render(['admin']);
    await click(checkbox('Viewer'));
    await click(button('Change roles'));
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Give a reason');
    backend.expectNone('/admin/users/u2/roles');
  });

  it('sends the roles with the reason and shows a refusal in words', async () => {
    await render(['admin']);
    await click(checkbox('Viewer'));
    const textarea = reason() as HTMLTextAreaElement;
    textarea.value = 'Covers the weekend shift';
    textarea.dispatchEvent(new Event('input'));
    await click(button('Change roles'));

    const sent = backend.expectOne('/admin/users/u2/roles');
    expect(sent.request.body).toEqual({ roles: ['viewer', 'agent'], reason: 'Covers the weekend shift' });
    sent.flush({ code: 'FORBIDDEN', message: 'Only a super_admin may grant or remove admin and super_admin' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Only a super_admin may grant or remove admin and super_admin');
    backend.expectNone(isHistory);
  });

  it('asks for confirmation before deactivating', async () => {
    await render(['admin']);
    await click(button('Deactivate'));
    backend.expectNone((request) => request.method === 'DELETE');
    await click(button('Confirm deactivation'));
    backend.expectOne((request) => request.method === 'DELETE' && request.url === '/admin/users/u2').flush({ ...dana, disabled: true });
    await fixture.whenStable();
    expect(page.textContent).toContain('Dana is deactivated and can no longer sign in.');
    expect(button('Reactivate')).toBeDefined();
  });
});
