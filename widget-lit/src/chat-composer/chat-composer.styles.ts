import { css } from 'lit';
import { sharedStyles } from '../core/shared.styles';

const composer = css`
  :host {
    display: block;
    padding: 10px 14px 14px;
    background: var(--_bg);
  }
  form {
    display: flex;
    align-items: flex-end;
    gap: 8px;
    padding: 5px 5px 5px 16px;
    border: 1px solid var(--_border);
    border-radius: 24px;
    background: var(--_bg);
  }
  /* The ring sits on the whole field, so the text area itself needs no outline. */
  form:focus-within {
    border-color: var(--_focus);
    box-shadow: 0 0 0 1px var(--_focus);
  }
  textarea {
    flex: 1;
    min-height: 36px;
    max-height: 140px;
    padding: 7px 0;
    border: 0;
    resize: none;
    background: transparent;
    color: var(--_text);
    font: inherit;
    field-sizing: content;
  }
  textarea:focus-visible {
    outline: 0;
  }
  textarea::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  button {
    width: 36px;
    height: 36px;
    border: 0;
    border-radius: 50%;
    display: grid;
    place-items: center;
    background: var(--_accent);
    color: var(--_on-accent);
    transition: opacity 0.15s;
  }
  button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  button svg {
    width: 18px;
    height: 18px;
    stroke-width: 2.5;
  }
`;

export const styles = [sharedStyles, composer];
