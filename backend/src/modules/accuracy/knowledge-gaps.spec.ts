import { GAP_MAX_EXAMPLES, GapQuestion, clusterQuestions, jaccard, questionTokens } from './knowledge-gaps';

let sequence = 0;
/** Questions in the order given, each a minute newer than the one before. */
function asked(...questions: string[]): GapQuestion[] {
  return questions.map((question) => {
    sequence += 1;
    return { id: `q-${sequence}`, question, createdAt: new Date(Date.UTC(2026, 0, 1, 0, sequence)) };
  });
}

describe('questionTokens', () => {
  it('lower-cases and drops punctuation and stopwords', () => {
    expect([...questionTokens('How do I cancel my Subscription?!')]).toEqual(['cancel', 'subscription']);
  });

  it('keeps letters of any script and digits, and joins contractions before looking them up', () => {
    expect([...questionTokens("Can't export to PDF (v2.1) — ÉTÉ plan")]).toEqual(['export', 'pdf', 'v2', '1', 'été', 'plan']);
  });

  it('falls back to all words when a question is only stopwords', () => {
    expect([...questionTokens('How do I?')]).toEqual(['how', 'do', 'i']);
    expect(questionTokens('?!…').size).toBe(0);
  });

  it('treats repeats as one token', () => {
    expect([...questionTokens('refund refund REFUND')]).toEqual(['refund']);
  });
});

describe('jaccard', () => {
  it('is shared over all tokens', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(['a', 'b']), new Set(['a', 'b']))).toBe(1);
    expect(jaccard(new Set(['a']), new Set(['b']))).toBe(0);
    expect(jaccard(new Set(), new Set(['b']))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(1);
  });
});

describe('clusterQuestions', () => {
  it('groups questions with Jaccard ≥ 0.5 and orders groups by size, then recency', () => {
    const groups = clusterQuestions(
      asked(
        'How do I cancel my subscription?', // {cancel, subscription}: 2/3 with the newest cancel question
        'Where is the dark mode setting?', // {dark, mode, setting}: 2/3 with "dark mode"
        'cancel subscription',
        'I want to cancel my subscription now', // {want, cancel, subscription}: seeds its group
        'dark mode', // seeds its group
        'Can I pay with PayPal?', // {pay, paypal}: alone
      ),
    );
    expect(groups.map((group) => [group.question, group.count])).toEqual([
      ['I want to cancel my subscription now', 3],
      ['dark mode', 2],
      ['Can I pay with PayPal?', 1],
    ]);
  });

  it('keeps a question below the threshold apart', () => {
    // {cancel, subscription} vs {cancel, account, delete}: 1/4.
    const groups = clusterQuestions(asked('cancel subscription', 'delete account cancel'));
    expect(groups).toHaveLength(2);
  });

  it('matches against the group’s first question, so a chain of small steps does not drift into one group', () => {
    // Neighbours share half their words, the two ends only one word in five.
    const groups = clusterQuestions(asked('alpha beta gamma', 'beta gamma delta', 'gamma delta epsilon'));
    // Newest first: "gamma delta epsilon" seeds, "beta gamma delta" joins it (2/4), "alpha beta gamma" does not (1/5).
    expect(groups.map((group) => group.count)).toEqual([2, 1]);
  });

  it('joins the most similar of several qualifying groups, and the older group on a tie', () => {
    // Seeds {billing, invoice, download} and {billing, invoice, address, change} (2/5 apart);
    // {billing, invoice} scores 2/3 and 2/4 against them.
    const closest = clusterQuestions(asked('billing invoice', 'billing invoice address change', 'billing invoice download'));
    expect(closest.map((group) => [group.question, group.count])).toEqual([
      ['billing invoice download', 2],
      ['billing invoice address change', 1],
    ]);
    // {invoice, billing} scores 2/4 against both seeds: the group seeded first takes it.
    const tie = clusterQuestions(asked('invoice billing', 'invoice billing export csv', 'invoice billing download pdf'));
    expect(tie.map((group) => [group.question, group.count])).toEqual([
      ['invoice billing download pdf', 2],
      ['invoice billing export csv', 1],
    ]);
  });

  it('takes the newest question as representative, lists distinct examples newest first, at most five', () => {
    const questions = asked(
      'refund please',
      'Refund please',
      'refund?',
      'I need a refund',
      'refund now',
      'refund today',
      'refund asap',
      'refund refund',
    );
    const [group] = clusterQuestions(questions);
    expect(group?.count).toBe(8);
    expect(group?.question).toBe('refund refund');
    expect(group?.lastSeenAt).toEqual(questions[7]?.createdAt);
    expect(group?.examples).toHaveLength(GAP_MAX_EXAMPLES);
    expect(group?.examples.map((example) => example.question)).toEqual(['refund refund', 'refund asap', 'refund today', 'refund now', 'I need a refund']);
  });

  it('does not depend on the input order', () => {
    const questions = asked('export csv', 'export csv file', 'login problem', 'login problem again');
    expect(clusterQuestions([...questions].reverse())).toEqual(clusterQuestions(questions));
  });

  it('groups wordless questions together and answers nothing for nothing', () => {
    expect(clusterQuestions(asked('???', '!!!')).map((group) => group.count)).toEqual([2]);
    expect(clusterQuestions([])).toEqual([]);
  });
});
