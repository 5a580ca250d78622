import { HttpRequest, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AnalyticsOverviewDto, MessagesOverTimeDto, ResponseTimesDto } from '../core/api/parley-api.generated';
import { dayEndIso, dayStartIso } from '../shared/time';
import { AnalyticsStore, defaultRange } from './analytics.store';
import { waitFor } from '../shared/wait-for.testing';
import { authGranting } from '../core/auth/signed-in.testing';

const range = { from: '2025-03-10T00:00:00.000Z', to: '2025-03-13T00:00:00.000Z', tz: 'UTC' };
const none = { count: 0, average: null, p50: null, p90: null, p99: null };

const overview: AnalyticsOverviewDto = {
  range,
  sessions: { total: 7, byStatus: { closed: 4, active: 3 } },
  messages: { total: 40, bySender: { visitor: 18, bot: 14, agent: 6, system: 2 }, internal: 1 },
  botResolved: { count: 3, of: 4, rate: 0.75 },
  handoff: { count: 2, of: 7, rate: 0.2857 },
  firstResponse: { count: 6, average: 17.833, p50: 15, p90: 35, p99: 39.5 },
  agentFirstResponse: none,
  averageConfidence: 0.8125,
  helpful: { count: 0, of: 0, rate: null },
  averageSessionLengthSeconds: 3900,
  activeAgents: 2,
};

const paths = ['overview', 'messages-over-time', 'confidence-histogram', 'response-times', 'agent-performance'].map((name) => `/admin/analytics/${name}`);

