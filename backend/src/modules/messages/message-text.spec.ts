import { MAX_MESSAGE_LENGTH } from '@parley/contracts';
import { messageTextProblem } from './message-text';

describe('messageTextProblem', () => {
  it.each([
    ['plain text', 'hello'],
    ['astral characters counted as one each, up to the limit', '😀'.repeat(MAX_MESSAGE_LENGTH)],
    ['combining marks and joiners', 'e\u0301 👩‍👩‍👧 \u200d'],
    ['surrounding whitespace', '  hi  '],
  ])('accepts %s', (_, text) => {
    expect(messageTextProblem(text)).toBeNull();
  });

  it.each([
    ['a non-string', 42, /must be a string/],
    ['an empty text', '', /empty/],
    ['whitespace only', ' \n\t ', /empty/],
    ['one character too many', 'a'.repeat(MAX_MESSAGE_LENGTH + 1), /at most 4000/],
    ['a lone high surrogate', 'a\ud83d', /valid Unicode/],
    ['a lone low surrogate', '\ude00b', /valid Unicode/],
    ['a NUL character', 'a\u0000', /NUL/],
  ])('refuses %s', (_, text, problem) => {
    expect(messageTextProblem(text)).toMatch(problem);
  });
});
