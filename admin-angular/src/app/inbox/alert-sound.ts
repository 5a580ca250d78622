import { Injectable, signal } from '@angular/core';

const STORAGE_KEY = 'parley.inbox.sound';
/** A burst of messages chimes once. */
const QUIET_MS = 2000;
const TONES: readonly { delay: number; frequency: number }[] = [
  { delay: 0, frequency: 880 },
  { delay: 0.12, frequency: 1320 },
];

/**
 * The inbox's chime for a new waiting visitor or a visitor message the agent is not looking at.
 * Off until the agent turns it on (which, being a click, also lets the browser play audio); the
 * choice is kept in this browser. Synthesised with Web Audio, so there is no file to load.
 */
@Injectable({ providedIn: 'root' })
export class AlertSound {
  private context: AudioContext | undefined;
  private lastPlayed = -Infinity;
  readonly enabled = signal(readSetting());

  toggle(): void {
    const next = !this.enabled();
    this.enabled.set(next);
    try {
      localStorage.setItem(STORAGE_KEY, next ? 'on' : 'off');
    } catch {
      // Storage may be full or blocked: the choice then lasts for this page only.
    }
    if (next) this.play(true);
  }

  /** Chimes unless off, just chimed, or the browser has no Web Audio. */
  play(evenIfRecent = false): void {
    if (!this.enabled() || typeof AudioContext === 'undefined') return;
    const now = Date.now();
    if (!evenIfRecent && now - this.lastPlayed < QUIET_MS) return;
    this.lastPlayed = now;
    this.context ??= new AudioContext();
    const context = this.context;
    if (context.state === 'suspended') void context.resume();
    const start = context.currentTime;
    for (const tone of TONES) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const at = start + tone.delay;
      oscillator.frequency.value = tone.frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.2, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.25);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.3);
    }
  }
}

function readSetting(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}
