import type { AgentRef, MessageSource } from '@parley/contracts';
import type { MessageRow } from './messages.schema';

/** What a message carries besides its text, stored as JSON in `messages.metadata`. */
export interface MessageMetadata {
  /** Who wrote an agent message, as the visitor should see it. */
  agent?: AgentRef;
  /** Articles a bot answer is based on. */
  sources?: MessageSource[];
}

export function writeMetadata(metadata: MessageMetadata): string | null {
  return metadata.agent || metadata.sources ? JSON.stringify(metadata) : null;
}

export function readMetadata(row: Pick<MessageRow, 'metadata'>): MessageMetadata {
  if (!row.metadata) return {};
  try {
    const parsed: unknown = JSON.parse(row.metadata);
    return typeof parsed === 'object' && parsed !== null ? (parsed as MessageMetadata) : {};
  } catch {
    // Unreadable metadata must not hide the message itself.
    return {};
  }
}
