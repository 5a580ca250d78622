import { randomBytes } from 'node:crypto';
import { SQL } from 'drizzle-orm';
import type { Database } from '../src/database/database.types';
import { connectAgent, connectWidget, listen, ok, startVisitorSession } from './chat-clients';
import { createStaff } from './staff';
import type { TestApp } from './test-app';

export const newKey = (): string => randomBytes(32).toString('hex');

export async function rawRows<T>(db: Database, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export interface Conversation {
  sessionId: string;
  words: string[];
}

/** A real conversation over sockets: a visitor with meta, handed to an agent, both writing. */
export async function converse(t: TestApp, tag: string): Promise<Conversation> {
  const url = await listen(t).catch(() => `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`);
  const staff = await createStaff(t, ['agent'], `Agent ${tag}`);
  const agent = await connectAgent(url, staff.accessToken);
  const email = `ada.${tag}@example.com`;
  const { sessionId, visitorToken } = await startVisitorSession(t, { userMeta: { email, note: `ravioli${tag}` } });
  const widget = await connectWidget(url, { sessionId, visitorToken });
  const question = `parcel${tag} number SECRET${tag}`;
  ok(await widget.send('visitor:message', { clientMessageId: `v-${tag}`, text: question }));
  await widget.waitFor('session', (state) => state.status === 'needs_human');
  ok(await agent.send('agent:claim', { sessionId }));
  const answer = `ships${tag} on Tuesday`;
  ok(await agent.send('agent:message', { sessionId, clientMessageId: `a-${tag}`, text: answer }));
  widget.close();
  agent.close();
  return { sessionId, words: [`parcel${tag}`, `SECRET${tag}`, `ships${tag}`, `ravioli${tag}`, email] };
}
