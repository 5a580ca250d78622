import type { AccuracyStatsDto, KnowledgeGapDto, Page } from '@parley/contracts';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { AnswerSpec, as, backdate, logAnswer } from './accuracy-fixtures';
import { startVisitorSession } from './chat-clients';
import { Staff, createStaff } from './staff';
import { TestApp, startTestApp } from './test-app';

/** Where the gap fixture lives, apart from the stats fixture (logged now). */
const GAP_DAY = '2021-03-01';
const at = (minute: number) => new Date(`${GAP_DAY}T10:${String(minute).padStart(2, '0')}:00.000Z`);

type Judged = AnswerSpec & { mark?: 'helpful' | 'unhelpful'; evaluation?: 'correct' | 'partially_correct' | 'incorrect' };

/**
 * Eight answers whose figures are worked out by hand below. Confidences sit on bucket edges on
 * purpose: 0.7 and 0.4 are stored as float4 (0.699999988…, 0.400000006…) and must still land in
 * the 0.7 and 0.4 buckets; 1 belongs in the last bucket.
 */
const STATS_FIXTURE: Judged[] = [
  { responseType: 'ai', confidence: 0.92, mark: 'helpful', evaluation: 'correct' },
  { responseType: 'ai', confidence: 0.85, mark: 'helpful', evaluation: 'partially_correct' },
  { responseType: 'ai', confidence: 0.7, mark: 'unhelpful', evaluation: 'incorrect' },
  { responseType: 'fallback', confidence: 0.45, evaluation: 'correct' },
  { responseType: 'fallback', confidence: 0.4, mark: 'unhelpful', evaluation: 'incorrect' },
  { responseType: 'handoff', confidence: 0.1 },
  { responseType: 'ai', confidence: 1, mark: 'helpful', evaluation: 'correct' },
  { responseType: 'handoff', confidence: null },
];

const bucket = (from: number, count: number, evaluated: number, correct: number, correctShare: number | null) => ({
  from,
  to: Math.round((from + 0.1) * 10) / 10,
  count,
  evaluated,
  correct,
  correctShare,
});
const EMPTY = (from: number) => bucket(from, 0, 0, 0, null);

