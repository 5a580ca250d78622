import { Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { modelJson } from '../../../../test/fake-gemini-server';
import { ConfigModule } from '../../../config/config.module';
import { GenerationRequest, RetrievedPassage } from '../ai.types';
import { GeminiAnswerGenerator } from './gemini-answer-generator';
import { GeminiError, GeminiUnavailableError } from './gemini-errors';
import { GeminiHarness, TEST_GEMINI_KEY } from './testing/gemini-harness';

const passages: RetrievedPassage[] = [
  {
    articleId: 'a1',
    title: 'Changing your plan',
    heading: 'Upgrading',
    text: 'Open Billing > Plans and choose Upgrade. The new price applies from the next invoice.',
    score: 7.1,
  },
  { articleId: 'a2', title: 'Invoices', heading: 'Invoices', text: 'Invoices are e-mailed on the 1st of each month.', score: 3.4 },
];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const ask = (question: string, extra: Partial<GenerationRequest> = {}): GenerationRequest => ({ question, passages, history: [], ...extra });

/** The failure a call ended with, for asserting on its reason. */
async function failureOf(call: Promise<unknown>): Promise<GeminiError> {
  const error = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof GeminiError)) throw new Error(`expected a GeminiError, got ${String(error)}`);
  return error;
}

describe('GeminiAnswerGenerator against a fake Gemini', () => {
  let harness: GeminiHarness;

  beforeAll(async () => {
    // The generator logs every failure; here the failures are the point.
    Logger.overrideLogger(false);
    harness = await GeminiHarness.start();
    // The first fetch of a process loads undici, which can take longer than a short test timeout.
    await harness.generator().generate(ask('Warm up'));
    harness.reset();
  });
  afterEach(() => harness.reset());
  afterAll(() => harness.close());

  describe('a normal answer', () => {
    it('returns the answer, its self-assessment, the token usage and the model', async () => {
      harness.fake.enqueue({
        kind: 'answer',
        text: modelJson('Open Billing > Plans and choose Upgrade.', 0.82, false),
        usage: { promptTokenCount: 500, candidatesTokenCount: 20, totalTokenCount: 520 },
      });
      const answer = await harness.generator().generate(ask('How do I upgrade?'));
      expect(answer).toEqual({
        text: 'Open Billing > Plans and choose Upgrade.',
        selfConfidence: 0.82,
        needsHuman: false,
        usage: { prompt: 500, completion: 20, total: 520 },
        model: 'gemini-2.5-flash',
      });
    });

    it('passes on needsHuman and clamps the confidence into [0, 1]', async () => {
      harness.fake.enqueue({ kind: 'answer', text: modelJson('I cannot answer that from the help articles.', -0.3, true) });
      harness.fake.enqueue({ kind: 'answer', text: modelJson('Yes.', 1.7, false), usage: null });
      const generator = harness.generator();
      expect(await generator.generate(ask('Can you refund me?'))).toMatchObject({ selfConfidence: 0, needsHuman: true });
      expect(await generator.generate(ask('Is it monthly?'))).toMatchObject({ selfConfidence: 1, usage: null });
    });

    it('sends what the SDK sends: the streaming endpoint, the key in a header, rules, schema and prompt', async () => {
      await harness.generator({ GEMINI_MODEL: 'gemini-test-model' }).generate(
        ask('How do I upgrade?', { history: [{ role: 'visitor', text: 'Hello' }, { role: 'bot', text: 'Hi! How can I help?' }], locale: 'de-DE' }),
      );
      const [request] = harness.fake.requests;
      expect(request).toMatchObject({ model: 'gemini-test-model', method: 'streamGenerateContent', sse: true, apiKey: TEST_GEMINI_KEY });
      expect(request.body.systemInstruction?.parts[0].text).toContain('Answer only from the numbered passages');
      expect(request.body.generationConfig).toMatchObject({
        responseMimeType: 'application/json',
        responseSchema: { type: 'object', required: ['answer', 'confidence', 'needsHuman'] },
      });
      const prompt = request.body.contents?.[0].parts[0].text ?? '';
      expect(prompt).toContain('[1] Changing your plan > Upgrading\nOpen Billing > Plans and choose Upgrade.');
      expect(prompt).toContain('[2] Invoices\nInvoices are e-mailed');
      expect(prompt).toContain('Visitor: Hello\nAssistant (you): Hi! How can I help?');
      expect(prompt).toContain('de-DE');
      expect(prompt.trimEnd().endsWith('How do I upgrade?')).toBe(true);
    });

    it('works when Nest provides it with the application config', async () => {
      const module = await Test.createTestingModule({
        imports: [ConfigModule.forRoot(harness.config())],
        providers: [GeminiAnswerGenerator],
      }).compile();
      expect((await module.get(GeminiAnswerGenerator).generate(ask('Hi?'))).text).toBe('The default answer.');
      await module.close();
    });

    it('calls nobody without a key', async () => {
      const generator = harness.generator({ GEMINI_API_KEY: undefined });
      await expect(generator.generate(ask('Hi?'))).rejects.toBeInstanceOf(GeminiUnavailableError);
      expect(harness.fake.requests).toHaveLength(0);
    });
  });

  describe('streaming', () => {
    it('emits the answer in pieces that add up to exactly the final text, escapes split anywhere', async () => {
      const answer = 'Line one\nSay "hi" \\ to café 😀 team\ttab';
      // JSON.stringify writes é and 😀 raw; Gemini may escape them, so escape them by hand.
      const json = modelJson(answer, 0.7).replace('é', '\\u00e9').replace('😀', '\\ud83d\\ude00');
      // Every fourth character: cuts go through \n, \", \\, \u00e9 and between the halves of \ud83d\ude00.
      const pieces = json.match(/[\s\S]{1,4}/g) ?? [];
      harness.fake.enqueue({ kind: 'answer', text: json, pieces, delayMs: 2 });
      const deltas: string[] = [];
      const result = await harness.generator().generate(ask('Format?', { onDelta: (delta) => deltas.push(delta) }));
      expect(result.text).toBe(answer);
      expect(deltas.join('')).toBe(answer);
      expect(deltas.length).toBeGreaterThan(5);
      // Never half a surrogate pair in one delta: a browser would show it as garbage.
      for (const delta of deltas) expect(delta).not.toMatch(LONE_SURROGATE);
    });

    it('holds back half an escape or half a surrogate pair until the rest arrives', async () => {
      const pieces = ['{"answer": "a\\ud83d', '\\ude00 b\\', 'nc \\u00', 'e9 d\\"', '", "confidence": 0.5, "needsHuman": false}'];
      harness.fake.enqueue({ kind: 'answer', text: pieces.join(''), pieces });
      const deltas: string[] = [];
      const result = await harness.generator().generate(ask('?', { onDelta: (delta) => deltas.push(delta) }));
      expect(result.text).toBe('a😀 b\nc é d"');
      expect(deltas).toEqual(['a', '😀 b', '\nc ', 'é d"']);
    });

    it('emits deltas while the stream is still running', async () => {
      harness.fake.enqueue({ kind: 'answer', text: modelJson('First part. Second part.'), pieces: 6, delayMs: 40 });
      const seen: number[] = [];
      const started = performance.now();
      await harness.generator().generate(ask('?', { onDelta: () => seen.push(performance.now() - started) }));
      expect(seen[0]).toBeLessThan(seen[seen.length - 1] - 40);
    });
  });

  describe('garbage', () => {
    it.each([
      ['an SSE event that is not JSON', { kind: 'invalid_sse' } as const, 'bad_response'],
      ['model text that is not JSON', { kind: 'answer', text: 'Sure! You can upgrade in Billing.' } as const, 'bad_response'],
      ['JSON without confidence', { kind: 'answer', text: '{"answer": "Yes.", "needsHuman": false}' } as const, 'bad_response'],
      ['JSON without needsHuman', { kind: 'answer', text: '{"answer": "Yes.", "confidence": 0.9}' } as const, 'bad_response'],
      ['an empty answer', { kind: 'answer', text: modelJson('  ') } as const, 'bad_response'],
      ['a JSON array', { kind: 'answer', text: '["Yes."]' } as const, 'bad_response'],
      ['an answer cut off by MAX_TOKENS', { kind: 'answer', text: '{"answer": "Open Bill', finishReason: 'MAX_TOKENS' } as const, 'bad_response'],
      ['a candidate without text', { kind: 'no_text' } as const, 'bad_response'],
      ['a SAFETY finish', { kind: 'blocked' } as const, 'blocked'],
      ['a RECITATION finish', { kind: 'blocked', finishReason: 'RECITATION' } as const, 'blocked'],
      ['a blocked prompt', { kind: 'prompt_blocked' } as const, 'blocked'],
    ])('%s is an error, not retried', async (_, reply, reason) => {
      harness.fake.enqueue(reply);
      expect((await failureOf(harness.generator().generate(ask('Hi?')))).reason).toBe(reason);
      expect(harness.fake.requests).toHaveLength(1);
    });

    it('accepts JSON wrapped in a Markdown fence', async () => {
      harness.fake.enqueue({ kind: 'answer', text: '```json\n' + modelJson('Fenced.') + '\n```' });
      expect((await harness.generator().generate(ask('Hi?'))).text).toBe('Fenced.');
    });
  });

  describe('PII redaction', () => {
    const question = 'I am kim.o@shop.example, card 4111 1111 1111 1111, call +49 151 2345 6789. Why was I charged twice?';
    const history = [
      { role: 'visitor' as const, text: 'My IBAN is DE89 3704 0044 0532 0130 00' },
      { role: 'agent' as const, text: 'Thanks, I wrote to kim.o@shop.example' },
    ];

    it('never sends the visitor’s e-mail, card or phone number, but sends the passages', async () => {
      await harness.generator().generate(ask(question, { history }));
      const [{ raw, body }] = harness.fake.requests;
      for (const secret of ['kim.o@shop.example', '4111 1111 1111 1111', '4111111111111111', '2345 6789', 'DE89', '0532 0130']) {
        expect(raw).not.toContain(secret);
      }
      const prompt = body.contents?.[0].parts[0].text ?? '';
      expect(prompt).toContain('I am [email], card [card], call [phone]. Why was I charged twice?');
      expect(prompt).toContain('Visitor: My IBAN is [iban]');
      expect(prompt).toContain('Human agent: Thanks, I wrote to [email]');
      expect(prompt).toContain(passages[0].text);
      expect(prompt).toContain(passages[1].text);
    });

    it('leaves the caller’s request untouched', async () => {
      const request = ask(question, { history });
      const before = structuredClone({ question: request.question, history: request.history });
      await harness.generator().generate(request);
      expect({ question: request.question, history: request.history }).toEqual(before);
    });

    it('sends the text as written when REDACT_PII=false', async () => {
      await harness.generator({ REDACT_PII: 'false' }).generate(ask(question));
      expect(harness.fake.requests[0].raw).toContain('kim.o@shop.example');
    });
  });

  it('never logs the key, the prompt or what the visitor wrote', async () => {
    const logged: string[] = [];
    const spies = (['log', 'warn', 'error', 'debug', 'verbose'] as const).map((level) =>
      jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))),
    );
    try {
      harness.fake.enqueue({ kind: 'error', status: 500 }, { kind: 'error', status: 400 });
      await failureOf(harness.generator({ AI_MAX_RETRIES: '1' }).generate(ask('secret question kim@shop.example')));
      expect(logged.length).toBeGreaterThan(0);
      for (const line of logged) {
        for (const secret of [TEST_GEMINI_KEY, 'secret question', 'kim@shop.example', 'Billing > Plans', 'Fake Gemini answers']) {
          expect(line).not.toContain(secret);
        }
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
