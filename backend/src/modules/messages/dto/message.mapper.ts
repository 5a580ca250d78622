import type { MessageDto, StaffMessageDto } from '@parley/contracts';
import { readMetadata } from '../message-metadata';
import type { Readable } from '../../encryption/field-cipher';
import type { MessageRow } from '../messages.schema';

/** A message as the visitor sees it. Internal notes have no visitor shape at all. */
export function toMessageDto(row: MessageRow): MessageDto {
  if (row.internal) throw new Error('an internal note must never be mapped for a visitor');
  const metadata = readMetadata(row);
  return {
    id: row.id,
    sessionId: row.sessionId,
    sender: row.sender,
    text: row.text,
    createdAt: row.createdAt.toISOString(),
    ...(row.clientMessageId !== null ? { clientMessageId: row.clientMessageId } : {}),
    ...(row.confidence !== null ? { confidence: row.confidence } : {}),
    ...(metadata.sources ? { sources: metadata.sources } : {}),
    ...(metadata.agent ? { agent: metadata.agent } : {}),
  };
}

export function toStaffMessageDto(row: Readable<MessageRow>): StaffMessageDto {
  return { ...toMessageDto({ ...row, internal: false }), internal: row.internal, ...(row.unreadable ? { unreadable: true } : {}) };
}