describe.each(testDatabaseKinds())('accuracy stats and knowledge gaps on %s', (kind) => {
  let t: TestApp;
  let viewer: Staff;
  let agent: Staff;
  let admin: Staff;
  const statsOf = async (query: object = {}): Promise<AccuracyStatsDto> => (await as(t, viewer).get('/admin/accuracy/stats', query).expect(200)).body;
  const gapsOf = async (query: object): Promise<Page<KnowledgeGapDto>> => (await as(t, agent).get('/admin/knowledge/gaps', query).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp(kind);
    [viewer, agent, admin] = [await createStaff(t, ['viewer']), await createStaff(t, ['agent']), await createStaff(t, ['admin'])];
    const { sessionId } = await startVisitorSession(t);
    for (const { mark, evaluation, ...spec } of STATS_FIXTURE) {
      const { accuracyId } = await logAnswer(t, sessionId, spec);
      if (mark) await as(t, agent).post(`/admin/accuracy/${accuracyId}/feedback`, { mark }).expect(200);
      if (evaluation) await as(t, admin).post(`/admin/accuracy/${accuracyId}/evaluate`, { evaluation }).expect(200);
    }
  });
  afterAll(() => t.close());

  describe('GET /admin/accuracy/stats', () => {
    const today = () => ({ from: new Date(Date.now() - 3_600_000).toISOString() });

    it('counts the fixture as worked out by hand', async () => {
      expect(await statsOf(today())).toEqual({
        total: 8,
        byResponseType: { ai: 4, fallback: 2, handoff: 2 },
        // (0.92 + 0.85 + 0.7 + 0.45 + 0.4 + 0.1 + 1) / 7 = 4.42 / 7; the answer without a confidence does not count.
        averageConfidence: 0.6314,
        marks: { helpful: 3, unhelpful: 2 },
        helpfulRate: 0.6,
        evaluations: { correct: 3, partially_correct: 1, incorrect: 2, unevaluated: 2 },
        calibration: [
          EMPTY(0),
          bucket(0.1, 1, 0, 0, null),
          EMPTY(0.2),
          EMPTY(0.3),
          bucket(0.4, 2, 2, 1, 0.5),
          EMPTY(0.5),
          EMPTY(0.6),
          bucket(0.7, 1, 1, 0, 0),
          bucket(0.8, 1, 1, 0, 0),
          bucket(0.9, 2, 2, 2, 1),
        ],
      });
    });

    it('answers zeros and no rates for a range without answers', async () => {
      const stats = await statsOf({ from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z' });
      expect(stats).toMatchObject({ total: 0, averageConfidence: null, helpfulRate: null, marks: { helpful: 0, unhelpful: 0 } });
      expect(stats.evaluations).toEqual({ correct: 0, partially_correct: 0, incorrect: 0, unevaluated: 0 });
      expect(stats.calibration.map((row) => row.count)).toEqual(Array(10).fill(0));
    });

    it('refuses a range that ends before it starts, and unknown filters', async () => {
      const reversed = await as(t, viewer).get('/admin/accuracy/stats', { from: '2026-02-01', to: '2026-01-01' }).expect(400);
      expect(reversed.body.message).toBe('to must not be before from');
      await as(t, viewer).get('/admin/accuracy/stats', { responseType: 'ai' }).expect(400);
    });
  });

  describe('GET /admin/knowledge/gaps', () => {
    const day = { from: `${GAP_DAY}T00:00:00Z`, to: `${GAP_DAY}T23:59:59Z` };

    beforeAll(async () => {
      const { sessionId } = await startVisitorSession(t);
      const questions: [string, AnswerSpec][] = [
        ['How do I cancel my subscription?', { responseType: 'handoff', confidence: null }],
        ['cancel subscription please', { responseType: 'fallback', confidence: 0.3 }],
        ['Is there a dark mode?', { responseType: 'fallback', confidence: 0.2 }],
        ['I want to cancel my subscription', { responseType: 'ai', confidence: 0.5 }],
        ['dark mode setting', { responseType: 'handoff', confidence: 0.05 }],
        ['Do you ship to Canada?', { responseType: 'fallback', confidence: 0.54 }],
        // Answered well enough: no gap. 0.55 is HANDOFF_THRESHOLD itself, which is not below it.
        ['cancel subscription', { responseType: 'ai', confidence: 0.9 }],
        ['How do I cancel my subscription', { responseType: 'fallback', confidence: 0.55 }],
      ];
      for (const [minute, [question, spec]] of questions.entries()) {
        const { accuracyId } = await logAnswer(t, sessionId, { ...spec, question });
        await backdate(t, accuracyId, at(minute));
      }
    });

    it('groups handed-off and low-confidence questions by similarity, most frequent first', async () => {
      const page = await gapsOf(day);
      expect(page.nextCursor).toBeNull();
      expect(page.items.map((gap) => [gap.question, gap.count, gap.lastSeenAt])).toEqual([
        ['I want to cancel my subscription', 3, at(3).toISOString()],
        ['dark mode setting', 2, at(4).toISOString()],
        ['Do you ship to Canada?', 1, at(5).toISOString()],
      ]);
      expect(page.items[0]?.examples.map((example) => [example.question, example.createdAt])).toEqual([
        ['I want to cancel my subscription', at(3).toISOString()],
        ['cancel subscription please', at(1).toISOString()],
        ['How do I cancel my subscription?', at(0).toISOString()],
      ]);
      expect(page.items[0]?.examples[0]?.accuracyId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('takes a limit and a time range', async () => {
      expect((await gapsOf({ ...day, limit: 1 })).items.map((gap) => gap.count)).toEqual([3]);
      // From 10:02 on, two cancel questions are out of range: dark mode leads, then the single questions, most recent first.
      const later = await gapsOf({ from: at(2).toISOString(), to: day.to });
      expect(later.items.map((gap) => [gap.question, gap.count])).toEqual([
        ['dark mode setting', 2],
        ['Do you ship to Canada?', 1],
        ['I want to cancel my subscription', 1],
      ]);
      expect((await gapsOf({ from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z' })).items).toEqual([]);
    });

    it('is for agents and up, and validates its query', async () => {
      await as(t, viewer).get('/admin/knowledge/gaps').expect(403);
      await as(t, null).get('/admin/knowledge/gaps').expect(401);
      await as(t, agent).get('/admin/knowledge/gaps', { limit: 101 }).expect(400);
      await as(t, agent).get('/admin/knowledge/gaps', { cursor: 'x' }).expect(400);
      const reversed = await as(t, agent).get('/admin/knowledge/gaps', { from: day.to, to: day.from }).expect(400);
      expect(reversed.body.message).toBe('to must not be before from');
    });
  });
});
