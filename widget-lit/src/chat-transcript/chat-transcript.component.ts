import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { define } from '../core/define';
import type { Strings } from '../core/i18n';
import { icons } from '../core/icons';
import type { ChatEntry } from '../core/message-log';
import { safeHref, toSegments, type Segment } from '../core/rich-text';
import { styles } from './chat-transcript.styles';

/** `parley-feedback` detail: a thumbs up (`helpful: true`) or down on a bot answer. */
export interface FeedbackDetail {
  messageId: string;
  helpful: boolean;
}

// Lit escapes every text binding, so message text can never become markup. Bubbles take dir="auto":
// an English message in an Arabic widget (or the reverse) keeps its own direction and punctuation.
const renderSegment = ({ text, href, strong }: Segment) => {
  const content = strong ? html`<strong>${text}</strong>` : text;
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${content}</a>` : content;
};

/**
 * The conversation, oldest first: the greeting, the messages with sources and feedback under bot
 * answers, and the typing indicator. It keeps the newest message in view unless the visitor has
 * scrolled up to read. The parent makes it a focusable, labelled region, so a keyboard can scroll
 * it even when it holds no links or buttons.
 *
 * @internal Rendered by `<support-chat>`; not meant to be used on its own.
 * @fires {CustomEvent<FeedbackDetail>} parley-feedback - The visitor rated a bot answer.
 */
export class ChatTranscript extends LitElement {
  static override styles = styles;
  static override properties = {
    entries: { attribute: false },
    strings: { attribute: false },
    greeting: { attribute: false },
    votes: { attribute: false },
    typing: { attribute: false },
    offline: { attribute: false },
  };

  declare entries: readonly ChatEntry[];
  declare strings: Strings;
  declare greeting: string;
  declare votes: Readonly<Record<string, boolean>>;
  /** Who is typing (a display name), or empty. */
  declare typing: string;
  declare offline: boolean;
  private pinned = true;

  constructor() {
    super();
    this.entries = [];
    this.greeting = '';
    this.votes = {};
    this.typing = '';
    this.offline = false;
    this.addEventListener('scroll', () => (this.pinned = this.scrollHeight - this.scrollTop - this.clientHeight < 48), { passive: true });
  }

  scrollToEnd(): void {
    this.pinned = true;
    this.scrollTop = this.scrollHeight;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('entries');
    const last = this.entries[this.entries.length - 1];
    // The visitor's own new message always scrolls into view.
    if (before && last?.sender === 'visitor' && before[before.length - 1]?.id !== last.id) this.pinned = true;
  }

  protected override updated(): void {
    if (this.pinned) this.scrollTop = this.scrollHeight;
  }

  protected override render() {
    const strings = this.strings;
    let previous = this.greeting ? 'bot' : '';
    return html`<ol>
        ${this.greeting
          ? html`<li class="bot first greeting" part="message">
              <span class="name">${strings.bot}</span>
              <div class="bubble" part="bubble bubble-bot" dir="auto">${this.greeting}</div>
            </li>`
          : nothing}
        ${this.entries.map((entry) => {
          const group = entry.sender === 'agent' ? `agent:${entry.agent?.id}` : entry.sender;
          const first = group !== previous;
          previous = group;
          return this.renderEntry(entry, first);
        })}
      </ol>
      ${this.typing
        ? html`<div class="typing" part="typing">
            <span class="sr-only">${strings.typing(this.typing)}</span><i></i><i></i><i></i>
          </div>`
        : nothing}`;
  }

  private renderEntry(entry: ChatEntry, first: boolean) {
    const strings = this.strings;
    if (entry.sender === 'system') {
      return html`<li class="system" part="message"><span part="bubble bubble-system" dir="auto">${entry.text}</span></li>`;
    }
    const name = entry.sender === 'visitor' ? strings.you : entry.sender === 'agent' ? (entry.agent?.name ?? strings.agent) : strings.bot;
    const pending = entry.delivery === 'sending' && this.offline ? strings.queued : entry.delivery === 'sending' ? strings.sending : strings.failed;
    return html`<li class="${entry.sender} ${first ? 'first' : ''} ${entry.delivery ?? ''}" part="message" aria-busy=${entry.delivery === 'streaming' ? 'true' : nothing}>
      <span class=${first && entry.sender !== 'visitor' ? 'name' : 'sr-only'}>${name}</span>
      <div class="bubble" part="bubble bubble-${entry.sender}" dir="auto">${toSegments(entry.text, entry.sender !== 'visitor').map(renderSegment)}</div>
      ${entry.delivery === 'sending' || entry.delivery === 'failed' ? html`<span class="meta">${pending}</span>` : nothing}
      ${entry.sender === 'bot' && !entry.delivery ? this.renderAnswerExtras(entry) : nothing}
    </li>`;
  }

  private renderAnswerExtras(entry: ChatEntry) {
    const strings = this.strings;
    const vote = this.votes[entry.id];
    const sources = entry.sources ?? [];
    return html`${sources.length
        ? html`<div class="sources" part="sources">
            <span>${strings.sources}:</span>
            ${sources.map((source) => {
              const href = safeHref(source.url);
              return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${source.title}</a>` : html`<span>${source.title}</span>`;
            })}
          </div>`
        : nothing}
      <div class="feedback" part="feedback" role="group" aria-label=${strings.rate}>
        ${[true, false].map(
          (helpful) =>
            html`<button
              class=${helpful ? 'up' : 'down'}
              aria-label=${helpful ? strings.helpful : strings.notHelpful}
              aria-pressed=${vote === helpful}
              @click=${() => this.rate(entry.id, helpful)}
            >
              ${icons.thumb}
            </button>`,
        )}
        ${vote === undefined ? nothing : html`<span>${strings.thanks}</span>`}
      </div>`;
  }

  private rate(messageId: string, helpful: boolean): void {
    this.dispatchEvent(new CustomEvent<FeedbackDetail>('parley-feedback', { detail: { messageId, helpful } }));
  }
}

define('parley-transcript', ChatTranscript);

declare global {
  interface HTMLElementTagNameMap {
    'parley-transcript': ChatTranscript;
  }
}