describe('AnalyticsStore', () => {
  let store: AnalyticsStore;
  let backend: HttpTestingController;

  function configure(granted: string[]): void {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        AnalyticsStore,
        authGranting(granted),
      ],
    });
    store = TestBed.inject(AnalyticsStore);
    backend = TestBed.inject(HttpTestingController);
  }

  beforeEach(() => configure(['analytics:read']));
  afterEach(() => backend.verify());

  const report = (path: string) => backend.expectOne((request: HttpRequest<unknown>) => request.url === path);
  const flushAllBut = (...kept: string[]) => paths.filter((path) => !kept.includes(path)).forEach((path) => report(path).flush({}));

  it('defaults to the last 30 days by day in the browser time zone', () => {
    const picked = defaultRange(new Date(2025, 2, 31, 15));
    expect(picked).toEqual({ from: '2025-03-02', to: '2025-03-31', interval: 'day', tz: Intl.DateTimeFormat().resolvedOptions().timeZone });
  });

  it('asks every report for the picked days, interval and the browser time zone', () => {
    store.update({ from: '2025-03-10', to: '2025-03-12', interval: 'hour' });

    for (const path of paths) {
      const params = report(path).request.params;
      expect(params.get('from')).toBe(dayStartIso('2025-03-10'));
      // The To day is included: the range ends at the next local midnight.
      expect(params.get('to')).toBe(dayEndIso('2025-03-12'));
      expect(params.get('interval')).toBe('hour');
      expect(params.get('tz')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    }
  });

  it('refuses a From after To without asking the server, and says so in every section', () => {
    store.update({ from: '2025-03-12', to: '2025-03-10' });

    backend.expectNone(() => true);
    expect(store.overview.error()).toBe('From must be on or before To.');
    expect(store.messages.error()).toBe('From must be on or before To.');
  });

  it('turns the overview into labelled KPI cards', () => {
    store.load();
    report('/admin/analytics/overview').flush(overview);
    flushAllBut('/admin/analytics/overview');

    const cards = Object.fromEntries(store.kpis().map((kpi) => [kpi.label, kpi]));
    expect(cards['Sessions'].value).toBe('7');
    expect(cards['Resolved by the bot']).toEqual({ label: 'Resolved by the bot', value: '75%', detail: '3 of 4 closed sessions' });
    expect(cards['Handoff rate'].value).toBe('28.6%');
    expect(cards['Median first response'].value).toBe('15 s');
    expect(cards['Average first response'].value).toBe('18 s');
    expect(cards['Average confidence'].value).toBe('0.81');
    expect(cards['Helpful rate'].value).toBe('—');
    expect(cards['Average session length'].value).toBe('1 h 5 min');
    expect(cards['Active agents'].value).toBe('2');
    expect(cards['Messages']).toMatchObject({ value: '40', detail: 'Visitor 18 · Bot 14 · Agent 6 · System 2 · 1 internal notes' });
  });

  it('shows sub-second bot responses in milliseconds rather than as 0 s', () => {
    store.load();
    report('/admin/analytics/overview').flush({ ...overview, firstResponse: { count: 3, average: 0.42, p50: 0.3, p90: 0.9, p99: 1 } });
    flushAllBut('/admin/analytics/overview');

    const cards = Object.fromEntries(store.kpis().map((kpi) => [kpi.label, kpi.value]));
    expect(cards['Median first response']).toBe('300 ms');
    expect(cards['Average first response']).toBe('420 ms');
  });

  it('draws one line per sender with a point for every bucket, empty buckets at zero', () => {
    const points: MessagesOverTimeDto['points'] = [
      { start: '2025-03-10T00:00:00.000Z', visitor: 3, bot: 2, agent: 0, system: 0, total: 5 },
      { start: '2025-03-11T00:00:00.000Z', visitor: 0, bot: 0, agent: 0, system: 0, total: 0 },
      { start: '2025-03-12T00:00:00.000Z', visitor: 1, bot: 0, agent: 2, system: 1, total: 4 },
    ];
    store.load();
    report('/admin/analytics/messages-over-time').flush({ range, interval: 'day', points });
    flushAllBut('/admin/analytics/messages-over-time');

    const series = store.messageSeries();
    expect(series.map((line) => line.name)).toEqual(['Visitor', 'Bot', 'Agent', 'System']);
    expect(series[0].series).toEqual([
      { name: new Date('2025-03-10T00:00:00.000Z'), value: 3 },
      { name: new Date('2025-03-11T00:00:00.000Z'), value: 0 },
      { name: new Date('2025-03-12T00:00:00.000Z'), value: 1 },
    ]);
    expect(series[2].series.map((point) => point.value)).toEqual([0, 0, 2]);
    expect(store.messagesEmpty()).toBe(false);
  });

  it('plots response-time buckets with nothing measured at zero and keeps the range figures', () => {
    const answer: ResponseTimesDto = {
      range,
      interval: 'day',
      firstResponse: { count: 2, average: 12, p50: 12, p90: 19.2, p99: 19.9 },
      agentFirstResponse: none,
      agentResponse: { count: 1, average: 90, p50: 90, p90: 90, p99: 90 },
      points: [
        { start: '2025-03-10T00:00:00.000Z', firstResponse: { count: 2, average: 12, p50: 12, p90: 19, p99: 20 }, agentResponse: none },
        { start: '2025-03-11T00:00:00.000Z', firstResponse: none, agentResponse: { count: 1, average: 90, p50: 90, p90: 90, p99: 90 } },
      ],
    };
    store.load();
    report('/admin/analytics/response-times').flush(answer);
    flushAllBut('/admin/analytics/response-times');

    expect(store.responseSeries().map((line) => line.series.map((point) => point.value))).toEqual([
      [12, 0],
      [0, 90],
    ]);
    expect(store.responseEmpty()).toBe(false);
  });

  it('maps the confidence histogram to bars and knows when it is empty', () => {
    store.load();
    report('/admin/analytics/confidence-histogram').flush({
      range,
      buckets: [
        { from: 0, to: 0.5, count: 0, evaluated: 0, correct: 0, correctShare: null },
        { from: 0.5, to: 1, count: 4, evaluated: 2, correct: 1, correctShare: 0.5 },
      ],
    });
    flushAllBut('/admin/analytics/confidence-histogram');

    expect(store.confidenceBars()).toEqual([
      { name: '0.0–0.5', value: 0 },
      { name: '0.5–1.0', value: 4 },
    ]);
    expect(store.confidenceEmpty()).toBe(false);
  });

  it('shows a failed report in words in its own section and leaves the others alone', () => {
    store.load();
    report('/admin/analytics/messages-over-time').flush(
      { code: 'VALIDATION_FAILED', message: 'a series of more than 5000 buckets is refused' },
      { status: 400, statusText: 'Bad Request' },
    );
    report('/admin/analytics/overview').flush(overview);
    flushAllBut('/admin/analytics/messages-over-time', '/admin/analytics/overview');

    expect(store.messages.error()).toBe('a series of more than 5000 buckets is refused');
    expect(store.messages.loading()).toBe(false);
    expect(store.overview.error()).toBeNull();
    expect(store.kpis().length).toBeGreaterThan(0);

    store.reload('messages-over-time');
    report('/admin/analytics/messages-over-time').flush({ range, interval: 'day', points: [] });
    expect(store.messages.error()).toBeNull();
  });

  it('offers exports only with export:run and sends the report, format and range', async () => {
    expect(store.canExport()).toBe(false);

    configure(['analytics:read', 'export:run']);
    expect(store.canExport()).toBe(true);
    store.update({ from: '2025-03-10', to: '2025-03-12' });
    paths.forEach((path) => report(path).flush({}));

    store.export('agent-performance', 'csv');
    const sent = report('/admin/analytics/export');
    expect(sent.request.params.get('report')).toBe('agent-performance');
    expect(sent.request.params.get('format')).toBe('csv');
    expect(sent.request.params.get('from')).toBe(dayStartIso('2025-03-10'));
    expect(sent.request.params.get('tz')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(store.downloads['agent-performance'].running()).toBe(true);
    sent.flush(new Blob(['{"message":"nope"}']), { status: 403, statusText: 'Forbidden' });
    await waitFor(() => !store.downloads['agent-performance'].running());
    expect(store.downloads['agent-performance'].error()).toBe('nope');
  });
});
