import { GoogleGenerativeAI, GoogleGenerativeAIFetchError } from '@google/generative-ai';
import { FakeGeminiServer, modelJson } from './fake-gemini-server';

/** The fake must speak what the real SDK expects, or the generator's tests prove nothing. */
describe('FakeGeminiServer with the real SDK', () => {
  let fake: FakeGeminiServer;
  const model = () => new GoogleGenerativeAI('key-1').getGenerativeModel({ model: 'gemini-x', systemInstruction: 'Be brief.' }, { baseUrl: fake.baseUrl });

  beforeAll(async () => {
    fake = await FakeGeminiServer.start();
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.close());

  it('answers generateContent with the whole text, finish reason and usage', async () => {
    fake.enqueue({ kind: 'answer', text: modelJson('Hello.'), pieces: 3 });
    const { response } = await model().generateContent('Hi');
    expect(response.text()).toBe(modelJson('Hello.'));
    expect(response.candidates?.[0].finishReason).toBe('STOP');
    expect(response.usageMetadata).toEqual({ promptTokenCount: 412, candidatesTokenCount: 38, totalTokenCount: 450 });
    expect(fake.requests[0]).toMatchObject({ model: 'gemini-x', method: 'generateContent', sse: false, apiKey: 'key-1' });
    expect(fake.requests[0].body).toMatchObject({
      contents: [{ role: 'user', parts: [{ text: 'Hi' }] }],
      systemInstruction: { role: 'system', parts: [{ text: 'Be brief.' }] },
    });
  });

  it('streams streamGenerateContent as SSE chunks the SDK reassembles', async () => {
    fake.enqueue({ kind: 'answer', text: 'abcdefgh', pieces: ['ab', 'cde', 'fgh'], delayMs: 5 });
    const result = await model().generateContentStream('Hi');
    const chunks: string[] = [];
    for await (const chunk of result.stream) chunks.push(chunk.text());
    expect(chunks).toEqual(['ab', 'cde', 'fgh']);
    expect((await result.response).text()).toBe('abcdefgh');
    expect(fake.requests[0]).toMatchObject({ method: 'streamGenerateContent', sse: true });
  });

  it('answers errors the way Google does, RetryInfo included', async () => {
    fake.enqueue({ kind: 'error', status: 429, retryAfterSeconds: 7 });
    const error = await model().generateContent('Hi').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GoogleGenerativeAIFetchError);
    expect(error).toMatchObject({ status: 429, errorDetails: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '7s' }] });
  });

  it('makes the SDK fail on a blocked candidate and on a broken stream', async () => {
    fake.enqueue({ kind: 'blocked' }, { kind: 'invalid_sse' });
    const { response } = await model().generateContent('Hi');
    expect(() => response.text()).toThrow(/SAFETY/);
    const result = await model().generateContentStream('Hi');
    result.response.catch(() => undefined);
    await expect(result.stream.next()).rejects.toThrow(/parsing JSON/);
  });

  it('answers 404 elsewhere', async () => {
    expect((await fetch(`${fake.baseUrl}/v1beta/models`)).status).toBe(404);
    expect((await fetch(`${fake.baseUrl}/v1beta/models/gemini-x:generateContent`)).status).toBe(404);
  });

  it('closes even with a reply left hanging, and the client sees the connection end', async () => {
    const other = await FakeGeminiServer.start();
    other.defaultReply = { kind: 'hang' };
    const hanging = new GoogleGenerativeAI('k').getGenerativeModel({ model: 'm' }, { baseUrl: other.baseUrl }).generateContent('Hi');
    while (other.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await other.close();
    await expect(hanging).rejects.toThrow(/fetch/i);
  });
});
