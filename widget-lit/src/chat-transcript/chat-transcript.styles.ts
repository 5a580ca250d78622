import { css } from 'lit';
import { sharedStyles } from '../core/shared.styles';

const transcript = css`
  :host {
    display: block;
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    background: var(--_bg);
  }
  :host(:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 12px 16px 8px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  li {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .first {
    margin-top: 10px;
  }
  .visitor {
    align-items: flex-end;
  }
  .name {
    margin: 0 6px 4px;
    font-size: 12px;
    font-weight: 600;
    color: var(--_muted);
  }
  .bubble {
    max-width: 85%;
    padding: 9px 14px;
    border-radius: 18px;
    background: var(--_surface);
    color: var(--_text);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .first .bubble {
    border-start-start-radius: 6px;
  }
  .visitor .bubble {
    border-radius: 18px;
    border-end-end-radius: 6px;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  a {
    color: var(--_link);
    text-underline-offset: 2px;
  }
  .visitor a {
    color: inherit;
  }
  .streaming .bubble::after {
    content: '';
    display: inline-block;
    width: 2px;
    height: 1em;
    margin-inline-start: 2px;
    vertical-align: text-bottom;
    background: currentColor;
    animation: blink 1s steps(2) infinite;
  }
  @keyframes blink {
    50% {
      opacity: 0;
    }
  }
  .meta {
    margin: 3px 6px 0;
    font-size: 12px;
    color: var(--_muted);
  }
  .failed .meta {
    color: var(--_danger);
  }
  .system {
    align-items: center;
    margin: 10px 24px;
    text-align: center;
    font-size: 12.5px;
    color: var(--_muted);
  }
  .sources {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    max-width: 85%;
    margin-top: 6px;
    font-size: 12.5px;
    color: var(--_muted);
  }
  .sources a,
  .sources span + span {
    padding: 2px 10px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_link);
    text-decoration: none;
  }
  .sources a:hover {
    border-color: var(--_link);
  }
  .feedback {
    display: flex;
    align-items: center;
    gap: 2px;
    margin-top: 2px;
    font-size: 12px;
    color: var(--_muted);
  }
  .feedback button {
    width: 30px;
    height: 30px;
    border: 0;
    border-radius: 8px;
    display: grid;
    place-items: center;
    background: none;
    color: var(--_muted);
  }
  .feedback button:hover,
  .feedback [aria-pressed='true'] {
    background: var(--_surface);
    color: var(--_link);
  }
  .feedback svg {
    width: 16px;
    height: 16px;
  }
  .down svg {
    transform: rotate(180deg);
  }
  .typing {
    display: flex;
    gap: 4px;
    width: fit-content;
    margin: 4px 16px 12px;
    padding: 13px 14px;
    border-radius: 18px;
    border-start-start-radius: 6px;
    background: var(--_surface);
  }
  .typing i {
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: var(--_muted);
    animation: bounce 1.2s ease-in-out infinite;
  }
  .typing i:nth-of-type(2) {
    animation-delay: 0.15s;
  }
  .typing i:nth-of-type(3) {
    animation-delay: 0.3s;
  }
  @keyframes bounce {
    30% {
      transform: translateY(-4px);
      opacity: 0.6;
    }
  }
`;

export const styles = [sharedStyles, transcript];
