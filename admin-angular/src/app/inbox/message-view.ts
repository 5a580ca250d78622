import type { MessageSource } from '@parley/contracts';
import type { ConversationLine } from './inbox-state';

export interface MessageView {
  id: string;
  sender: ConversationLine['sender'];
  author: string;
  text: string;
  time: string;
  internal: boolean;
  streaming: boolean;
  unreadable: boolean;
  /** "82 %" on bot answers that carry a confidence. */
  confidence: string | null;
  sources: readonly MessageSource[];
}

const AUTHORS = { visitor: 'Visitor', bot: 'Bot', system: 'System' } as const;

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** What the conversation log shows of one line. */
export function toMessageView(line: ConversationLine): MessageView {
  const author = line.sender === 'agent' ? (line.agent?.name ?? 'Agent') : AUTHORS[line.sender];
  const confidence = line.sender === 'bot' && typeof line.confidence === 'number' ? `${Math.round(line.confidence * 100)} %` : null;
  return {
    id: line.id,
    sender: line.sender,
    author,
    text: line.text,
    time: timeFormat.format(new Date(line.createdAt)),
    internal: line.internal,
    streaming: !!line.streaming,
    unreadable: !!line.unreadable,
    confidence,
    sources: line.sender === 'bot' ? (line.sources ?? []) : [],
  };
}
