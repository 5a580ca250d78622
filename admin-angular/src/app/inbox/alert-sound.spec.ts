import { TestBed } from '@angular/core/testing';
import { AlertSound } from './alert-sound';

/** Records the tones a chime starts instead of playing them. */
class FakeAudioContext {
  static tones: number[] = [];
  state = 'running';
  currentTime = 0;
  destination = {};
  createOscillator() {
    const oscillator = {
      frequency: { value: 0 },
      connect: (node: unknown) => node,
      start: () => FakeAudioContext.tones.push(oscillator.frequency.value),
      stop: () => undefined,
    };
    return oscillator;
  }
  createGain() {
    return { gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined }, connect: (node: unknown) => node };
  }
  resume() {
    return Promise.resolve();
  }
}

describe('AlertSound', () => {
  let now = 1_000_000;

  beforeEach(() => {
    localStorage.clear();
    FakeAudioContext.tones = [];
    Object.assign(globalThis, { AudioContext: FakeAudioContext });
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(() => {
    delete (globalThis as { AudioContext?: unknown }).AudioContext;
    jest.restoreAllMocks();
  });

  it('stays silent until the agent turns it on, then chimes to confirm and remembers the choice', () => {
    const sound = TestBed.inject(AlertSound);
    sound.play();
    expect(FakeAudioContext.tones).toEqual([]);
    sound.toggle();
    expect(FakeAudioContext.tones).toEqual([880, 1320]);
    expect(localStorage.getItem('parley.inbox.sound')).toBe('on');
    TestBed.resetTestingModule();
    expect(TestBed.inject(AlertSound).enabled()).toBe(true);
  });

  it('chimes once for a burst of messages', () => {
    localStorage.setItem('parley.inbox.sound', 'on');
    const sound = TestBed.inject(AlertSound);
    sound.play();
    now += 500;
    sound.play();
    expect(FakeAudioContext.tones).toHaveLength(2);
    now += 2000;
    sound.play();
    expect(FakeAudioContext.tones).toHaveLength(4);
  });

  it('does nothing in a browser without Web Audio', () => {
    delete (globalThis as { AudioContext?: unknown }).AudioContext;
    localStorage.setItem('parley.inbox.sound', 'on');
    expect(() => TestBed.inject(AlertSound).play()).not.toThrow();
  });
});
