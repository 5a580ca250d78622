import { Observable, firstValueFrom } from 'rxjs';
import type { ErrorInfo, MessageDeltaEvent, Permission, SessionDto, StaffMessageDto } from '@parley/contracts';

/** A line of the conversation: a stored message, or a bot answer still streaming in. */
export type ConversationLine = StaffMessageDto & { streaming?: boolean };

/** A bot answer arriving as `message:delta` pieces before its final `message` (same id). */
export interface StreamingDraft {
  sessionId: string;
  text: string;
  startedAt: string;
}

/** Adds messages, keeping one per id (a sender gets its own twice) in sending order (UUIDv7 ids). */
export function mergeMessages(current: readonly StaffMessageDto[], incoming: readonly StaffMessageDto[]): StaffMessageDto[] {
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Grows a streaming answer, unless its final message is already here (a late delta). */
export function applyDelta(
  drafts: Readonly<Record<string, StreamingDraft>>,
  event: MessageDeltaEvent,
  sessionId: string,
  finished: ReadonlySet<string>,
  now: string,
): Record<string, StreamingDraft> {
  if (finished.has(event.messageId)) return { ...drafts };
  const draft = drafts[event.messageId] ?? { sessionId, text: '', startedAt: now };
  return { ...drafts, [event.messageId]: { ...draft, text: draft.text + event.delta } };
}

/** The final message replaces its streamed draft. */
export function withoutDraft(drafts: Readonly<Record<string, StreamingDraft>>, messageId: string): Record<string, StreamingDraft> {
  if (!(messageId in drafts)) return drafts as Record<string, StreamingDraft>;
  const rest = { ...drafts };
  delete rest[messageId];
  return rest;
}

/** Stored messages plus the drafts of one session still streaming, in order. */
export function conversationLines(
  messages: readonly StaffMessageDto[],
  drafts: Readonly<Record<string, StreamingDraft>>,
  sessionId: string | null,
): ConversationLine[] {
  const stored = new Set(messages.map((message) => message.id));
  const streaming: ConversationLine[] = Object.entries(drafts)
    .filter(([id, draft]) => draft.sessionId === sessionId && !stored.has(id))
    .map(([id, draft]) => ({ id, sessionId: draft.sessionId, sender: 'bot', text: draft.text, createdAt: draft.startedAt, internal: false, streaming: true }));
  return [...messages, ...streaming].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function upsertSession(sessions: Readonly<Record<string, SessionDto>>, session: SessionDto): Record<string, SessionDto> {
  return { ...sessions, [session.id]: session };
}

export function isMine(session: SessionDto | undefined, meId: string | undefined): boolean {
  return !!session && !!meId && session.status === 'agent_assigned' && session.assignedAgent?.id === meId;
}

export function addUnread(unread: Readonly<Record<string, number>>, sessionId: string): Record<string, number> {
  return { ...unread, [sessionId]: (unread[sessionId] ?? 0) + 1 };
}

export function clearUnread(unread: Readonly<Record<string, number>>, sessionId: string): Record<string, number> {
  if (!unread[sessionId]) return unread as Record<string, number>;
  const rest = { ...unread };
  delete rest[sessionId];
  return rest;
}

export function totalUnread(unread: Readonly<Record<string, number>>): number {
  return Object.values(unread).reduce((sum, count) => sum + count, 0);
}

/** The browser tab title, with the unread count as a badge. */
export function inboxTitle(unread: number): string {
  return unread > 0 ? `(${unread}) Inbox · Parley` : 'Inbox · Parley';
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A name for a visitor: the verified customer first, then what the site passed in userMeta. */
export function visitorLabel(session: SessionDto | undefined, sessionId: string): string {
  const meta = session?.userMeta ?? {};
  const name = text(session?.customer?.name) ?? text(session?.customer?.email) ?? text(meta['name']) ?? text(meta['email']);
  return name ?? `Visitor ${sessionId.slice(-6)}`;
}

/** What an earlier-sessions search looks for: the customer's email, else its id. */
export function identityQuery(session: SessionDto | undefined): string | null {
  if (!session?.customer) return null;
  return text(session.customer.email) ?? text(session.customer.id) ?? null;
}

export type SessionAction = 'claim' | 'release' | 'close';

/**
 * Which of claim / release / close make sense now. The same rules the server enforces
 * (docs/socket-protocol.md): `shown` follows the permission, `enabled` the status and the holder.
 */
export function sessionActions(
  session: SessionDto | undefined,
  meId: string | undefined,
  can: (permission: Permission) => boolean,
): Record<SessionAction, { shown: boolean; enabled: boolean }> {
  const status = session?.status;
  const holder = session?.assignedAgent?.id ?? null;
  const mayOverride = can('sessions:assign');
  const holdsIt = holder !== null && holder === meId;
  return {
    claim: { shown: can('sessions:claim'), enabled: status === 'active' || status === 'needs_human' },
    release: { shown: can('sessions:claim'), enabled: status === 'agent_assigned' && (holdsIt || mayOverride) },
    close: {
      shown: can('sessions:close'),
      enabled: !!status && status !== 'closed' && (holder === null || holdsIt || mayOverride),
    },
  };
}

const FAILED: Record<SessionAction | 'send' | 'presence', string> = {
  claim: 'Could not claim the conversation',
  release: 'Could not release the conversation',
  close: 'Could not close the conversation',
  send: 'The message was not sent',
  presence: 'Could not change your presence',
};

/** An error ack in words, saying what failed. */
export function describeAckError(action: keyof typeof FAILED, error: ErrorInfo): string {
  const message = error.message.replace(/\.$/, '');
  const wait = error.retryAfterMs ? ` Try again in ${Math.ceil(error.retryAfterMs / 1000)} s.` : '';
  const hint = action === 'claim' && error.code === 'INVALID_STATE' ? ' Someone else may have claimed it first.' : '';
  return `${FAILED[action]}: ${message}.${hint}${wait}`;
}

/** Every page of a keyset-paginated list, one request after another. */
export async function allPages<T>(fetch: (cursor: string | undefined) => Observable<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await firstValueFrom(fetch(cursor));
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
