import type { AccuracyRecordDto, AuditEntryDto, Page } from '@parley/contracts';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { LoggedAnswer, as, backdate, logAnswer } from './accuracy-fixtures';
import { startVisitorSession } from './chat-clients';
import { Staff, createStaff } from './staff';
import { TestApp, startTestApp } from './test-app';

const UNKNOWN_ID = '0190a000-0000-7000-8000-000000000000';
const OLD = new Date('2021-06-01T12:00:00Z');

describe.each(testDatabaseKinds())('accuracy log on %s', (kind) => {
  let t: TestApp;
  let viewer: Staff;
  let agent: Staff;
  let admin: Staff;
  /** a1…a6 in recording order; a6 is the newest. */
  let answers: LoggedAnswer[];

  const ids = (page: Page<AccuracyRecordDto>) => page.items.map((item) => item.id);
  const answerIds = (...numbers: number[]) => numbers.map((n) => (answers[n - 1] as LoggedAnswer).accuracyId);
  const list = async (query: object): Promise<Page<AccuracyRecordDto>> => (await as(t, viewer).get('/admin/accuracy', query).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp(kind);
    [viewer, agent, admin] = [await createStaff(t, ['viewer']), await createStaff(t, ['agent']), await createStaff(t, ['admin'])];
    const { sessionId } = await startVisitorSession(t);
    answers = [];
    for (const spec of [
      { responseType: 'ai', confidence: 0.9 },
      { responseType: 'ai', confidence: 0.7 },
      { responseType: 'fallback', confidence: 0.4, model: null, tokens: null },
      { responseType: 'fallback', confidence: 0.55, model: null, tokens: null },
      { responseType: 'handoff', confidence: null, model: null, tokens: null },
      { responseType: 'ai', confidence: 1 },
    ] as const) {
      answers.push(await logAnswer(t, sessionId, spec));
    }
    await as(t, agent).post(`/admin/accuracy/${answerIds(2)[0]}/feedback`, { mark: 'unhelpful' }).expect(200);
    await as(t, agent).post(`/admin/accuracy/${answerIds(6)[0]}/feedback`, { mark: 'helpful' }).expect(200);
    await as(t, admin).post(`/admin/accuracy/${answerIds(1)[0]}/evaluate`, { evaluation: 'correct' }).expect(200);
    await backdate(t, answerIds(1)[0] as string, OLD);
  });
  afterAll(() => t.close());

  describe('GET /admin/accuracy/:accuracyId', () => {
    it('shows everything the answerer logged', async () => {
      const { sessionId } = await startVisitorSession(t);
      // A message source carries a URL; the log keeps only article, title and heading.
      const messageSource = { articleId: 'a-3', title: 'Board menu', url: 'https://help.example/a-3' };
      const logged = await logAnswer(t, sessionId, {
        question: 'How do I export my board as PDF?',
        answer: 'Open the board menu and choose Export → PDF.',
        confidence: 0.83,
        tokens: 412.4,
        latencyMs: 1234.6,
        model: 'gemini-2.5-flash',
        sources: [{ articleId: 'a-17', title: 'Exporting boards', heading: 'PDF' }, messageSource],
      });
      const record = (await as(t, viewer).get(`/admin/accuracy/${logged.accuracyId}`).expect(200)).body as AccuracyRecordDto;
      expect(record).toEqual({
        id: logged.accuracyId,
        sessionId,
        messageId: logged.messageId,
        question: 'How do I export my board as PDF?',
        answer: 'Open the board menu and choose Export → PDF.',
        confidence: expect.closeTo(0.83, 5),
        tokens: 412,
        latencyMs: 1235,
        responseType: 'ai',
        model: 'gemini-2.5-flash',
        sources: [{ articleId: 'a-17', title: 'Exporting boards', heading: 'PDF' }, { articleId: 'a-3', title: 'Board menu' }],
        humanMark: null,
        humanMarkNote: null,
        markedBy: null,
        markedAt: null,
        evaluation: null,
        evaluationNote: null,
        evaluatedBy: null,
        evaluatedAt: null,
        createdAt: expect.any(String),
      });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      expect((await as(t, viewer).get(`/admin/accuracy/${UNKNOWN_ID}`).expect(404)).body.code).toBe('NOT_FOUND');
      expect((await as(t, viewer).get('/admin/accuracy/not-a-uuid').expect(400)).body.message).toBe('accuracyId must be a UUID');
    });
  });

  describe('feedback and evaluation', () => {
    const freshAnswer = async () => (await logAnswer(t, (await startVisitorSession(t)).sessionId)).accuracyId;

    it('lets an agent mark an answer, with a trimmed note, and audits it; a viewer may not', async () => {
      const id = await freshAnswer();
      await as(t, viewer).post(`/admin/accuracy/${id}/feedback`, { mark: 'helpful' }).expect(403);
      const marked = (await as(t, agent).post(`/admin/accuracy/${id}/feedback`, { mark: 'helpful', note: '  spot on  ' }).expect(200)).body;
      expect(marked).toMatchObject({ id, humanMark: 'helpful', humanMarkNote: 'spot on', markedBy: agent.id, markedAt: expect.any(String) });
      // A second mark replaces the first; a blank note is none.
      const remarked = (await as(t, admin).post(`/admin/accuracy/${id}/feedback`, { mark: 'unhelpful', note: '   ' }).expect(200)).body;
      expect(remarked).toMatchObject({ humanMark: 'unhelpful', humanMarkNote: null, markedBy: admin.id });
      await as(t, agent).post(`/admin/accuracy/${id}/feedback`, { mark: 'helpful' }).expect(200);

      const audit = (await as(t, admin).get('/admin/audit', { action: 'accuracy.feedback', limit: 100 }).expect(200)).body as Page<AuditEntryDto>;
      const entries = audit.items.filter((entry) => entry.target === id);
      expect(entries.map((entry) => [entry.actorId, entry.details])).toEqual([
        [agent.id, { mark: 'helpful' }],
        [admin.id, { mark: 'unhelpful' }],
        [agent.id, { mark: 'helpful' }],
      ]);
    });

    it('lets an admin evaluate an answer and audits it; an agent may not', async () => {
      const id = await freshAnswer();
      await as(t, agent).post(`/admin/accuracy/${id}/evaluate`, { evaluation: 'correct' }).expect(403);
      const evaluated = (await as(t, admin).post(`/admin/accuracy/${id}/evaluate`, { evaluation: 'partially_correct', note: 'misses the fee' }).expect(200))
        .body;
      expect(evaluated).toMatchObject({
        evaluation: 'partially_correct',
        evaluationNote: 'misses the fee',
        evaluatedBy: admin.id,
        evaluatedAt: expect.any(String),
      });
      const audit = (await as(t, admin).get('/admin/audit', { action: 'accuracy.evaluate' }).expect(200)).body as Page<AuditEntryDto>;
      expect(audit.items.find((entry) => entry.target === id)).toMatchObject({ actorId: admin.id, details: { evaluation: 'partially_correct' } });
    });

    it.each([
      ['feedback', { mark: 'meh' }, /mark must be one of/],
      ['feedback', {}, /mark must be one of/],
      ['feedback', { mark: 'helpful', note: 'x'.repeat(2001) }, /note must be shorter than or equal to 2000/],
      ['feedback', { mark: 'helpful', extra: 1 }, /extra should not exist/],
      ['evaluate', { evaluation: 'wrong' }, /evaluation must be one of/],
      ['evaluate', { evaluation: 'correct', note: 7 }, /note must be a string/],
    ])('refuses a bad %s body %j with a 400', async (action, body, message) => {
      const response = await as(t, admin).post(`/admin/accuracy/${answerIds(5)[0]}/${action}`, body).expect(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(message) });
    });

    it('answers 404 for feedback or an evaluation of an unknown answer', async () => {
      await as(t, agent).post(`/admin/accuracy/${UNKNOWN_ID}/feedback`, { mark: 'helpful' }).expect(404);
      await as(t, admin).post(`/admin/accuracy/${UNKNOWN_ID}/evaluate`, { evaluation: 'correct' }).expect(404);
    });
  });

  describe('GET /admin/accuracy', () => {
    // Only the six answers of the fixture: answers the other tests log come later, and `to` leaves them out.
    const fixture = () => ({ to: new Date(Date.parse(lastFixtureAt) + 1).toISOString() });
    let lastFixtureAt: string;

    beforeAll(async () => {
      lastFixtureAt = ((await as(t, viewer).get(`/admin/accuracy/${answerIds(6)[0]}`).expect(200)).body as AccuracyRecordDto).createdAt;
    });

    it('lists newest first in keyset pages that join up to the whole list', async () => {
      const all = await list({ ...fixture(), limit: 100 });
      expect(ids(all)).toEqual(answerIds(6, 5, 4, 3, 2, 1));
      const seen: string[] = [];
      let cursor: string | null | undefined;
      do {
        const page = await list({ ...fixture(), limit: 4, ...(cursor ? { cursor } : {}) });
        seen.push(...ids(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(ids(all));
    });

    it.each([
      ['responseType', { responseType: 'fallback' }, [4, 3]],
      ['minConfidence (inclusive)', { minConfidence: 0.7 }, [6, 2, 1]],
      ['maxConfidence (inclusive)', { maxConfidence: 0.55 }, [4, 3]],
      ['a confidence range', { minConfidence: 0.4, maxConfidence: 0.7 }, [4, 3, 2]],
      ['humanMark', { humanMark: 'unhelpful' }, [2]],
      ['humanMark none', { humanMark: 'none' }, [5, 4, 3, 1]],
      ['evaluation', { evaluation: 'correct' }, [1]],
      ['evaluation none', { evaluation: 'none' }, [6, 5, 4, 3, 2]],
      ['from', { from: '2022-01-01T00:00:00Z' }, [6, 5, 4, 3, 2]],
      ['to', { to: '2022-01-01T00:00:00Z' }, [1]],
      ['several filters at once', { responseType: 'ai', humanMark: 'none', evaluation: 'correct' }, [1]],
    ])('filters by %s', async (_, query, expected) => {
      expect(ids(await list({ ...fixture(), ...query, limit: 100 }))).toEqual(answerIds(...expected));
    });

    it.each([
      [{ minConfidence: 0.8, maxConfidence: 0.2 }, 'maxConfidence must not be less than minConfidence'],
      [{ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'to must not be before from'],
      [{ minConfidence: 1.5 }, 'minConfidence must not be greater than 1'],
      [{ maxConfidence: 'high' }, 'maxConfidence must be a number conforming to the specified constraints'],
      [{ responseType: 'guess' }, 'responseType must be one of the following values: ai, fallback, handoff'],
      [{ humanMark: 'meh' }, 'humanMark must be one of the following values: helpful, unhelpful, none'],
      [{ evaluation: 'wrong' }, 'evaluation must be one of the following values: correct, partially_correct, incorrect, none'],
      [{ from: 'yesterday' }, 'from must be a Date instance'],
      [{ limit: 0 }, 'limit must not be less than 1'],
      [{ cursor: 'garbage!' }, 'cursor is not valid: pass back a nextCursor from an earlier page'],
      [{ sessionId: UNKNOWN_ID }, 'property sessionId should not exist'],
    ])('refuses %j with a 400', async (query, message) => {
      const response = await as(t, viewer).get('/admin/accuracy', query).expect(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining(message) });
    });
  });

  it('lets viewers read, and nobody unsigned', async () => {
    await as(t, null).get('/admin/accuracy').expect(401);
    await as(t, null).get('/admin/accuracy/stats').expect(401);
    await as(t, viewer).get('/admin/accuracy/stats').expect(200);
    await as(t, viewer).get(`/admin/accuracy/${answerIds(1)[0]}`).expect(200);
  });
});
