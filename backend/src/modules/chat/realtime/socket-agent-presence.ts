import { Injectable } from '@nestjs/common';
import { AgentPresence, OnlineAgent } from '../agent-presence';
import { ChatBroadcaster } from './chat-broadcaster';

/**
 * Presence read from the live staff sockets of every process (through the Socket.IO adapter): an
 * agent is online while one of its connections says so, and gone when the last one drops, even when
 * its process dies, with nothing left over to clean up.
 */
@Injectable()
export class SocketAgentPresence extends AgentPresence {
  constructor(private readonly broadcaster: ChatBroadcaster) {
    super();
  }

  async onlineAgents(): Promise<OnlineAgent[]> {
    const since = new Map<string, number>();
    for (const data of await this.broadcaster.staffSockets()) {
      if (data.presence !== 'online' || !data.mayTakeSessions) continue;
      since.set(data.userId, Math.min(since.get(data.userId) ?? Infinity, data.onlineSince));
    }
    return [...since].map(([id, onlineSince]) => ({ id, onlineSince: new Date(onlineSince) }));
  }
}
