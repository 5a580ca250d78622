import type { ExportFormat } from '@parley/contracts';
import { CsvValue, UTF8_BOM, csvCells, csvRow } from './csv';
import type { ExportedMessage, ExportedSession } from './session-records';

/**
 * Turns the stream of sessions (and their messages) into the text of one file format, piece by
 * piece: the service writes each piece as soon as it has it, so no file is ever whole in memory.
 */
export interface SessionFileWriter {
  start(): string;
  session(session: ExportedSession): string;
  message(message: ExportedMessage): string;
  endSession(): string;
  end(): string;
}

const SESSION_COLUMNS = [
  'session_id',
  'status',
  'assigned_agent_id',
  'assigned_agent_name',
  'user_meta',
  'customer',
  'language',
  'queued_at',
  'assigned_at',
  'created_at',
  'updated_at',
  'closed_at',
];
const MESSAGE_COLUMNS = ['message_id', 'sender', 'internal', 'confidence', 'message_created_at', 'text'];

function sessionCells(session: ExportedSession): CsvValue[] {
  const json = (value: Record<string, unknown> | null): string | null => (value === null ? null : JSON.stringify(value));
  return [
    session.id,
    session.status,
    session.assignedAgent?.id,
    session.assignedAgent?.name,
    json(session.userMeta),
    json(session.customer),
    session.language,
    session.queuedAt,
    session.assignedAt,
    session.createdAt,
    session.updatedAt,
    session.closedAt,
  ];
}

/** One row per session; with messages, one row per message, its session's columns repeated. */
class CsvWriter implements SessionFileWriter {
  // The session's cells as CSV text, written once per session and prefixed to each of its messages:
  // re-encoding them per message (the JSON metadata with its quotes doubled) repeated that work per row.
  private prefix = '';
  private messagesInSession = 0;

  constructor(private readonly withMessages: boolean) {}

  start(): string {
    return UTF8_BOM + csvRow(this.withMessages ? [...SESSION_COLUMNS, ...MESSAGE_COLUMNS] : SESSION_COLUMNS);
  }

  session(session: ExportedSession): string {
    this.prefix = csvCells(sessionCells(session));
    this.messagesInSession = 0;
    return this.withMessages ? '' : `${this.prefix}\r\n`;
  }

  message(message: ExportedMessage): string {
    this.messagesInSession += 1;
    return `${this.prefix},${csvRow([message.id, message.sender, message.internal, message.confidence, message.createdAt, message.text])}`;
  }

  endSession(): string {
    // A session without messages still gets its row, with the message columns empty.
    return this.withMessages && this.messagesInSession === 0 ? `${this.prefix}${','.repeat(MESSAGE_COLUMNS.length)}\r\n` : '';
  }

  end(): string {
    return '';
  }
}

/**
 * JSON (one array) and NDJSON (one session a line) share the item shape: a session object whose
 * `messages` array is written message by message.
 */
class JsonWriter implements SessionFileWriter {
  private sessions = 0;
  private messagesInSession = 0;

  constructor(
    private readonly lines: boolean,
    private readonly withMessages: boolean,
  ) {}

  start(): string {
    return this.lines ? '' : '[\n';
  }

  session(session: ExportedSession): string {
    const separator = this.lines || this.sessions === 0 ? '' : ',\n';
    this.sessions += 1;
    this.messagesInSession = 0;
    const json = JSON.stringify(session);
    // Reopen the object to append the messages array: JSON.stringify of an object ends with "}".
    return separator + (this.withMessages ? `${json.slice(0, -1)},"messages":[` : json);
  }

  message(message: ExportedMessage): string {
    const separator = this.messagesInSession === 0 ? '' : ',';
    this.messagesInSession += 1;
    return separator + JSON.stringify(message);
  }

  endSession(): string {
    return (this.withMessages ? ']}' : '') + (this.lines ? '\n' : '');
  }

  end(): string {
    return this.lines ? '' : '\n]\n';
  }
}

export function sessionFileWriter(format: ExportFormat, withMessages: boolean): SessionFileWriter {
  return format === 'csv' ? new CsvWriter(withMessages) : new JsonWriter(format === 'ndjson', withMessages);
}
