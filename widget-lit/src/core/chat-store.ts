/** A message waiting to be sent: retried with the same `clientMessageId` until the server has it. */
export interface OutboxItem {
  clientMessageId: string;
  text: string;
}

/** What the widget remembers per desk, across page loads. */
export interface StoredChat {
  sessionId?: string;
  visitorToken?: string;
  outbox: OutboxItem[];
  /** The newest message the visitor has seen with the panel open: later ones count as unread. */
  readId?: string;
  /** The visitor's thumbs up (true) or down (false) per bot message id. */
  votes: Record<string, boolean>;
}

const PREFIX = 'parley-chat:';
// Storage can be missing or throwing (privacy modes, sandboxed frames): then the chat lasts one page.
const memory = new Map<string, string>();

function storage(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    const local = window.localStorage;
    local.getItem(PREFIX);
    return local;
  } catch {
    return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) };
  }
}

function isOutboxItem(value: unknown): value is OutboxItem {
  const item = value as OutboxItem | null;
  return typeof item?.clientMessageId === 'string' && typeof item.text === 'string';
}

/** Reads the desk's stored chat; anything malformed (an older version, a hand edit) starts afresh. */
export function loadChat(serverUrl: string): StoredChat {
  const fresh: StoredChat = { outbox: [], votes: {} };
  try {
    const parsed = JSON.parse(storage().getItem(PREFIX + serverUrl) ?? 'null') as Partial<StoredChat> | null;
    if (!parsed || typeof parsed !== 'object') return fresh;
    const session = typeof parsed.sessionId === 'string' && typeof parsed.visitorToken === 'string';
    return {
      sessionId: session ? parsed.sessionId : undefined,
      visitorToken: session ? parsed.visitorToken : undefined,
      outbox: Array.isArray(parsed.outbox) ? parsed.outbox.filter(isOutboxItem) : [],
      readId: typeof parsed.readId === 'string' ? parsed.readId : undefined,
      votes: parsed.votes && typeof parsed.votes === 'object' ? parsed.votes : {},
    };
  } catch {
    return fresh;
  }
}

export function saveChat(serverUrl: string, chat: StoredChat): void {
  try {
    storage().setItem(PREFIX + serverUrl, JSON.stringify(chat));
  } catch {
    // Quota exceeded: the chat still works, it just will not survive a reload.
  }
}
