import type { Evaluation, HumanMark, MessageSender, SessionStatus } from '@parley/contracts';
import { aiAccuracy } from '../src/modules/accuracy/accuracy.schema';
import { messages } from '../src/modules/messages/messages.schema';
import { sessions } from '../src/modules/sessions/sessions.schema';
import type { TestApp } from './test-app';

/**
 * The hand-computed analytics fixture: sessions, messages and answers at chosen instants, seeded
 * straight into the database. The figures the tests expect are worked out in analytics.int-spec.ts
 * from the table in docs/analytics.md's "Worked example".
 */
export const RANGE = { from: '2025-03-10T00:00:00Z', to: '2025-03-13T00:00:00Z' };

const at = (time: string): Date => new Date(time);

interface SeedMessage {
  sender: MessageSender;
  at: string;
  internal?: boolean;
  text?: string;
}

interface SeedAnswer {
  at: string;
  confidence: number | null;
  mark?: HumanMark;
  evaluation?: Evaluation;
}

interface SeedSession {
  key: string;
  createdAt: string;
  status: SessionStatus;
  agent?: 'ana' | 'ben';
  queuedAt?: string;
  assignedAt?: string;
  closedAt?: string;
  messages: SeedMessage[];
  answers?: SeedAnswer[];
}

export const SESSIONS: SeedSession[] = [
  {
    key: 'S1', // closed by the bot alone
    createdAt: '2025-03-10T09:00:00Z',
    status: 'closed',
    closedAt: '2025-03-10T09:30:00Z',
    messages: [
      { sender: 'visitor', at: '2025-03-10T09:00:00Z' },
      { sender: 'bot', at: '2025-03-10T09:00:30Z' },
      { sender: 'visitor', at: '2025-03-10T09:05:00Z' },
      { sender: 'bot', at: '2025-03-10T09:05:10Z' },
      { sender: 'system', at: '2025-03-10T09:30:00Z' },
    ],
    answers: [
      { at: '2025-03-10T09:00:30Z', confidence: 0.9, mark: 'helpful', evaluation: 'correct' },
      { at: '2025-03-10T09:05:10Z', confidence: 0.95, evaluation: 'correct' },
      { at: '2025-03-10T09:06:00Z', confidence: null },
    ],
  },
  {
    key: 'S2', // handed to Ana, closed
    createdAt: '2025-03-10T10:00:00Z',
    status: 'closed',
    agent: 'ana',
    queuedAt: '2025-03-10T10:02:00Z',
    assignedAt: '2025-03-10T10:03:00Z',
    closedAt: '2025-03-10T10:30:00Z',
    messages: [
      { sender: 'visitor', at: '2025-03-10T10:00:00Z' },
      { sender: 'bot', at: '2025-03-10T10:00:20Z' },
      { sender: 'visitor', at: '2025-03-10T10:02:00Z' },
      { sender: 'system', at: '2025-03-10T10:02:01Z' },
      { sender: 'visitor', at: '2025-03-10T10:03:00Z' },
      { sender: 'agent', at: '2025-03-10T10:04:00Z' },
      { sender: 'agent', at: '2025-03-10T10:04:30Z', internal: true },
      { sender: 'visitor', at: '2025-03-10T10:05:00Z' },
      { sender: 'agent', at: '2025-03-10T10:06:00Z' },
    ],
    answers: [{ at: '2025-03-10T10:00:20Z', confidence: 0.7, mark: 'unhelpful', evaluation: 'incorrect' }],
  },
  {
    key: 'S3', // late on the 10th in UTC, the 11th in Paris; Ben has it
    createdAt: '2025-03-10T23:30:00Z',
    status: 'agent_assigned',
    agent: 'ben',
    queuedAt: '2025-03-10T23:31:00Z',
    assignedAt: '2025-03-10T23:32:00Z',
    messages: [
      { sender: 'visitor', at: '2025-03-10T23:30:00Z' },
      { sender: 'bot', at: '2025-03-10T23:30:10Z' },
      { sender: 'visitor', at: '2025-03-10T23:31:00Z' },
      { sender: 'agent', at: '2025-03-10T23:33:00Z' },
      { sender: 'visitor', at: '2025-03-10T23:40:00Z' },
      { sender: 'agent', at: '2025-03-10T23:45:00Z' },
    ],
    answers: [{ at: '2025-03-10T23:30:10Z', confidence: 0.35, mark: 'unhelpful', evaluation: 'partially_correct' }],
  },
  {
    key: 'S4', // waiting in the queue
    createdAt: '2025-03-11T12:00:00Z',
    status: 'needs_human',
    queuedAt: '2025-03-11T12:01:00Z',
    messages: [
      { sender: 'visitor', at: '2025-03-11T12:00:00Z' },
      { sender: 'bot', at: '2025-03-11T12:00:05Z' },
      { sender: 'visitor', at: '2025-03-11T12:01:00Z' },
    ],
    answers: [{ at: '2025-03-11T12:00:05Z', confidence: 0.1 }],
  },
  {
    key: 'S9', // handed to Ben, closed
    createdAt: '2025-03-11T15:00:00Z',
    status: 'closed',
    agent: 'ben',
    queuedAt: '2025-03-11T15:05:00Z',
    assignedAt: '2025-03-11T15:10:00Z',
    closedAt: '2025-03-11T15:40:00Z',
    messages: [
      { sender: 'visitor', at: '2025-03-11T15:00:00Z' },
      { sender: 'bot', at: '2025-03-11T15:00:40Z' },
      { sender: 'visitor', at: '2025-03-11T15:05:00Z' },
      { sender: 'agent', at: '2025-03-11T15:12:00Z' },
      { sender: 'system', at: '2025-03-11T15:40:00Z' },
    ],
    answers: [{ at: '2025-03-11T15:00:40Z', confidence: 0.72, mark: 'helpful' }],
  },
  {
    key: 'S6', // its first message exactly on a day (and hour) boundary
    createdAt: '2025-03-12T00:00:00Z',
    status: 'active',
    messages: [
      { sender: 'visitor', at: '2025-03-12T00:00:00Z' },
      { sender: 'bot', at: '2025-03-12T00:00:02Z' },
    ],
    answers: [{ at: '2025-03-12T00:00:02Z', confidence: 1, mark: 'helpful', evaluation: 'correct' }],
  },
  { key: 'S5', createdAt: '2025-03-12T08:00:00Z', status: 'active', messages: [] },
  {
    key: 'S7', // before the range
    createdAt: '2025-03-09T12:00:00Z',
    status: 'closed',
    closedAt: '2025-03-09T12:10:00Z',
    messages: [
      { sender: 'visitor', at: '2025-03-09T12:00:00Z' },
      { sender: 'bot', at: '2025-03-09T12:00:03Z' },
    ],
    answers: [{ at: '2025-03-09T12:00:03Z', confidence: 0.5, mark: 'helpful', evaluation: 'correct' }],
  },
  {
    key: 'S8', // exactly at the range's end, which is exclusive
    createdAt: '2025-03-13T00:00:00Z',
    status: 'active',
    messages: [{ sender: 'visitor', at: '2025-03-13T00:00:00Z' }],
  },
];

