import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { ChatComposer } from '../chat-composer/chat-composer.component';
import '../chat-composer/chat-composer.component';
import type { ChatTranscript, FeedbackDetail } from '../chat-transcript/chat-transcript.component';
import '../chat-transcript/chat-transcript.component';
import { ChatClient, type ChatListener } from '../core/chat-client';
import { define } from '../core/define';
import { resolveLanguage, type Language } from '../core/i18n';
import { icons } from '../core/icons';
import { renderHeader, renderStatus } from './support-chat.header';
import { styles } from './support-chat.styles';
import type { SupportChatHandoffDetail, SupportChatMessageDetail, SupportChatPosition, SupportChatTheme } from './support-chat.types';

// The script is served from `<desk>/widget/support-chat.js`, so by default the desk is one level up.
// (Through a variable: Vite would turn `new URL('..', import.meta.url)` into an asset URL.)
const scriptUrl = import.meta.url;
const SCRIPT_DESK = new URL('..', scriptUrl).href.replace(/\/$/, '');
const DARK_SCHEME = '(prefers-color-scheme: dark)';

/**
 * A support chat for any web page: a launcher button that opens a chat panel where a visitor asks
 * the desk's bot and, when needed, a human agent.
 *
 * @summary The Parley support chat.
 * @tagname support-chat
 *
 * @fires {CustomEvent<null>} support-chat-open - The panel opened (by the visitor, `open()` or the `open` attribute).
 * @fires {CustomEvent<null>} support-chat-close - The panel closed.
 * @fires {CustomEvent<SupportChatMessageDetail>} support-chat-message - A message new to this page was shown: the visitor's own once stored, the bot's, an agent's or a system line.
 * @fires {CustomEvent<SupportChatHandoffDetail>} support-chat-handoff - The conversation went to the human queue (`status: 'needs_human'`, with `queuePosition`) or an agent took it (`status: 'agent_assigned'`, with `agent`).
 *
 * @cssprop [--support-chat-accent=#4f46e5] - Brand color of the launcher, header and the visitor's bubbles (the `accent-color` attribute wins).
 * @cssprop [--support-chat-background=#fff] - Panel background (dark theme: #0f172a).
 * @cssprop [--support-chat-surface=#f1f5f9] - Bubbles of the bot and agents, status bar (dark theme: #1e293b).
 * @cssprop [--support-chat-text=#0f172a] - Text color (dark theme: #f1f5f9).
 * @cssprop [--support-chat-muted=#475569] - Secondary text (dark theme: #a3b1c6).
 * @cssprop [--support-chat-border=#e2e8f0] - Borders and dividers (dark theme: #334155).
 * @cssprop [--support-chat-font-family=system-ui, …] - Font of the whole widget.
 * @cssprop [--support-chat-radius=16px] - Corner radius of the panel.
 * @cssprop [--support-chat-width=384px] - Panel width on screens wider than 480px.
 * @cssprop [--support-chat-height=640px] - Panel height (never taller than the window allows).
 * @cssprop [--support-chat-offset=20px] - Distance of the launcher and panel from the window's edges.
 * @cssprop [--support-chat-z-index=2147483000] - Stacking order above the page.
 *
 * @csspart launcher - The round button that opens and closes the panel.
 * @csspart badge - The unread count on the launcher.
 * @csspart panel - The chat panel (the dialog).
 * @csspart header - The panel's header with avatar, title, subtitle and close button.
 * @csspart title - The title in the header.
 * @csspart subtitle - The subtitle, or whom the visitor is chatting with.
 * @csspart close-button - The close button in the header.
 * @csspart status - The bar for "reconnecting…", the queue position, or an error.
 * @csspart transcript - The scrolling conversation.
 * @csspart message - One message (a list item).
 * @csspart bubble - The bubble of any message; also `bubble-visitor`, `bubble-bot`, `bubble-agent`, `bubble-system`.
 * @csspart sources - The source links under a bot answer.
 * @csspart feedback - The thumbs up / down under a bot answer.
 * @csspart typing - The typing indicator.
 * @csspart human-button - The "Talk to a human" button.
 * @csspart composer - The message form; `input` is its text field, `send-button` its button.
 */
export class SupportChat extends LitElement {
  static override styles = styles;
  static override properties = {
    serverUrl: { attribute: 'server-url' },
    title: {},
    subtitle: {},
    greeting: {},
    theme: { reflect: true },
    accentColor: { attribute: 'accent-color' },
    position: { reflect: true },
    opened: { type: Boolean, attribute: 'open', reflect: true },
    locale: {},
    placeholder: {},
    userToken: { attribute: 'user-token' },
    userMeta: { attribute: false },
  };

