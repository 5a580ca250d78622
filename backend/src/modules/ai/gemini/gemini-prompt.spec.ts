import { GENERATION_CONFIG, SYSTEM_INSTRUCTION, buildPrompt } from './gemini-prompt';

const passage = (title: string, heading: string, text: string) => ({ articleId: title, title, heading, text, score: 1 });

describe('buildPrompt', () => {
  it('numbers the passages, then gives the conversation and ends with the question', () => {
    const prompt = buildPrompt({
      question: 'Wie kündige ich?',
      passages: [passage('Cancelling', 'Steps', '  Go to Billing.  '), passage('Refunds', 'Refunds', 'Within 14 days.')],
      history: [
        { role: 'visitor', text: 'Hallo' },
        { role: 'bot', text: 'Hallo! Wie kann ich helfen?' },
        { role: 'agent', text: 'I am here too.' },
      ],
      locale: 'de',
    });
    expect(prompt).toBe(
      [
        'Passages:\n\n[1] Cancelling > Steps\nGo to Billing.\n\n[2] Refunds\nWithin 14 days.',
        'Conversation so far (oldest first):\n\nVisitor: Hallo\nAssistant (you): Hallo! Wie kann ich helfen?\nHuman agent: I am here too.',
        "The language of the visitor's chat window: de.",
        "The visitor's question:\n\nWie kündige ich?",
      ].join('\n\n---\n\n'),
    );
  });

  it('says so when no passage was found, and leaves out an empty conversation and locale', () => {
    expect(buildPrompt({ question: 'Hi?', passages: [], history: [] })).toBe(
      "Passages:\n\n(none were found for this question)\n\n---\n\nThe visitor's question:\n\nHi?",
    );
  });
});

describe('the rules and the schema', () => {
  it('tell the model to stay within the passages, admit ignorance, not invent and mirror the language', () => {
    for (const rule of ['only from the numbered passages', 'needsHuman to true', 'Never invent', "visitor's language", 'concise']) {
      expect(SYSTEM_INSTRUCTION).toContain(rule);
    }
  });

  it('ask for JSON with answer, confidence and needsHuman', () => {
    expect(GENERATION_CONFIG.responseMimeType).toBe('application/json');
    expect(GENERATION_CONFIG.responseSchema).toMatchObject({
      type: 'object',
      properties: { answer: { type: 'string' }, confidence: { type: 'number' }, needsHuman: { type: 'boolean' } },
      required: ['answer', 'confidence', 'needsHuman'],
    });
  });
});
