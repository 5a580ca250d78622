export interface RunRule {
  /** Finds a stretch of text that may hold one or more items (global flag required). */
  run: RegExp;
  /** Finds the tokens of a run; an item starts at a token's start and ends at a token's end (global flag required). */
  token: RegExp;
  /** The most tokens one item spans; bounds the work on long runs. */
  maxTokens: number;
  /**
   * Whether an item may start at any token of a run, not only at its first. Without checksum an
   * item found in the middle is too often the tail of something else (the last groups of an IBAN
   * with a typo read like "0044 0532 0130 01"), so phone numbers must start a run.
   */
  startsMidRun: boolean;
  /** Whether this exact slice of the run is an item. */
  accepts: (slice: string) => boolean;
  placeholder: string;
}

/**
 * Replaces items that a regular expression alone cannot delimit. Visitors write a card number or an
 * IBAN in groups, next to other numbers and words ("order 12 4111 1111 1111 1111", "DE89 … 00 thanks"),
 * so a greedy match usually holds more than the item, and a checksum over the whole match would fail.
 * Instead each run is cut into tokens and, from each token on (see startsMidRun), the longest token
 * span the rule accepts is replaced; whatever surrounds it stays.
 */
export function replaceInRuns(text: string, rule: RunRule): string {
  return text.replace(rule.run, (run) => {
    const tokens = [...run.matchAll(rule.token)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
    let out = '';
    let copiedUpTo = 0;
    let copiedUpToToken = 0;
    for (let first = 0; first < tokens.length; first++) {
      if (first > copiedUpToToken && !rule.startsMidRun) break;
      const last = longestAcceptedSpan(run, tokens, first, rule);
      if (last === undefined) continue;
      out += run.slice(copiedUpTo, tokens[first].start) + rule.placeholder;
      copiedUpTo = tokens[last].end;
      copiedUpToToken = last + 1;
      first = last;
    }
    return out + run.slice(copiedUpTo);
  });
}

function longestAcceptedSpan(run: string, tokens: { start: number; end: number }[], first: number, rule: RunRule): number | undefined {
  for (let last = Math.min(tokens.length, first + rule.maxTokens) - 1; last >= first; last--) {
    if (rule.accepts(run.slice(tokens[first].start, tokens[last].end))) return last;
  }
  return undefined;
}
