import { css } from 'lit';
import { sharedStyles } from '../core/shared.styles';

/**
 * Theme tokens live on `.root` (private `--_*` names) and are read by every part, nested elements
 * included. Public `--support-chat-*` properties set on the element override them.
 */
const tokens = css`
  .root {
    --_accent: var(--support-chat-accent, #4f46e5);
    --_on-accent: #fff;
    --_bg: var(--support-chat-background, #fff);
    --_surface: var(--support-chat-surface, #f1f5f9);
    --_text: var(--support-chat-text, #0f172a);
    --_muted: var(--support-chat-muted, #475569);
    --_border: var(--support-chat-border, #e2e8f0);
    --_link: var(--_accent);
    --_focus: var(--_link);
    --_danger: #b91c1c;
    --_warn-bg: #fef3c7;
    --_warn-text: #78350f;
    --_radius: var(--support-chat-radius, 16px);
    --_offset: var(--support-chat-offset, 20px);
    --_z: var(--support-chat-z-index, 2147483000);
    --_shadow: 0 16px 48px rgb(15 23 42 / 0.18), 0 2px 8px rgb(15 23 42 / 0.08);
    font: 15px/1.45 var(--support-chat-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    color: var(--_text);
    -webkit-font-smoothing: antialiased;
  }
  .dark {
    --_bg: var(--support-chat-background, #0f172a);
    --_surface: var(--support-chat-surface, #1e293b);
    --_text: var(--support-chat-text, #f1f5f9);
    --_muted: var(--support-chat-muted, #a3b1c6);
    --_border: var(--support-chat-border, #334155);
    --_link: #a5b4fc;
    --_danger: #fca5a5;
    --_warn-bg: #422006;
    --_warn-text: #fde68a;
    --_shadow: 0 16px 48px rgb(0 0 0 / 0.55);
    color-scheme: dark;
  }
  /* Any accent stays readable: text on it turns black or white by its lightness, links are kept
     dark enough on light surfaces and light enough on dark ones. */
  @supports (color: oklch(from red l c h)) {
    .root {
      --_on-accent: oklch(from var(--_accent) clamp(0, (0.62 - l) * 1000, 1) 0 0);
      --_link: oklch(from var(--_accent) min(l, 0.5) c h);
    }
    .dark {
      --_link: oklch(from var(--_accent) max(l, 0.82) min(c, 0.12) h);
    }
  }
`;

const layout = css`
  :host {
    all: initial;
  }
  :host([hidden]) {
    display: none;
  }
  .launcher {
    position: fixed;
    z-index: var(--_z);
    bottom: var(--_offset);
    right: var(--_offset);
    width: 60px;
    height: 60px;
    border: 0;
    border-radius: 50%;
    display: grid;
    place-items: center;
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: 0 8px 24px rgb(15 23 42 / 0.28);
    transition: transform 0.2s ease;
  }
  .launcher:hover {
    transform: scale(1.06);
  }
  .launcher:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px var(--_bg);
  }
  .launcher svg {
    width: 28px;
    height: 28px;
  }
  .badge {
    position: absolute;
    top: -4px;
    right: -4px;
    min-width: 22px;
    height: 22px;
    padding: 0 6px;
    border-radius: 11px;
    background: #c81e1e;
    color: #fff;
    font-size: 12px;
    font-weight: 700;
    line-height: 22px;
    box-shadow: 0 0 0 2px #fff;
  }
  .panel {
    position: fixed;
    z-index: var(--_z);
    bottom: calc(var(--_offset) + 76px);
    right: var(--_offset);
    width: min(var(--support-chat-width, 384px), calc(100vw - 2 * var(--_offset)));
    height: min(var(--support-chat-height, 640px), calc(100vh - var(--_offset) - 100px));
    display: flex;
    flex-direction: column;
    overflow: hidden;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    transform-origin: bottom right;
    transition:
      opacity 0.2s ease,
      transform 0.2s ease,
      display 0.2s allow-discrete;
  }
  .panel[hidden] {
    display: none;
    opacity: 0;
    transform: translateY(12px) scale(0.98);
  }
  @starting-style {
    .panel {
      opacity: 0;
      transform: translateY(12px) scale(0.98);
    }
  }
  .left .launcher,
  .left .panel {
    right: auto;
    left: var(--_offset);
    transform-origin: bottom left;
  }
  @media (max-width: 480px) {
    .panel,
    .left .panel {
      inset: 0;
      width: auto;
      height: auto;
      border: 0;
      border-radius: 0;
    }
    .open .launcher {
      display: none;
    }
  }
`;

const header = css`
  header {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 14px 12px 14px 18px;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  header :focus-visible {
    outline-color: var(--_on-accent);
    outline-offset: -4px;
  }
  .avatar {
    width: 40px;
    height: 40px;
    border-radius: 50%;
    display: grid;
    place-items: center;
    flex: none;
    font-weight: 700;
    background: color-mix(in srgb, var(--_on-accent) 18%, transparent);
  }
  .heading {
    flex: 1;
    min-width: 0;
  }
  h2 {
    margin: 0;
    font-size: 16px;
    font-weight: 700;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  header p {
    margin: 2px 0 0;
    font-size: 13px;
  }
  .close {
    width: 40px;
    height: 40px;
    border: 0;
    border-radius: 50%;
    display: grid;
    place-items: center;
    background: transparent;
    color: inherit;
  }
  .close:hover {
    background: color-mix(in srgb, var(--_on-accent) 16%, transparent);
  }
  .status {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 8px 18px;
    font-size: 13px;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  .warn {
    background: var(--_warn-bg);
    color: var(--_warn-text);
  }
  .spinner {
    width: 14px;
    height: 14px;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .actions {
    display: flex;
    justify-content: center;
    padding: 2px 16px 0;
  }
  .human {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 6px 14px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_text);
    font-size: 13px;
  }
  .human:hover {
    border-color: var(--_link);
    color: var(--_link);
  }
  .human svg {
    width: 16px;
    height: 16px;
  }
`;

export const styles = [sharedStyles, tokens, layout, header];