/** Seeds the fixture; returns the session ids by key. */
export async function seedAnalyticsFixture(t: TestApp, agents: { ana: string; ben: string }): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const seed of SESSIONS) {
    const [session] = await t.db
      .insert(sessions)
      .values({
        status: seed.status,
        assignedAgentId: seed.agent ? agents[seed.agent] : null,
        queuedAt: seed.queuedAt ? at(seed.queuedAt) : null,
        assignedAt: seed.assignedAt ? at(seed.assignedAt) : null,
        closedAt: seed.closedAt ? at(seed.closedAt) : null,
        createdAt: at(seed.createdAt),
        updatedAt: at(seed.closedAt ?? seed.createdAt),
      })
      .returning({ id: sessions.id });
    const sessionId = (session as { id: string }).id;
    ids[seed.key] = sessionId;
    if (seed.messages.length > 0) {
      await t.db.insert(messages).values(
        seed.messages.map((message) => ({
          sessionId,
          sender: message.sender,
          text: message.text ?? `${seed.key} ${message.sender} at ${message.at}`,
          internal: message.internal ?? false,
          createdAt: at(message.at),
        })),
      );
    }
    for (const answer of seed.answers ?? []) {
      await t.db.insert(aiAccuracy).values({
        sessionId,
        question: 'q',
        aiText: 'a',
        confidence: answer.confidence,
        responseType: answer.confidence === null ? 'handoff' : 'ai',
        humanMark: answer.mark ?? null,
        evaluation: answer.evaluation ?? null,
        createdAt: at(answer.at),
      });
    }
  }
  return ids;
}
