import { signal } from '@angular/core';

export type Typist = 'visitor' | 'agent';

/** A typing indicator whose "stopped" event got lost must not stay on forever. */
export const TYPING_EXPIRES_MS = 10_000;

/** Who is typing in which session, from the `typing` events, each flag expiring on its own. */
export class TypingIndicators {
  private readonly state = signal<Record<string, Partial<Record<Typist, boolean>>>>({});
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  isTyping(sessionId: string | null, who: Typist): boolean {
    return !!sessionId && !!this.state()[sessionId]?.[who];
  }

  set(sessionId: string, who: Typist, typing: boolean): void {
    const key = `${sessionId}:${who}`;
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (typing) this.timers.set(key, setTimeout(() => this.set(sessionId, who, false), TYPING_EXPIRES_MS));
    if (!!this.state()[sessionId]?.[who] === typing) return;
    this.state.update((all) => ({ ...all, [sessionId]: { ...all[sessionId], [who]: typing } }));
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
  }
}
