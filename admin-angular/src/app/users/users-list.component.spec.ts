import { HttpRequest, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type Role } from '@parley/contracts';
import { signInForTest } from '../core/auth/signed-in.testing';
import UsersListComponent from './users-list.component';

const dana = { id: 'u2', email: 'dana@example.com', name: 'Dana', roles: ['agent'], disabled: false, createdAt: '', updatedAt: '' };
const isList = (request: HttpRequest<unknown>) => request.method === 'GET' && request.url === '/admin/users';

describe('Users list and the new-user form', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<UsersListComponent>;
  let page: HTMLElement;

  async function render(roles: Role[]): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    await signInForTest(roles);
    fixture = TestBed.createComponent(UsersListComponent);
    page = fixture.nativeElement;
    backend.expectOne(isList).flush({ items: [dana], nextCursor: null });
    await fixture.whenStable();
  }

  const button = (name: string) => [...page.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  const field = (id: string) => page.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
  const checkbox = (label: string) =>
    [...page.querySelectorAll('label.check')].find((candidate) => candidate.textContent?.trim() === label)?.querySelector('input') as HTMLInputElement;

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function click(element: HTMLElement | undefined): Promise<void> {
    element?.click();
    await fixture.whenStable();
  }

  async function fillValidForm(): Promise<void> {
    await type(field('new-email'), 'taken@example.com');
    await type(field('new-name'), 'Fox');
    await type(field('new-password'), 'a-long-password');
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => backend.verify());

  it('lists users with their roles and state', async () => {
    await render(['admin']);
    expect(page.textContent).toContain('dana@example.com');
    expect(page.textContent).toContain('Agent');
    expect(page.textContent).toContain('Active');
  });

  it('offers "New user" only to those who may create users', async () => {
    await render(['admin']);
    expect(button('New user')).toBeUndefined();
  });

  it('explains every invalid field and sends nothing', async () => {
    await render(['super_admin']);
    await click(button('New user'));
    await click(checkbox('Agent'));
    await type(field('new-email'), 'not-an-address');
    await type(field('new-password'), 'short');
    await click(button('Create user'));

    expect(page.textContent).toContain('Enter a valid e-mail address');
    expect(page.textContent).toContain('Enter a name.');
    expect(page.textContent).toContain('The password needs at least 10 characters.');
    expect(page.textContent).toContain('Choose at least one role.');
    expect(field('new-email').getAttribute('aria-invalid')).toBe('true');
    backend.expectNone('/admin/users');
  });

  it('offers every role to a super admin', async () => {
    await render(['super_admin']);
    await click(button('New user'));
    expect(['Viewer', 'Agent', 'Admin', 'Super admin'].map((label) => checkbox(label) !== undefined)).toEqual([true, true, true, true]);
  });

  it('shows a taken e-mail address in words and keeps the form open', async () => {
    await render(['super_admin']);
    await click(button('New user'));
    await fillValidForm();
    await click(button('Create user'));

    const create = backend.expectOne((request) => request.method === 'POST' && request.url === '/admin/users');
    expect(create.request.body).toEqual({ email: 'taken@example.com', name: 'Fox', password: 'a-long-password', roles: ['agent'] });
    create.flush({ code: 'CONFLICT', message: 'A user with this e-mail address exists already' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('A user with this e-mail address exists already');
    expect(button('Create user')).toBeDefined();
  });

  it('confirms a created user and reloads the list', async () => {
    await render(['super_admin']);
    await click(button('New user'));
    await fillValidForm();
    await click(button('Create user'));
    backend
      .expectOne((request) => request.method === 'POST' && request.url === '/admin/users')
      .flush({ ...dana, id: 'u3', name: 'Fox', email: 'taken@example.com' });
    backend.expectOne(isList).flush({ items: [{ ...dana, id: 'u3', name: 'Fox', email: 'taken@example.com' }, dana], nextCursor: null });
    await fixture.whenStable();

    expect(page.querySelector('.notice.success')?.textContent).toContain('Fox (taken@example.com) can now sign in.');
    expect(button('Create user')).toBeUndefined();
    expect(page.querySelector('tbody')?.textContent).toContain('Fox');
  });
});
