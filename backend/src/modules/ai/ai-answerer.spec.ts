import type { MessageSource } from '@parley/contracts';
import { loadConfig } from '../../config/app-config';
import type { AnswerTurn, ReplyDetails } from '../chat/answerer';
import type { KnowledgeService } from '../knowledge/knowledge.service';
import type { MessageRow } from '../messages/messages.schema';
import type { SessionRecord } from '../sessions/sessions.service';
import { AiAnswerer } from './ai-answerer';
import { AnswerGenerator, GeneratedAnswer, GenerationRequest, RetrievedPassage } from './ai.types';
import type { AccuracyEntry } from '../accuracy/accuracy.service';
import { AnswerLog } from './answer-log';
import { botLines } from './bot-lines';
import { LocalAnswerer } from './local/local-answerer';

const REFUNDS: RetrievedPassage = {
  articleId: 'billing-refunds',
  title: 'Refunds',
  heading: 'How do I get a refund?',
  text: 'Refunds are possible within 14 days of a charge: open Settings, Billing, Refund and pick the invoice.',
  score: 180,
};

function message(sender: MessageRow['sender'], text: string, confidence: number | null = null): MessageRow {
  return { id: `${sender}-${text.length}-${Math.random()}`, sessionId: 's1', sender, text, metadata: null, confidence, clientMessageId: null, internal: false, createdAt: new Date() };
}

/** A conversation turn that records what the answerer did with it. */
class FakeTurn implements AnswerTurn {
  readonly session = { id: 's1', status: 'active' } as SessionRecord;
  readonly replies: { text: string; details?: ReplyDetails }[] = [];
  readonly deltas: string[] = [];
  handedOff = false;
  constructor(
    readonly message: MessageRow,
    private readonly earlier: MessageRow[] = [],
  ) {}
  async history(limit: number) {
    return this.earlier.slice(-limit);
  }
  async reply(text: string, details?: ReplyDetails) {
    this.replies.push({ text, details });
    return message('bot', text, details?.confidence ?? null);
  }
  stream() {
    return {
      messageId: 'streamed',
      push: (delta: string) => this.deltas.push(delta),
      finish: (text: string, details?: ReplyDetails) => this.reply(text, details),
    };
  }
  async handOff() {
    this.handedOff = true;
  }
}

class MemoryLog extends AnswerLog {
  readonly entries: AccuracyEntry[] = [];
  async record(entry: AccuracyEntry) {
    this.entries.push(entry);
    return `log-${this.entries.length}`;
  }
}

function answerer(passages: RetrievedPassage[], generator?: AnswerGenerator) {
  const knowledge = { search: async () => passages } as unknown as KnowledgeService;
  const log = new MemoryLog();
  const config = loadConfig({ NODE_ENV: 'test' });
  return { bot: new AiAnswerer(knowledge, new LocalAnswerer(), log, config, generator), log };
}

class ScriptedGenerator extends AnswerGenerator {
  readonly requests: GenerationRequest[] = [];
  constructor(private readonly result: GeneratedAnswer | Error) {
    super();
  }
  async generate(request: GenerationRequest): Promise<GeneratedAnswer> {
    this.requests.push(request);
    if (this.result instanceof Error) throw this.result;
    for (const piece of this.result.text.match(/.{1,10}/g) ?? []) request.onDelta?.(piece);
    return this.result;
  }
}

const sources: MessageSource[] = [{ articleId: 'billing-refunds', title: 'Refunds' }];

