import type { AccuracyRecordDto, MessageDto, Page } from '@parley/contracts';
import { botLines } from '../src/modules/ai/bot-lines';
import { WidgetClient, connectWidget, listen, ok, startVisitorSession } from './chat-clients';
import { FakeGeminiServer, modelJson } from './fake-gemini-server';
import { loginRoot } from './staff';
import { TestApp, startTestApp } from './test-app';

async function visitor(t: TestApp, url: string): Promise<WidgetClient> {
  const session = await startVisitorSession(t);
  const client = await connectWidget(url, session);
  await client.waitFor('session');
  return client;
}

async function ask(client: WidgetClient, text: string): Promise<MessageDto> {
  const sent = ok(await client.send('visitor:message', { clientMessageId: `q-${Date.now()}-${Math.random()}`, text })).message;
  return client.waitFor('message', (message) => message.sender === 'bot' && message.createdAt >= sent.createdAt);
}

async function accuracyLog(t: TestApp): Promise<AccuracyRecordDto[]> {
  const root = await loginRoot(t);
  return ((await t.http.get('/admin/accuracy').auth(root.accessToken, { type: 'bearer' }).expect(200)).body as Page<AccuracyRecordDto>).items;
}

describe('the bot on the sample knowledge base, without Gemini', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp('pglite', { LOAD_SAMPLE_KNOWLEDGE: 'true' });
    url = await listen(t);
  });
  afterAll(() => t.close());

  it('answers a question the help center covers, citing the article, and logs it', async () => {
    const client = await visitor(t, url);
    const answer = await ask(client, 'How do I get a refund?');
    expect(answer.confidence).toBeGreaterThanOrEqual(0.55);
    expect(answer.sources?.[0]?.title.toLowerCase()).toContain('refund');
    expect(answer.text.length).toBeGreaterThan(40);
    await client.settle();
    expect(client.all('session').at(-1)?.status).toBe('active');
    const [logged] = await accuracyLog(t);
    expect(logged).toMatchObject({ responseType: 'fallback', question: 'How do I get a refund?', messageId: answer.id });
    client.close();
  });

  it('greets back a visitor who only says hello, keeping the conversation, then answers the question', async () => {
    const client = await visitor(t, url);
    const greeting = await ask(client, 'Hello! 👋');
    expect(greeting.text).toBe('Hi! What can I help you with?');
    const answer = await ask(client, 'How do I get a refund?');
    expect(answer.sources?.[0]?.title.toLowerCase()).toContain('refund');
    await client.settle();
    expect(client.all('session').at(-1)?.status).toBe('active');
    client.close();
  });

  it('says it is bringing in a person for a question it cannot answer, and queues the visitor', async () => {
    const client = await visitor(t, url);
    const answer = await ask(client, 'Do you sell standing desks?');
    expect(answer.text).toBe(botLines(null).noAnswer());
    const state = await client.waitFor('session', (event) => event.status === 'needs_human');
    expect(state.queuePosition).toBeGreaterThanOrEqual(1);
    const system = await client.waitFor('message', (message) => message.sender === 'system');
    expect(system.text).toMatch(/queue/);
    client.close();
  });

  it("writes its own lines and the queue's in the visitor's language, which staff see on the session", async () => {
    const session = await startVisitorSession(t, { language: 'es-MX' });
    const client = await connectWidget(url, session);
    await client.waitFor('session');
    const answer = await ask(client, 'Do you sell standing desks?');
    expect(answer.text).toMatch(/^No encontré una respuesta fiable/);
    const system = await client.waitFor('message', (message) => message.sender === 'system');
    expect(system.text).toMatch(/^Estás en la cola/);
    const root = await loginRoot(t);
    const staffView = await t.http.get(`/admin/sessions/${session.sessionId}`).auth(root.accessToken, { type: 'bearer' }).expect(200);
    expect(staffView.body.language).toBe('es-MX');
    client.close();
  });

  it('queues the visitor who asks for a person in words, in another language too', async () => {
    const client = await visitor(t, url);
    ok(await client.send('visitor:message', { clientMessageId: 'human-1', text: 'Quiero hablar con una persona' }));
    await client.waitFor('session', (event) => event.status === 'needs_human');
    expect(client.all('message').filter((message) => message.sender === 'bot')).toEqual([]);
    client.close();
  });
});

describe('the bot with Gemini (a local fake of its REST API)', () => {
  let gemini: FakeGeminiServer;
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    gemini = await FakeGeminiServer.start();
    t = await startTestApp('pglite', {
      LOAD_SAMPLE_KNOWLEDGE: 'true',
      GEMINI_API_KEY: 'test-key',
      GEMINI_BASE_URL: gemini.baseUrl,
      AI_MAX_RETRIES: '0',
      AI_TIMEOUT_MS: '5000',
    });
    url = await listen(t);
  });
  afterAll(async () => {
    await t.close();
    await gemini.close();
  });
  beforeEach(() => gemini.reset());

  it('streams the answer to the visitor and stores it whole, without the visitor’s e-mail or card number reaching Gemini', async () => {
    const text = 'You can ask for a refund within 14 days of the charge under Settings → Billing.';
    gemini.enqueue({ kind: 'answer', text: modelJson(text, 0.95), pieces: 6, delayMs: 20 });
    const client = await visitor(t, url);
    const answer = await ask(client, 'I am jane.doe@example.com, card 4111 1111 1111 1111. How do I get a refund?');
    expect(answer.text).toBe(text);
    const deltas = client.all('message:delta').filter((delta) => delta.messageId === answer.id);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.map((delta) => delta.delta).join('')).toBe(text);

    const [request] = gemini.requests;
    expect(request?.raw).not.toContain('jane.doe@example.com');
    expect(request?.raw).not.toContain('4111 1111 1111 1111');
    expect(request?.raw.toLowerCase()).toContain('refund');
    const [logged] = await accuracyLog(t);
    expect(logged).toMatchObject({ responseType: 'ai', tokens: 450, messageId: answer.id });
    client.close();
  });

  it('answers from the knowledge base when Gemini fails', async () => {
    gemini.enqueue({ kind: 'error', status: 500 });
    const client = await visitor(t, url);
    const answer = await ask(client, 'How do I get a refund?');
    expect(answer.sources?.[0]?.title.toLowerCase()).toContain('refund');
    const [logged] = await accuracyLog(t);
    expect(logged).toMatchObject({ responseType: 'fallback', messageId: answer.id });
    client.close();
  });
});
