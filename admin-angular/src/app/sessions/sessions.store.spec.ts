import { HttpEventType, HttpRequest, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type Role } from '@parley/contracts';
import { signInForTest } from '../core/auth/signed-in.testing';
import { dayEndIso, dayStartIso } from '../shared/time';
import { NO_SESSION_FILTERS } from './session-filters';
import { SessionsStore } from './sessions.store';
import { waitFor } from '../shared/wait-for.testing';

const session = (id: string) => ({
  id,
  status: 'needs_human',
  assignedAgent: null,
  userMeta: { plan: 'pro' },
  customer: null,
  language: null,
  queuedAt: null,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:05:00Z',
  closedAt: null,
});
const isList = (request: HttpRequest<unknown>) => request.method === 'GET' && request.url === '/admin/sessions';

describe('SessionsStore', () => {
  let backend: HttpTestingController;

  async function storeFor(roles: Role[]): Promise<SessionsStore> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), SessionsStore] });
    backend = TestBed.inject(HttpTestingController);
    await signInForTest(roles);
    return TestBed.inject(SessionsStore);
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => backend.verify());

  it('sends the chosen filters as query parameters, with whole local days', async () => {
    const store = await storeFor(['admin']);
    store.apply({ status: 'needs_human', agentId: 'agent-1', from: '2026-03-01', to: '2026-03-31', q: '  acme ' });

    const params = backend.expectOne(isList).request.params;
    expect(params.get('status')).toBe('needs_human');
    expect(params.get('agentId')).toBe('agent-1');
    expect(params.get('from')).toBe(dayStartIso('2026-03-01'));
    expect(params.get('to')).toBe(dayEndIso('2026-03-31'));
    expect(params.get('q')).toBe('acme');
    expect(params.has('cursor')).toBe(false);
  });

  it('leaves out empty filters and does not refetch for the same filters', async () => {
    const store = await storeFor(['viewer']);
    store.apply(NO_SESSION_FILTERS);
    const request = backend.expectOne(isList).request;
    expect(request.params.keys().sort()).toEqual(['limit']);
    store.apply({ ...NO_SESSION_FILTERS });
    backend.expectNone(isList);
  });

  it('pages forwards with the server cursor and back again', async () => {
    const store = await storeFor(['viewer']);
    store.apply(NO_SESSION_FILTERS);
    backend.expectOne(isList).flush({ items: [session('s1')], nextCursor: 'c2' });
    expect(store.pager.items().map((item) => item.id)).toEqual(['s1']);
    expect(store.pager.hasNext()).toBe(true);
    expect(store.pager.hasPrevious()).toBe(false);

    store.pager.next();
    const second = backend.expectOne(isList);
    expect(second.request.params.get('cursor')).toBe('c2');
    second.flush({ items: [session('s2')], nextCursor: null });
    expect(store.pager.page()).toBe(2);
    expect(store.pager.hasNext()).toBe(false);

    store.pager.previous();
    const first = backend.expectOne(isList);
    expect(first.request.params.has('cursor')).toBe(false);
    first.flush({ items: [session('s1')], nextCursor: 'c2' });
    expect(store.pager.page()).toBe(1);
  });

  it('shows a failed page as an error in words', async () => {
    const store = await storeFor(['viewer']);
    store.apply(NO_SESSION_FILTERS);
    backend.expectOne(isList).flush({ code: 'VALIDATION', message: 'from must be before to' }, { status: 400, statusText: 'Bad Request' });
    expect(store.pager.error()).toBe('from must be before to');
    expect(store.pager.loading()).toBe(false);
  });

  it('loads the agents only for users who may read users', async () => {
    const admin = await storeFor(['admin']);
    expect(admin.canFilterByAgent()).toBe(true);
    admin.fetchAgents();
    const request = backend.expectOne((candidate) => candidate.url === '/admin/users');
    expect(request.request.params.get('role')).toBe('agent');
    request.flush({ items: [{ id: 'a1', name: 'Ada', email: 'a@x', roles: ['agent'], disabled: false, createdAt: '', updatedAt: '' }], nextCursor: null });
    expect(admin.agents().map((agent) => agent.name)).toEqual(['Ada']);

    TestBed.resetTestingModule();
    const agent = await storeFor(['agent']);
    expect(agent.canFilterByAgent()).toBe(false);
    agent.fetchAgents();
    backend.expectNone((candidate) => candidate.url === '/admin/users');
  });

  it('exports the current filters and shows the bytes received', async () => {
    const store = await storeFor(['admin']);
    store.apply({ ...NO_SESSION_FILTERS, status: 'closed', q: 'acme' });
    backend.expectOne(isList).flush({ items: [], nextCursor: null });
    store.includeMessages.set(true);

    store.exportAs('json');
    const download = backend.expectOne('/admin/sessions/export');
    expect(download.request.method).toBe('POST');
    expect(download.request.body).toEqual({ format: 'json', filters: { status: 'closed', q: 'acme' }, includeMessages: true });
    download.event({ type: HttpEventType.DownloadProgress, loaded: 1.2 * 1024 * 1024 });
    expect(store.download.running()).toBe(true);
    expect(store.download.progress()).toBe('1.2 MB received');

    const saveLink = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    download.flush(new Blob(['[]']), { headers: { 'Content-Disposition': 'attachment; filename="sessions-2026-03-01.json"' } });
    expect(saveLink).toHaveBeenCalled();
    expect(store.download.running()).toBe(false);
    expect(store.download.saved()).toBe('sessions-2026-03-01.json');
    saveLink.mockRestore();
  });

  it('explains a refused export in words', async () => {
    const store = await storeFor(['admin']);
    store.exportAs('csv');
    const body = new Blob([JSON.stringify({ code: 'FORBIDDEN', message: 'This needs the export:run permission' })], { type: 'application/json' });
    backend.expectOne('/admin/sessions/export').flush(body, { status: 403, statusText: 'Forbidden' });
    await waitFor(() => store.download.error() !== null);
    expect(store.download.running()).toBe(false);
    expect(store.download.error()).toBe('This needs the export:run permission');
  });
});