  /** The desk's address, e.g. `https://desk.example.com`. Defaults to where this script was loaded from. */
  declare serverUrl: string;
  /** Header title; default "Support" in the widget's language. Kept off the element's tooltip. */
  declare title: string;
  /** Header subtitle; default "We are here to help" in the widget's language. */
  declare subtitle: string | undefined;
  /** The first line the visitor reads; an empty value shows none. */
  declare greeting: string | undefined;
  /** `light`, `dark`, or `auto` to follow the visitor's system setting. */
  declare theme: SupportChatTheme;
  /** Brand color (any CSS color) of the launcher, the header and the visitor's bubbles. */
  declare accentColor: string;
  /** Corner of the window for the launcher and panel. */
  declare position: SupportChatPosition;
  /** Whether the panel is open (attribute `open`). Use `open()` / `close()` to move focus as well. */
  declare opened: boolean;
  /** Language of the widget's own texts (`en`, `es`, `ar`; `ar` lays out right to left). Default: the page's `lang`, then the browser's. */
  declare locale: string;
  /** Placeholder of the message field. */
  declare placeholder: string | undefined;
  /** Identity JWT your site signs (HS256 with the desk's IDENTITY_SECRET, claims sub, email, name); sent when the session starts. */
  declare userToken: string;
  /** What your site knows of the visitor (a JSON object up to 4 KB), sent when the session starts; property only. */
  declare userMeta: Record<string, unknown> | undefined;
  private client?: ChatClient;
  /** The latest line for screen readers (new messages, queue moves), read out by a live region. */
  private announcement = '';
  private readonly darkScheme = matchMedia(DARK_SCHEME);

  constructor() {
    super();
    this.serverUrl = SCRIPT_DESK;
    this.title = '';
    this.theme = 'light';
    this.accentColor = '';
    this.position = 'bottom-right';
    this.opened = false;
    this.locale = '';
    this.userToken = '';
  }

  /** Opens the panel and puts the focus in the message field. */
  open(): void {
    this.opened = true;
    void this.updateComplete.then(() => this.composer?.focus());
  }

  /** Closes the panel; focus that was inside it returns to the launcher. */
  close(): void {
    const hadFocus = this.matches(':focus-within');
    this.opened = false;
    if (hadFocus) void this.updateComplete.then(() => this.launcher?.focus());
  }

