import { AssignCandidate, pickAgent } from './auto-assign';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute));
const candidate = (agentId: string, openSessions: number, waitingSinceMinute: number): AssignCandidate => ({
  agentId,
  openSessions,
  waitingSince: at(waitingSinceMinute),
});

describe('pickAgent', () => {
  it('picks the agent with the fewest open sessions', () => {
    expect(pickAgent([candidate('a', 2, 0), candidate('b', 1, 5), candidate('c', 3, 0)], 5)).toBe('b');
  });

  it('breaks ties by who has waited longest, then by id', () => {
    expect(pickAgent([candidate('a', 1, 9), candidate('b', 1, 3), candidate('c', 1, 7)], 5)).toBe('b');
    expect(pickAgent([candidate('z', 0, 1), candidate('y', 0, 1)], 5)).toBe('y');
  });

  it('skips agents at the cap and answers undefined when everyone is full or nobody is online', () => {
    expect(pickAgent([candidate('a', 2, 0), candidate('b', 1, 9)], 2)).toBe('b');
    expect(pickAgent([candidate('a', 2, 0)], 2)).toBeUndefined();
    expect(pickAgent([], 2)).toBeUndefined();
  });
});
