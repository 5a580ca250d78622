import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { io } from 'socket.io-client';
import { AuthStore } from '../core/auth/auth.store';
import { AgentSocketListener, ConnectionState } from './agent-socket';
import { SocketIoAgentSocket } from './agent-socket.service';

jest.mock('socket.io-client', () => ({ io: jest.fn() }));

type Handler = (...args: unknown[]) => void;

/** Just enough of a Socket.IO client socket to play the handshake outcomes. */
class ScriptedSocket {
  readonly handlers = new Map<string, Handler>();
  active = false;
  connected = false;
  connect = jest.fn();
  disconnect = jest.fn();
  removeAllListeners = jest.fn();
  on(event: string, handler: Handler): this {
    this.handlers.set(event, handler);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    this.handlers.get(event)?.(...args);
  }
}

function refusal(code: string, message = 'refused'): Error {
  return Object.assign(new Error(message), { data: { code } });
}

describe('SocketIoAgentSocket', () => {
  let scripted: ScriptedSocket;
  let states: ConnectionState[];
  let refreshes: Subject<string>[];
  let token: string;
  let connectedCalls: number;
  let options: { auth: (send: (auth: object) => void) => void };

  beforeEach(() => {
    scripted = new ScriptedSocket();
    states = [];
    refreshes = [];
    token = 'expired';
    connectedCalls = 0;
    jest.mocked(io).mockImplementation(((_url: string, opts: typeof options) => {
      options = opts;
      return scripted;
    }) as unknown as typeof io);
    const auth = {
      accessToken: () => token,
      refresh: () => {
        const answer = new Subject<string>();
        refreshes.push(answer);
        return answer;
      },
    };
    TestBed.configureTestingModule({ providers: [SocketIoAgentSocket, { provide: AuthStore, useValue: auth }] });
    const listener = {
      connection: (state: ConnectionState) => states.push(state),
      connected: () => connectedCalls++,
    } as Partial<AgentSocketListener> as AgentSocketListener;
    TestBed.inject(SocketIoAgentSocket).connect(listener);
  });

  it('connects to /agent with the current access token', () => {
    expect(jest.mocked(io)).toHaveBeenCalledWith('/agent', expect.any(Object));
    let sent: object | undefined;
    options.auth((auth) => (sent = auth));
    expect(sent).toEqual({ token: 'expired' });
    expect(states).toEqual([{ kind: 'connecting' }]);
  });

  it('refreshes an expired token once and reconnects with the new one', () => {
    scripted.emit('connect_error', refusal('UNAUTHORIZED', 'jwt expired'));
    expect(refreshes).toHaveLength(1);
    token = 'fresh';
    refreshes[0].next('fresh');
    expect(scripted.connect).toHaveBeenCalledTimes(1);
    let sent: object | undefined;
    options.auth((auth) => (sent = auth));
    expect(sent).toEqual({ token: 'fresh' });

    // Refused again with the fresh token: no second refresh, the error in words.
    scripted.emit('connect_error', refusal('UNAUTHORIZED'));
    expect(refreshes).toHaveLength(1);
    expect(states.at(-1)).toEqual({ kind: 'error', message: 'Your sign-in has expired. Please sign in again.' });
  });

  it('says so when the refresh itself fails', () => {
    scripted.emit('connect_error', refusal('UNAUTHORIZED'));
    refreshes[0].error(new Error('revoked'));
    expect(scripted.connect).not.toHaveBeenCalled();
    expect(states.at(-1)).toEqual({ kind: 'error', message: 'Your sign-in has expired. Please sign in again.' });
  });

  it('shows other refusals in words and transport failures as reconnecting', () => {
    scripted.emit('connect_error', new Error('xhr poll error'));
    expect(states.at(-1)).toEqual({ kind: 'reconnecting' });
    scripted.emit('connect_error', refusal('FORBIDDEN'));
    expect(states.at(-1)).toEqual({ kind: 'error', message: 'Your account may not watch conversations.' });
  });

  it('reports a connection, and allows one more refresh after it', () => {
    scripted.emit('connect_error', refusal('UNAUTHORIZED'));
    refreshes[0].next('fresh');
    scripted.emit('connect');
    expect(states.at(-1)).toEqual({ kind: 'connected' });
    expect(connectedCalls).toBe(1);
    scripted.active = true;
    scripted.emit('disconnect', 'transport close');
    expect(states.at(-1)).toEqual({ kind: 'reconnecting' });
    scripted.emit('connect_error', refusal('UNAUTHORIZED'));
    expect(refreshes).toHaveLength(2);
  });

  it('answers an event sent while disconnected with an error instead of queueing it', async () => {
    const answer = await TestBed.inject(SocketIoAgentSocket).send('agent:presence', { status: 'away' });
    expect(answer).toEqual({ ok: false, error: { code: 'SERVICE_UNAVAILABLE', message: expect.stringContaining('Not connected') } });
  });
});
