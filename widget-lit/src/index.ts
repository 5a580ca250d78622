/**
 * The widget's entry: loading this module defines `<support-chat>` (and its two internal parts) and
 * nothing else; it sets no globals on `window`.
 */
export { SupportChat } from './support-chat/support-chat.component';
export type {
  SupportChatHandoffDetail,
  SupportChatMessageDetail,
  SupportChatPosition,
  SupportChatTheme,
} from './support-chat/support-chat.types';
