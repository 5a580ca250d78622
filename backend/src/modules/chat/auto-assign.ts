/** An online agent who could take a session. */
export interface AssignCandidate {
  agentId: string;
  openSessions: number;
  /** Since when the agent has been free for a new session: online since, or last assignment if later. */
  waitingSince: Date;
}

/**
 * The agent a waiting session goes to: fewest open sessions below the cap; ties go to whoever has
 * waited longest for a new one, then to the lowest id so every process picks the same agent.
 */
export function pickAgent(candidates: readonly AssignCandidate[], maxChatsPerAgent: number): string | undefined {
  return [...candidates]
    .filter((candidate) => candidate.openSessions < maxChatsPerAgent)
    .sort(
      (a, b) =>
        a.openSessions - b.openSessions ||
        a.waitingSince.getTime() - b.waitingSince.getTime() ||
        (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0),
    )[0]?.agentId;
}
