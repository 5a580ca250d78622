import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from './auth.interceptor';
import { AuthStore } from './auth.store';
import { tokenStorage } from './token-storage';

const user = { id: 'u1', email: 'a@parley.test', name: 'Ada', roles: ['agent'], disabled: false, createdAt: '', updatedAt: '' };

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    tokenStorage.write({ accessToken: 'old-access', refreshToken: 'refresh-1' });
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('sends the access token as a bearer token', async () => {
    const answer = firstValueFrom(http.get('/admin/sessions'));
    const sent = backend.expectOne('/admin/sessions');
    expect(sent.request.headers.get('Authorization')).toBe('Bearer old-access');
    sent.flush({ items: [], nextCursor: null });
    await expect(answer).resolves.toEqual({ items: [], nextCursor: null });
  });

  it('refreshes once on 401 and retries every failed request with the new token', async () => {
    const first = firstValueFrom(http.get('/admin/sessions'));
    const second = firstValueFrom(http.get('/admin/users'));
    backend.expectOne('/admin/sessions').flush({ message: 'expired' }, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/admin/users').flush({ message: 'expired' }, { status: 401, statusText: 'Unauthorized' });

    const refresh = backend.expectOne('/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    expect(refresh.request.headers.has('Authorization')).toBe(false);
    refresh.flush({ accessToken: 'new-access', refreshToken: 'refresh-2', user });

    const retried = backend.match((candidate) => candidate.headers.get('Authorization') === 'Bearer new-access');
    expect(retried.map((candidate) => candidate.request.url).sort()).toEqual(['/admin/sessions', '/admin/users']);
    retried.forEach((candidate) => candidate.flush({ ok: true }));
    await expect(first).resolves.toEqual({ ok: true });
    await expect(second).resolves.toEqual({ ok: true });
    expect(tokenStorage.read()).toEqual({ accessToken: 'new-access', refreshToken: 'refresh-2' });
  });

  it('signs out and goes to the login page when the refresh is refused', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const answer = firstValueFrom(http.get('/admin/sessions'));
    backend.expectOne('/admin/sessions').flush({ message: 'expired' }, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/auth/refresh').flush({ code: 'TOKEN_REUSED', message: 'reused' }, { status: 401, statusText: 'Unauthorized' });

    await expect(answer).rejects.toMatchObject({ status: 401 });
    expect(tokenStorage.read()).toBeNull();
    expect(TestBed.inject(AuthStore).signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], expect.objectContaining({ queryParams: expect.any(Object) }));
  });

  it('passes other errors through untouched, without refreshing', async () => {
    const answer = firstValueFrom(http.get('/admin/users'));
    backend.expectOne('/admin/users').flush({ message: 'no' }, { status: 403, statusText: 'Forbidden' });
    await expect(answer).rejects.toMatchObject({ status: 403 });
    backend.expectNone('/auth/refresh');
  });
});
