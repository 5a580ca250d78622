import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Permission, SessionDto } from '@parley/contracts';
import { AuthStore } from '../core/auth/auth.store';
import { AgentSocket } from './agent-socket';
import { ConversationActionsComponent } from './conversation-actions.component';
import { FakeAgentSocket } from './fake-agent-socket.testing';
import { AGENT_PERMISSIONS, ME, fakeAuth, session, settle } from './inbox.testing';
import { InboxStore } from './inbox.store';

const OTHER = { id: 'agent-2', name: 'Sam' };
const ADMIN_PERMISSIONS: Permission[] = [...AGENT_PERMISSIONS, 'sessions:assign'];

/** The buttons shown, each with whether it is enabled. */
async function buttonsFor(permissions: Permission[], current: SessionDto): Promise<Record<string, boolean>> {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: AuthStore, useValue: fakeAuth(permissions) },
      InboxStore,
      FakeAgentSocket,
      { provide: AgentSocket, useExisting: FakeAgentSocket },
    ],
  });
  const socket = TestBed.inject(FakeAgentSocket);
  const store = TestBed.inject(InboxStore);
  store.open(current.id);
  store.start();
  socket.listener?.session(current);
  const fixture = TestBed.createComponent(ConversationActionsComponent);
  await fixture.whenStable();
  const buttons: HTMLButtonElement[] = [...fixture.nativeElement.querySelectorAll('button')];
  return Object.fromEntries(buttons.map((button) => [button.textContent?.trim(), !button.disabled]));
}

describe('ConversationActionsComponent', () => {
  it.each<[string, Permission[], SessionDto, Record<string, boolean>]>([
    ['a waiting visitor', AGENT_PERMISSIONS, session('s1'), { Claim: true, Release: false, 'Close conversation': true }],
    ['a session the bot answers', AGENT_PERMISSIONS, session('s1', { status: 'active' }), { Claim: true, Release: false, 'Close conversation': true }],
    [
      'my own conversation',
      AGENT_PERMISSIONS,
      session('s1', { status: 'agent_assigned', assignedAgent: ME }),
      { Claim: false, Release: true, 'Close conversation': true },
    ],
    [
      "another agent's conversation",
      AGENT_PERMISSIONS,
      session('s1', { status: 'agent_assigned', assignedAgent: OTHER }),
      { Claim: false, Release: false, 'Close conversation': false },
    ],
    [
      "another agent's conversation, for an admin",
      ADMIN_PERMISSIONS,
      session('s1', { status: 'agent_assigned', assignedAgent: OTHER }),
      { Claim: false, Release: true, 'Close conversation': true },
    ],
    ['a closed session', AGENT_PERMISSIONS, session('s1', { status: 'closed' }), { Claim: false, Release: false, 'Close conversation': false }],
    ['someone who may only reply', ['sessions:read', 'sessions:reply'], session('s1'), {}],
    ['someone who may claim but not close', ['sessions:read', 'sessions:reply', 'sessions:claim'], session('s1'), { Claim: true, Release: false }],
  ])('on %s', async (_case, permissions, current, expected) => {
    expect(await buttonsFor(permissions, current)).toEqual(expected);
  });

  it('claims the open conversation when Claim is pressed', async () => {
    await buttonsFor(AGENT_PERMISSIONS, session('s1'));
    const socket = TestBed.inject(FakeAgentSocket);
    socket.answerSessions({ s1: session('s1', { status: 'agent_assigned', assignedAgent: ME }) }, 'agent:claim');
    const fixture = TestBed.createComponent(ConversationActionsComponent);
    await fixture.whenStable();
    fixture.nativeElement.querySelector('button').click();
    await settle();
    await fixture.whenStable();
    expect(socket.sentOf('agent:claim')).toEqual([{ sessionId: 's1' }]);
    const enabled = [...fixture.nativeElement.querySelectorAll('button')].map((button: HTMLButtonElement) => !button.disabled);
    expect(enabled).toEqual([false, true, true]);
  });
});
