import type { AgentRef } from '@parley/contracts';
import { html, nothing } from 'lit';
import type { ChatClient } from '../core/chat-client';
import type { Strings } from '../core/i18n';
import { icons } from '../core/icons';

/** The header: the agent's initials once one has the conversation, else the chat icon. */
export function renderHeader(strings: Strings, title: string, subtitle: string, agent: AgentRef | undefined, close: () => void) {
  return html`<header part="header">
    <span class="avatar" aria-hidden="true">${agent ? initials(agent.name) : icons.chat}</span>
    <div class="heading">
      <h2 id="title" part="title">${title}</h2>
      <p id="subtitle" part="subtitle">${agent ? strings.withAgent(agent.name) : subtitle}</p>
    </div>
    <button class="close" part="close-button" aria-label=${strings.closeChat} @click=${close}>${icons.close}</button>
  </header>`;
}

/** The bar under the header: a refused desk, a lost connection, or the wait for a person. */
export function renderStatus(strings: Strings, client: ChatClient | undefined) {
  if (client?.connection === 'unavailable') return html`<div class="status warn" part="status">${strings.unavailable}</div>`;
  if (client?.connection === 'offline') {
    return html`<div class="status warn" part="status"><span class="spinner" aria-hidden="true"></span>${strings.reconnecting}</div>`;
  }
  const state = client?.state;
  if (state?.status !== 'needs_human' && !client?.wantsHuman) return nothing;
  const queue = state?.queuePosition ? ` · ${strings.queue(state.queuePosition)}` : '';
  return html`<div class="status" part="status">${strings.waiting}${queue}</div>`;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0].toUpperCase())
    .join('');
}
