import type { SessionStatus } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import type { MessageRow } from '../messages/messages.schema';
import type { MessagesService } from '../messages/messages.service';
import type { HandoffService } from '../sessions/handoff.service';
import type { SessionsService } from '../sessions/sessions.service';
import type { AccuracyRepository, MarkChange } from './accuracy.repository';
import type { AiAccuracyRow } from './accuracy.schema';
import { VisitorFeedbackService } from './visitor-feedback.service';

const SESSION = 'session-1';

interface Fixture {
  service: VisitorFeedbackService;
  marks: Map<string, MarkChange>;
  requestHuman: jest.Mock;
  status: { value: SessionStatus };
}

/** Messages m-bot-1…3 are bot answers with a logged row, m-visitor a visitor's, m-bot-unlogged a bot answer without a row. */
function fixture(requestHuman: jest.Mock = jest.fn(async () => undefined)): Fixture {
  const marks = new Map<string, MarkChange>();
  const status = { value: 'active' as SessionStatus };
  const logged = new Set(['m-bot-1', 'm-bot-2', 'm-bot-3']);
  const repository: Pick<AccuracyRepository, 'setMarkByMessage' | 'countVisitorUnhelpful'> = {
    async setMarkByMessage(sessionId: string, messageId: string, change: MarkChange) {
      if (sessionId !== SESSION || !logged.has(messageId)) return undefined;
      marks.set(messageId, change);
      return { id: `row-${messageId}` } as AiAccuracyRow;
    },
    async countVisitorUnhelpful() {
      return [...marks.values()].filter((mark) => mark.humanMark === 'unhelpful' && mark.markedBy === null).length;
    },
  };
  const messages: Pick<MessagesService, 'findVisible'> = {
    async findVisible(sessionId: string, messageId: string) {
      if (sessionId !== SESSION || !messageId.startsWith('m-')) throw AppException.notFound('The message');
      return { id: messageId, sender: messageId.startsWith('m-bot') ? 'bot' : 'visitor' } as MessageRow;
    },
  };
  const sessions = { get: async () => ({ id: SESSION, status: status.value }) } as unknown as SessionsService;
  const service = new VisitorFeedbackService(
    repository as AccuracyRepository,
    messages as MessagesService,
    sessions,
    { requestHuman } as unknown as HandoffService,
  );
  return { service, marks, requestHuman, status };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof AppException) return error.code;
    throw error;
  }
}

describe('VisitorFeedbackService', () => {
  it('marks the logged answer as the visitor (no staff id, no note)', async () => {
    const { service, marks } = fixture();
    await service.mark(SESSION, 'm-bot-1', true);
    expect(marks.get('m-bot-1')).toEqual({ humanMark: 'helpful', humanMarkNote: null, markedBy: null, markedAt: expect.any(Date) });
  });

  it.each([
    ['a visitor message', SESSION, 'm-visitor'],
    ['a bot answer without a logged row', SESSION, 'm-bot-unlogged'],
    ['an unknown message', SESSION, 'nope'],
    ['a message of another session', 'session-2', 'm-bot-1'],
  ])('answers NOT_FOUND for %s', async (_, sessionId, messageId) => {
    const { service, marks } = fixture();
    expect(await codeOf(service.mark(sessionId, messageId, false))).toBe('NOT_FOUND');
    expect(marks.size).toBe(0);
  });

  it('hands an active session over at the second unhelpful answer, not before', async () => {
    const { service, requestHuman } = fixture();
    await service.mark(SESSION, 'm-bot-1', false);
    await service.mark(SESSION, 'm-bot-1', false);
    expect(requestHuman).not.toHaveBeenCalled();
    await service.mark(SESSION, 'm-bot-2', true);
    expect(requestHuman).not.toHaveBeenCalled();
    await service.mark(SESSION, 'm-bot-3', false);
    expect(requestHuman).toHaveBeenCalledWith(SESSION);
  });

  it('counts a changed mind: helpful after unhelpful no longer counts', async () => {
    const { service, requestHuman } = fixture();
    await service.mark(SESSION, 'm-bot-1', false);
    await service.mark(SESSION, 'm-bot-1', true);
    await service.mark(SESSION, 'm-bot-2', false);
    expect(requestHuman).not.toHaveBeenCalled();
  });

  it('leaves a session the bot no longer has alone', async () => {
    const { service, requestHuman, status } = fixture();
    status.value = 'agent_assigned';
    await service.mark(SESSION, 'm-bot-1', false);
    await service.mark(SESSION, 'm-bot-2', false);
    expect(requestHuman).not.toHaveBeenCalled();
  });

  it('takes a lost race (INVALID_STATE) as done, and lets other failures through', async () => {
    const raced = fixture(jest.fn(async () => Promise.reject(new AppException('INVALID_STATE', 'moved on'))));
    await raced.service.mark(SESSION, 'm-bot-1', false);
    expect(await codeOf(raced.service.mark(SESSION, 'm-bot-2', false))).toBe('OK');
    const broken = fixture(jest.fn(async () => Promise.reject(new Error('database down'))));
    await broken.service.mark(SESSION, 'm-bot-1', false);
    await expect(broken.service.mark(SESSION, 'm-bot-2', false)).rejects.toThrow('database down');
  });
});
