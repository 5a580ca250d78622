import type { SessionRecord } from './sessions.service';

/** The system lines a visitor reads when the conversation changes hands; wording lives here only. */
export const SystemMessages = {
  queued: (): string => 'You are in the queue for a human agent. Someone will be with you shortly.',
  assigned: (session: SessionRecord): string => `You are now talking to ${session.agent?.name ?? 'an agent'}.`,
  released: (agentName: string): string => `${agentName} has left the conversation. You are back in the queue.`,
  closed: (): string => 'This conversation was closed.',
  closedIdle: (minutes: number): string => `This conversation was closed after ${minutes} minutes without messages.`,
  reopened: (): string => 'The conversation was reopened.',
};
