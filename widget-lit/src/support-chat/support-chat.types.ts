import type { MessageDto, SessionStateEvent } from '@parley/contracts';
import type { SupportChat } from './support-chat.component';

export type SupportChatTheme = 'light' | 'dark' | 'auto';
export type SupportChatPosition = 'bottom-right' | 'bottom-left';

/** `support-chat-message`: a message new to this page, from anyone (history restored on load is not reported). */
export interface SupportChatMessageDetail {
  message: MessageDto;
}
/** `support-chat-handoff`: the conversation went to the human queue, or an agent took it. */
export type SupportChatHandoffDetail = SessionStateEvent;

// Types only: TypeScript users get the element and its events typed; nothing is set at runtime.
declare global {
  interface HTMLElementTagNameMap {
    'support-chat': SupportChat;
  }
  interface HTMLElementEventMap {
    'support-chat-open': CustomEvent<null>;
    'support-chat-close': CustomEvent<null>;
    'support-chat-message': CustomEvent<SupportChatMessageDetail>;
    'support-chat-handoff': CustomEvent<SupportChatHandoffDetail>;
  }
}
