import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AuthStore } from '../core/auth/auth.store';
import { AgentSocket } from './agent-socket';
import { FakeAgentSocket } from './fake-agent-socket.testing';
import { fakeAuth, message, settle } from './inbox.testing';
import { InboxStore } from './inbox.store';
import { ReplyBoxComponent } from './reply-box.component';

describe('ReplyBoxComponent', () => {
  let fixture: ComponentFixture<ReplyBoxComponent>;
  let socket: FakeAgentSocket;
  let textarea: HTMLTextAreaElement;

  /** Types and lets the view render, as the browser would between keystrokes. */
  async function type(text: string): Promise<void> {
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  function press(key: string, shiftKey = false): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { key, shiftKey, cancelable: true, bubbles: true });
    textarea.dispatchEvent(event);
    return event;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthStore, useValue: fakeAuth() },
        InboxStore,
        FakeAgentSocket,
        { provide: AgentSocket, useExisting: FakeAgentSocket },
      ],
    });
    socket = TestBed.inject(FakeAgentSocket);
    const store = TestBed.inject(InboxStore);
    store.start();
    socket.open();
    store.open('s1');
    socket.answers.set('agent:message', (payload) => ({ ok: true, message: message('m1', { sender: 'agent', text: (payload as { text: string }).text }) }));
    fixture = TestBed.createComponent(ReplyBoxComponent);
    await fixture.whenStable();
    textarea = fixture.nativeElement.querySelector('textarea');
  });

  it('labels the box "Reply" and the note switch "Internal note"', () => {
    const labels = [...fixture.nativeElement.querySelectorAll('label')].map((label: HTMLLabelElement) => label.textContent?.trim());
    expect(labels).toEqual(['Reply', 'Internal note']);
    expect(fixture.nativeElement.querySelector('label[for="reply-text"]')).not.toBeNull();
    expect(textarea.id).toBe('reply-text');
  });

  it('sends on Enter and empties the box once the server stored the message', async () => {
    await type('Hello there');
    const enter = press('Enter');
    expect(enter.defaultPrevented).toBe(true);
    await settle();
    await fixture.whenStable();
    expect(socket.sentOf('agent:message')).toEqual([{ sessionId: 's1', clientMessageId: expect.any(String), text: 'Hello there', internal: false }]);
    expect(textarea.value).toBe('');
  });

  it('keeps Shift+Enter as a new line and does not send', async () => {
    await type('first line');
    const shiftEnter = press('Enter', true);
    await settle();
    expect(shiftEnter.defaultPrevented).toBe(false);
    expect(socket.sentOf('agent:message')).toEqual([]);
    await type('first line\nsecond line');
    press('Enter');
    await settle();
    expect(socket.sentOf('agent:message')).toEqual([expect.objectContaining({ text: 'first line\nsecond line' })]);
  });

  it('does not send blank text', async () => {
    await type('   ');
    press('Enter');
    await settle();
    expect(socket.sentOf('agent:message')).toEqual([]);
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('button[type="submit"]').disabled).toBe(true);
  });

  it('sends an internal note when the box is ticked, and shows a refusal in words, keeping the text', async () => {
    const checkbox: HTMLInputElement = fixture.nativeElement.querySelector('input[type="checkbox"]');
    checkbox.checked = true;
    checkbox.dispatchEvent(new Event('change'));
    socket.answers.set('agent:message', () => ({ ok: false, error: { code: 'RATE_LIMITED', message: 'Too many messages', retryAfterMs: 4200 } }));
    await type('VIP customer');
    fixture.nativeElement.querySelector('button[type="submit"]').click();
    await settle();
    await fixture.whenStable();
    expect(socket.sentOf('agent:message')).toEqual([expect.objectContaining({ text: 'VIP customer', internal: true })]);
    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain('The message was not sent: Too many messages. Try again in 5 s.');
    expect(textarea.value).toBe('VIP customer');
  });

  it('announces typing at most once per few seconds, then that it stopped; never for notes', () => {
    const type = (text: string) => {
      textarea.value = text;
      textarea.dispatchEvent(new Event('input'));
    };
    jest.useFakeTimers();
    try {
      type('H');
      type('He');
      type('Hel');
      expect(socket.sentOf('agent:typing')).toEqual([{ sessionId: 's1', typing: true }]);
      jest.advanceTimersByTime(2_500);
      expect(socket.sentOf('agent:typing')).toEqual([
        { sessionId: 's1', typing: true },
        { sessionId: 's1', typing: false },
      ]);
      const checkbox: HTMLInputElement = fixture.nativeElement.querySelector('input[type="checkbox"]');
      checkbox.checked = true;
      checkbox.dispatchEvent(new Event('change'));
      type('a note');
      jest.advanceTimersByTime(5_000);
      expect(socket.sentOf('agent:typing')).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
