import type { AgentRef, MessageSender, SessionStatus } from '@parley/contracts';
import type { ExportMessageRow, ExportSessionRow } from './exports.repository';
import { decodeStoredJson } from './stored-value';

/** A session as the export writes it (JSON, NDJSON; CSV flattens it). */
export interface ExportedSession {
  id: string;
  status: SessionStatus;
  assignedAgent: AgentRef | null;
  userMeta: Record<string, unknown> | null;
  customer: Record<string, unknown> | null;
  language: string | null;
  queuedAt: string | null;
  assignedAt: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface ExportedMessage {
  id: string;
  sender: MessageSender;
  text: string;
  internal: boolean;
  confidence: number | null;
  createdAt: string;
}

const isoOrNull = (date: Date | null): string | null => date?.toISOString() ?? null;

export function toExportedSession(row: ExportSessionRow): ExportedSession {
  return {
    id: row.id,
    status: row.status,
    assignedAgent: row.assignedAgentId ? { id: row.assignedAgentId, name: row.agentName ?? '' } : null,
    userMeta: decodeStoredJson(row.userMeta),
    customer: decodeStoredJson(row.customer),
    language: row.language,
    queuedAt: isoOrNull(row.queuedAt),
    assignedAt: isoOrNull(row.assignedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    closedAt: isoOrNull(row.closedAt),
  };
}

export function toExportedMessage(row: ExportMessageRow): ExportedMessage {
  return {
    id: row.id,
    sender: row.sender,
    text: row.text,
    internal: row.internal,
    confidence: row.confidence,
    createdAt: row.createdAt,
  };
}
