import { MAX_MESSAGE_LENGTH } from '@parley/contracts';
import { LitElement, html } from 'lit';
import { define } from '../core/define';
import type { Strings } from '../core/i18n';
import { icons } from '../core/icons';
import { styles } from './chat-composer.styles';

// The agent sees "typing…" while keys are pressed, and it stops a while after the last one.
const TYPING_REFRESH_MS = 3000;
const TYPING_IDLE_MS = 4000;

/**
 * The message field and send button. Enter sends, Shift+Enter starts a new line; an IME
 * composition in progress is never sent.
 *
 * @internal Rendered by `<support-chat>`; not meant to be used on its own.
 * @fires {CustomEvent<string>} parley-send - The visitor sent this text.
 * @fires {CustomEvent<boolean>} parley-typing - The visitor started (true) or stopped (false) typing.
 */
export class ChatComposer extends LitElement {
  static override styles = styles;
  // focus() on the element lands in the text area.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    strings: { attribute: false },
    placeholder: { attribute: false },
    text: { state: true },
  };

  declare strings: Strings;
  declare placeholder: string;
  declare private text: string;
  private typingSince = 0;
  private idleTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.placeholder = '';
    this.text = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.idleTimer);
  }

  protected override render() {
    return html`<form part="composer" @submit=${this.submit}>
      <textarea
        part="input"
        rows="1"
        aria-label=${this.strings.message}
        placeholder=${this.placeholder}
        maxlength=${MAX_MESSAGE_LENGTH}
        enterkeyhint="send"
        .value=${this.text}
        @input=${this.input}
        @keydown=${this.keydown}
      ></textarea>
      <button part="send-button" type="submit" aria-label=${this.strings.send} ?disabled=${!this.text.trim()}>${icons.send}</button>
    </form>`;
  }

  private input(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    if (!this.text) return this.typing(false);
    if (Date.now() - this.typingSince > TYPING_REFRESH_MS) this.typing(true);
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.typing(false), TYPING_IDLE_MS);
  }

  private keydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    this.submit();
  }

  private submit(event?: Event): void {
    event?.preventDefault();
    const text = this.text;
    if (!text.trim()) return;
    this.text = '';
    this.typing(false);
    this.dispatchEvent(new CustomEvent<string>('parley-send', { detail: text }));
  }

  private typing(typing: boolean): void {
    clearTimeout(this.idleTimer);
    if (!typing && !this.typingSince) return;
    this.typingSince = typing ? Date.now() : 0;
    this.dispatchEvent(new CustomEvent<boolean>('parley-typing', { detail: typing }));
  }
}

define('parley-composer', ChatComposer);

declare global {
  interface HTMLElementTagNameMap {
    'parley-composer': ChatComposer;
  }
}