  /** Sends a message as the visitor (it waits in the outbox while offline); opens no panel. */
  send(text: string): void {
    this.client?.send(text);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkScheme.addEventListener('change', this.schemeChanged);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkScheme.removeEventListener('change', this.schemeChanged);
    this.client?.dispose();
    this.client = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.isConnected && (!this.client || changed.has('serverUrl'))) {
      this.client?.dispose();
      // The language the widget shows is the one the bot and the queue write in.
      const sessionRequest = () => ({
        language: this.language().lang,
        ...(this.userToken ? { userToken: this.userToken } : {}),
        ...(this.userMeta ? { userMeta: this.userMeta } : {}),
      });
      this.client = new ChatClient(this.serverUrl.replace(/\/$/, ''), this.listener, sessionRequest);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('accentColor')) {
      // Set through the CSSOM, which a host page's Content-Security-Policy allows (unlike style="").
      const style = this.renderRoot.querySelector<HTMLElement>('.root')?.style;
      if (this.accentColor) style?.setProperty('--support-chat-accent', this.accentColor);
      else style?.removeProperty('--support-chat-accent');
    }
    if (this.opened) this.client?.markRead();
    if (changed.has('opened') && changed.get('opened') !== undefined) {
      if (this.opened) this.transcript?.scrollToEnd();
      const init = { bubbles: true, composed: true };
      this.dispatchEvent(this.opened ? new CustomEvent('support-chat-open', init) : new CustomEvent('support-chat-close', init));
    }
  }

  protected override render() {
    const language = this.language();
    const { strings } = language;
    const client = this.client;
    const state = client?.state;
    const agent = state?.status === 'agent_assigned' ? state.agent : undefined;
    const unread = this.opened ? 0 : (client?.unread ?? 0);
    const dark = this.theme === 'dark' || (this.theme === 'auto' && this.darkScheme.matches);
    const classes = `root${dark ? ' dark' : ''}${this.position === 'bottom-left' ? ' left' : ''}${this.opened ? ' open' : ''}`;
    const typing = client?.agentTyping ? (agent?.name ?? strings.agent) : client?.botTyping ? strings.bot : '';
    const canAskHuman = client && client.connection !== 'unavailable' && !client.wantsHuman && (!state || state.status === 'active');
    // title="" keeps the host's title attribute from showing as a tooltip over the whole widget.
    return html`<div class=${classes} title="" dir=${language.dir} lang=${language.lang} @keydown=${this.keydown}>
      <section id="panel" part="panel" class="panel" role="dialog" aria-labelledby="title" aria-describedby="subtitle" ?hidden=${!this.opened}>
        ${renderHeader(strings, this.title || strings.title, this.subtitle ?? strings.subtitle, agent, () => this.closeFromPanel())}
        ${renderStatus(strings, client)}
        <parley-transcript
          part="transcript"
          tabindex="0"
          role="region"
          aria-label=${strings.conversation}
          exportparts="message, bubble, bubble-visitor, bubble-bot, bubble-agent, bubble-system, sources, feedback, typing"
          .entries=${client?.log.entries ?? []}
          .strings=${strings}
          .greeting=${this.greeting ?? strings.greeting}
          .votes=${client?.votes ?? {}}
          .typing=${typing}
          .offline=${client?.connection === 'offline'}
          @parley-feedback=${(event: CustomEvent<FeedbackDetail>) => this.client?.feedback(event.detail.messageId, event.detail.helpful)}
        ></parley-transcript>
        ${canAskHuman
          ? html`<div class="actions">
              <button class="human" part="human-button" @click=${() => this.client?.requestHuman()}>${icons.person}${strings.talkToHuman}</button>
            </div>`
          : nothing}
        <parley-composer
          exportparts="composer, input, send-button"
          .strings=${strings}
          .placeholder=${this.placeholder ?? strings.placeholder}
          @parley-send=${(event: CustomEvent<string>) => this.client?.send(event.detail)}
          @parley-typing=${(event: CustomEvent<boolean>) => this.client?.typing(event.detail)}
        ></parley-composer>
      </section>
      <button
        class="launcher"
        part="launcher"
        aria-expanded=${this.opened}
        aria-controls="panel"
        aria-label=${this.opened ? strings.closeChat : unread ? `${strings.openChat}. ${strings.unread(unread)}` : strings.openChat}
        @click=${this.toggle}
      >
        ${this.opened ? icons.close : icons.chat}${unread ? html`<span class="badge" part="badge" aria-hidden="true">${unread}</span>` : nothing}
      </button>
      <div class="sr-only" role="status">${this.announcement}</div>
    </div>`;
  }

  private language(): Language {
    return resolveLanguage(this.locale, document.documentElement.lang, navigator.language);
  }

  private readonly listener: ChatListener = {
    changed: () => this.requestUpdate(),
    message: (message) => {
      const { strings } = this.language();
      if (message.sender !== 'visitor') {
        const name = message.sender === 'agent' ? (message.agent?.name ?? strings.agent) : message.sender === 'bot' ? strings.bot : '';
        this.announce(name ? `${name}: ${message.text}` : message.text);
      }
      this.dispatchEvent(new CustomEvent<SupportChatMessageDetail>('support-chat-message', { detail: { message }, bubbles: true, composed: true }));
    },
    session: (state, previous) => {
      const handedOff = state.status === 'needs_human' || state.status === 'agent_assigned';
      if (handedOff && (state.status !== previous?.status || state.agent?.id !== previous?.agent?.id)) {
        this.dispatchEvent(new CustomEvent<SupportChatHandoffDetail>('support-chat-handoff', { detail: state, bubbles: true, composed: true }));
      }
      if (state.status === 'needs_human' && state.queuePosition !== previous?.queuePosition) {
        this.announce(this.language().strings.queue(state.queuePosition ?? 1));
      }
    },
  };

  private readonly schemeChanged = () => this.requestUpdate();

  private announce(text: string): void {
    this.announcement = text;
    this.requestUpdate();
  }

  private toggle(): void {
    if (this.opened) this.close();
    else this.open();
  }

  private closeFromPanel(): void {
    this.opened = false;
    void this.updateComplete.then(() => this.launcher?.focus());
  }

  private keydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.opened) return;
    event.stopPropagation();
    this.closeFromPanel();
  }

  private get launcher() {
    return this.renderRoot.querySelector<HTMLButtonElement>('.launcher');
  }
  private get composer() {
    return this.renderRoot.querySelector<ChatComposer>('parley-composer');
  }
  private get transcript() {
    return this.renderRoot.querySelector<ChatTranscript>('parley-transcript');
  }
}

define('support-chat', SupportChat);
