import { Injectable } from '@nestjs/common';
import type { BroadcastOperator } from 'socket.io';
import type { AgentServerToClient, WidgetServerToClient } from '@parley/contracts';
import { AGENTS_ROOM, AgentNamespace, AgentSocketData, WidgetNamespace, WidgetSocketData, sessionRoom, staffRoom } from './socket-types';

/**
 * The two namespaces, for whoever must reach clients outside a handler. With the Redis adapter each
 * broadcast reaches the sockets of every process.
 */
@Injectable()
export class ChatBroadcaster {
  private widget?: WidgetNamespace;
  private agents?: AgentNamespace;

  attachWidget(namespace: WidgetNamespace): void {
    this.widget = namespace;
  }

  attachAgents(namespace: AgentNamespace): void {
    this.agents = namespace;
  }

  /** The visitor sockets of a session. */
  visitor(sessionId: string): BroadcastOperator<WidgetServerToClient, WidgetSocketData> | undefined {
    return this.widget?.to(sessionRoom(sessionId));
  }

  /** The staff sockets that joined a session. */
  sessionAgents(sessionId: string): BroadcastOperator<AgentServerToClient, AgentSocketData> | undefined {
    return this.agents?.to(sessionRoom(sessionId));
  }

  /** Every staff socket. */
  allAgents(): BroadcastOperator<AgentServerToClient, AgentSocketData> | undefined {
    return this.agents?.to(AGENTS_ROOM);
  }

  /** Makes every console of a staff member join a session's room (claim or assignment). */
  joinStaffToSession(userId: string, sessionId: string): void {
    this.agents?.in(staffRoom(userId)).socketsJoin(sessionRoom(sessionId));
  }

  /** The data of every staff socket on every process. */
  async staffSockets(): Promise<AgentSocketData[]> {
    if (!this.agents) return [];
    const sockets = await this.agents.in(AGENTS_ROOM).fetchSockets();
    return sockets.map((socket) => socket.data);
  }
}
