import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { MAX_MESSAGE_LENGTH } from '@parley/contracts';
import { InboxStore } from './inbox.store';

/** At most one "typing" event per this long while the agent keeps typing. */
export const TYPING_THROTTLE_MS = 3_000;
/** "Stopped typing" after this long without a keystroke. */
export const TYPING_IDLE_MS = 2_500;

/**
 * The reply box: Enter sends, Shift+Enter breaks the line. Typing is announced (throttled) only for
 * replies: an internal note is staff talk, and the visitor would see the agent typing.
 */
@Component({
  selector: 'app-reply-box',
  templateUrl: './reply-box.component.html',
  styleUrl: './reply-box.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReplyBoxComponent {
  readonly store = inject(InboxStore);
  readonly maxLength = MAX_MESSAGE_LENGTH;
  readonly text = signal('');
  readonly internal = signal(false);
  private lastTypingSent = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopTyping());
  }

  onInput(value: string): void {
    this.text.set(value);
    if (this.internal() || !value) {
      this.stopTyping();
      return;
    }
    const now = Date.now();
    if (now - this.lastTypingSent >= TYPING_THROTTLE_MS) {
      this.lastTypingSent = now;
      this.store.typing(true);
    }
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  }

  onKeydown(event: KeyboardEvent): void {
    // Enter while an IME composes a character confirms the character, it does not send.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    void this.submit();
  }

  async submit(): Promise<void> {
    const text = this.text();
    if (!text.trim()) return;
    this.stopTyping();
    if (await this.store.send(text, this.internal())) this.text.set('');
  }

  setInternal(internal: boolean): void {
    this.internal.set(internal);
    if (internal) this.stopTyping();
  }

  private stopTyping(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (this.lastTypingSent === 0) return;
    this.lastTypingSent = 0;
    this.store.typing(false);
  }
}
