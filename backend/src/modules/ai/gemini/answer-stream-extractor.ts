const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Pulls the value of the top-level `"answer"` string out of a JSON object that arrives in pieces,
 * so the visitor can read the answer while Gemini is still writing it. `push` takes the next piece
 * of raw JSON text and returns only the answer text that became visible with it.
 *
 * It is a small scanner, not a parser: it tracks nesting and strings just enough to recognise the
 * `answer` key at the top level, and decodes the JSON escapes of its value even when an escape is
 * cut between two pieces (`\` | `n`, `\u00` | `e9`). Validating the JSON is left to JSON.parse on
 * the complete text. A high surrogate at the end of a piece is held back until its pair arrives,
 * because half an emoji cannot be sent to a browser.
 */
export class AnswerStreamExtractor {
  private depth = 0;
  private inString = false;
  /** What the string being read is: a top-level key, the answer, or anything else. */
  private stringRole: 'key' | 'answer' | 'other' = 'other';
  private keyText = '';
  private lastKey = '';
  /** At the top level, a `:` was read and its value has not started yet. */
  private expectingValue = false;
  /** After a backslash: the escape read so far ('' right after the backslash, 'u00e' for a \u escape). */
  private escape: string | null = null;
  private heldSurrogate = '';
  private answerSeen = false;
  private answerComplete = false;
  private answerText = '';

  /** Everything streamed so far: the concatenation of every value `push` returned. */
  get text(): string {
    return this.answerText;
  }

  /** The answer string has been closed: no more of it will come. */
  get complete(): boolean {
    return this.answerComplete;
  }

  push(piece: string): string {
    let out = this.heldSurrogate;
    this.heldSurrogate = '';
    for (const char of piece) {
      if (this.inString) out += this.readStringChar(char);
      else this.readStructureChar(char);
    }
    const last = out.charCodeAt(out.length - 1);
    if (this.stringRole === 'answer' && this.inString && last >= 0xd800 && last <= 0xdbff) {
      this.heldSurrogate = out.slice(-1);
      out = out.slice(0, -1);
    }
    this.answerText += out;
    return out;
  }

  private readStructureChar(char: string): void {
    switch (char) {
      case '{':
      case '[':
        this.depth += 1;
        this.expectingValue = false;
        return;
      case '}':
      case ']':
        this.depth -= 1;
        return;
      case ':':
        if (this.depth === 1) this.expectingValue = true;
        return;
      case ',':
        if (this.depth === 1) this.expectingValue = false;
        return;
      case '"':
        this.inString = true;
        this.stringRole = this.roleOfNewString();
        this.keyText = '';
        return;
      default:
        return; // whitespace, numbers, true/false/null, or text outside the object
    }
  }

  private roleOfNewString(): 'key' | 'answer' | 'other' {
    if (this.depth !== 1) return 'other';
    if (!this.expectingValue) return 'key';
    // Only the first answer is streamed: what is on screen cannot be taken back.
    if (this.lastKey === 'answer' && !this.answerSeen) {
      this.answerSeen = true;
      return 'answer';
    }
    return 'other';
  }

  /** Returns the visible text this character adds to the answer ('' outside the answer). */
  private readStringChar(char: string): string {
    if (this.escape !== null) return this.emit(this.continueEscape(this.escape + char));
    if (char === '\\') {
      this.escape = '';
      return '';
    }
    if (char === '"') {
      this.closeString();
      return '';
    }
    return this.emit(char);
  }

  /** Takes the escape read so far; returns its decoded text once it is complete, '' until then. */
  private continueEscape(escape: string): string {
    if (escape === 'u' || (escape.startsWith('u') && escape.length < 5)) {
      this.escape = escape;
      return '';
    }
    this.escape = null;
    if (escape.startsWith('u')) {
      const code = Number.parseInt(escape.slice(1), 16);
      return Number.isNaN(code) ? escape : String.fromCharCode(code);
    }
    // An invalid escape is kept as written; JSON.parse of the whole text will reject it anyway.
    return SIMPLE_ESCAPES[escape] ?? escape;
  }

  private emit(text: string): string {
    if (this.stringRole === 'key') this.keyText += text;
    return this.stringRole === 'answer' ? text : '';
  }

  private closeString(): void {
    this.inString = false;
    if (this.stringRole === 'key') this.lastKey = this.keyText;
    else if (this.depth === 1) this.expectingValue = false;
    if (this.stringRole === 'answer') this.answerComplete = true;
  }
}
