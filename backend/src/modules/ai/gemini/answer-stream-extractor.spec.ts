import { AnswerStreamExtractor } from './answer-stream-extractor';

/** Feeds the pieces one by one and returns what each push made visible. */
function feed(...pieces: string[]): { deltas: string[]; extractor: AnswerStreamExtractor } {
  const extractor = new AnswerStreamExtractor();
  return { deltas: pieces.map((piece) => extractor.push(piece)), extractor };
}

/** Every way of cutting `json` into two pieces must give the same answer. */
function everyCutOf(json: string): string[] {
  return Array.from({ length: json.length + 1 }, (_, cut) => feed(json.slice(0, cut), json.slice(cut)).deltas.join(''));
}

describe('AnswerStreamExtractor', () => {
  it('streams the answer value as it grows and ignores the other fields', () => {
    const { deltas, extractor } = feed('{"ans', 'wer": "Hel', 'lo wor', 'ld", "confidence": 0.', '9, "needsHuman": false}');
    expect(deltas).toEqual(['', 'Hel', 'lo wor', 'ld', '']);
    expect(extractor.text).toBe('Hello world');
    expect(extractor.complete).toBe(true);
  });

  it('is not complete while the answer string is still open', () => {
    const { extractor } = feed('{"answer": "Still writing');
    expect(extractor.complete).toBe(false);
    expect(extractor.text).toBe('Still writing');
  });

  it.each([
    ['\\n', '\n'],
    ['\\"', '"'],
    ['\\\\', '\\'],
    ['\\/', '/'],
    ['\\t', '\t'],
    ['\\r', '\r'],
    ['\\b', '\b'],
    ['\\f', '\f'],
    ['\\u00e9', 'é'],
    ['\\u20AC', '€'],
    ['\\ud83d\\ude00', '😀'],
  ])('decodes %s wherever the stream cuts it', (escape, decoded) => {
    const json = `{"answer": "a${escape}b", "confidence": 1, "needsHuman": false}`;
    for (const answer of everyCutOf(json)) expect(answer).toBe(`a${decoded}b`);
  });

  it('matches JSON.parse on every cut of a realistic answer', () => {
    const value = 'Öffnen Sie „Abrechnung“ → „Tarife“.\nDann: "Upgrade" \\ fertig 😀 / 100 %';
    const json = JSON.stringify({ answer: value, confidence: 0.8, needsHuman: false });
    const escapedJson = json.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    for (const text of [json, escapedJson]) {
      for (const answer of everyCutOf(text)) expect(answer).toBe(value);
      expect(feed(...text.split('')).deltas.join('')).toBe(value);
    }
  });

  it('holds back a high surrogate until its pair arrives', () => {
    const { deltas } = feed('{"answer": "x\\ud83d', '\\ude00y"}');
    expect(deltas).toEqual(['x', '😀y']);
  });

  it('finds the answer after other fields and skips nested values and look-alike keys', () => {
    const json = '{"confidence": 0.5, "meta": {"answer": "nested"}, "notes": ["answer", "x"], "answer": "the real one", "x": "answer"}';
    expect(feed(json).extractor.text).toBe('the real one');
    for (const answer of everyCutOf(json)) expect(answer).toBe('the real one');
  });

  it('does not take a string value that spells "answer" for the key', () => {
    expect(feed('{"kind": "answer", "text": "no"}').extractor.text).toBe('');
  });

  it('ignores keys with escaped quotes and text around the object', () => {
    expect(feed('```json\n{"say \\"answer\\"": "no", "answer": "yes"}\n```').extractor.text).toBe('yes');
  });

  it('streams only the first answer when the key repeats', () => {
    expect(feed('{"answer": "one", "answer": "two"}').extractor.text).toBe('one');
  });

  it('yields nothing when there is no answer, or the answer is not a string', () => {
    expect(feed('Sure! Here you go.').extractor.text).toBe('');
    expect(feed('{"answer": 42, "other": "text"}').extractor.text).toBe('');
    expect(feed('{"answer": null}').extractor.complete).toBe(false);
  });
});
