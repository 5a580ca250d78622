/** An agent connected with presence `online` who may take sessions. */
export interface OnlineAgent {
  id: string;
  /** The earliest moment one of its connections became online. */
  onlineSince: Date;
}

/**
 * Who is online to take sessions, across every process. The socket layer implements it from the
 * live connections themselves, so an agent whose process dies is gone with it.
 */
export abstract class AgentPresence {
  abstract onlineAgents(): Promise<OnlineAgent[]>;
}