describe('AiAnswerer', () => {
  it('answers from the knowledge base with the passage, its source and a logged fallback', async () => {
    const { bot, log } = answerer([REFUNDS]);
    const turn = new FakeTurn(message('visitor', 'How do I get a refund?'));
    await bot.answer(turn);
    expect(turn.replies).toEqual([{ text: REFUNDS.text, details: { confidence: expect.any(Number), sources } }]);
    expect(turn.replies[0]?.details?.confidence).toBeGreaterThanOrEqual(0.55);
    expect(turn.handedOff).toBe(false);
    expect(log.entries).toEqual([expect.objectContaining({ responseType: 'fallback', question: 'How do I get a refund?', model: null, sources })]);
  });

  it('answers small talk in the session’s language without searching, logging or handing over', async () => {
    const knowledge = { search: jest.fn(async () => [REFUNDS]) } as unknown as KnowledgeService;
    const log = new MemoryLog();
    const bot = new AiAnswerer(knowledge, new LocalAnswerer(), log, loadConfig({ NODE_ENV: 'test' }));
    const hello = new FakeTurn(message('visitor', 'Hello there!'));
    await bot.answer(hello);
    expect(hello.replies).toEqual([{ text: 'Hi! What can I help you with?', details: undefined }]);
    const thanks = new FakeTurn(message('visitor', 'Muchas gracias'));
    Object.assign(thanks.session, { language: 'es' });
    await bot.answer(thanks);
    expect(thanks.replies.map((reply) => reply.text)).toEqual(['¡De nada! ¿Hay algo más en lo que pueda ayudarte?']);
    expect([hello.handedOff, thanks.handedOff]).toEqual([false, false]);
    expect(knowledge.search).not.toHaveBeenCalled();
    expect(log.entries).toEqual([]);
  });

  it('hands off when the knowledge base has nothing, saying so plainly', async () => {
    const { bot, log } = answerer([]);
    const turn = new FakeTurn(message('visitor', 'Do you sell standing desks?'));
    await bot.answer(turn);
    expect(turn.replies.map((reply) => reply.text)).toEqual([botLines(null).noAnswer()]);
    expect(turn.handedOff).toBe(true);
    expect(log.entries[0]).toMatchObject({ responseType: 'handoff', confidence: 0 });
  });

  it('hands off at once when the visitor asks for a person, without logging an answer', async () => {
    const { bot, log } = answerer([REFUNDS]);
    const turn = new FakeTurn(message('visitor', 'I want to talk to a human'));
    await bot.answer(turn);
    expect(turn.handedOff).toBe(true);
    expect(turn.replies).toEqual([]);
    expect(log.entries).toEqual([]);
  });

  it('streams a Gemini answer, logs it as ai with tokens, and cites the passages', async () => {
    const text = 'You can get a refund within 14 days of a charge: open Settings, Billing, Refund and pick the invoice.';
    const generator = new ScriptedGenerator({ text, selfConfidence: 0.9, needsHuman: false, usage: { prompt: 300, completion: 40, total: 340 }, model: 'gemini-test' });
    const { bot, log } = answerer([REFUNDS], generator);
    const turn = new FakeTurn(message('visitor', 'How do I get a refund?'), [message('visitor', 'hi'), message('bot', 'Hello!')]);
    Object.assign(turn.session, { language: 'en-GB' });
    await bot.answer(turn);
    expect(turn.deltas.join('')).toBe(text);
    expect(generator.requests[0]?.locale).toBe('en-GB');
    expect(turn.replies).toEqual([{ text, details: { confidence: expect.any(Number), sources } }]);
    expect(generator.requests[0]?.history).toEqual([
      { role: 'visitor', text: 'hi' },
      { role: 'bot', text: 'Hello!' },
    ]);
    expect(log.entries[0]).toMatchObject({ responseType: 'ai', tokens: 340, model: 'gemini-test' });
  });

  it('falls back to the knowledge base when Gemini fails', async () => {
    const { bot, log } = answerer([REFUNDS], new ScriptedGenerator(new Error('timeout')));
    const turn = new FakeTurn(message('visitor', 'How do I get a refund?'));
    await bot.answer(turn);
    expect(turn.replies[0]?.text).toBe(REFUNDS.text);
    expect(log.entries[0]?.responseType).toBe('fallback');
  });

  it('hands off when Gemini says a human is needed', async () => {
    const generator = new ScriptedGenerator({ text: 'The passages do not cover that.', selfConfidence: 0.2, needsHuman: true, usage: null, model: 'gemini-test' });
    const { bot, log } = answerer([REFUNDS], generator);
    const turn = new FakeTurn(message('visitor', 'How do I get a refund?'));
    await bot.answer(turn);
    expect(turn.handedOff).toBe(true);
    expect(log.entries[0]?.responseType).toBe('handoff');
  });

  it('hands off after two doubtful answers in a row', async () => {
    // Half the question's words are in the passage: an answer, but not a sure one.
    const doubtful = REFUNDS;
    const question = 'refund charge shipment courier';
    const { bot } = answerer([doubtful]);
    const first = new FakeTurn(message('visitor', question));
    await bot.answer(first);
    const confidence = first.replies[0]?.details?.confidence as number;
    expect(confidence).toBeGreaterThanOrEqual(0.55);
    expect(confidence).toBeLessThan(0.7);
    expect(first.handedOff).toBe(false);

    const second = new FakeTurn(message('visitor', question), [message('bot', 'earlier answer', confidence)]);
    await bot.answer(second);
    expect(second.replies.map((reply) => reply.text)).toEqual([doubtful.text, botLines(null).doubtful()]);
    expect(second.handedOff).toBe(true);
  });

  it('hands off when answering fails altogether', async () => {
    const knowledge = { search: async () => Promise.reject(new Error('index broken')) } as unknown as KnowledgeService;
    const bot = new AiAnswerer(knowledge, new LocalAnswerer(), new MemoryLog(), loadConfig({ NODE_ENV: 'test' }));
    const turn = new FakeTurn(message('visitor', 'How do I get a refund?'));
    await bot.answer(turn);
    expect(turn.replies.map((reply) => reply.text)).toEqual([botLines(null).failed()]);
    expect(turn.handedOff).toBe(true);
  });
});
