import type { IncomingMessage } from 'node:http';
import { clientAddress } from './client-address';

const request = (headers: IncomingMessage['headers'], remoteAddress?: string) => ({ headers, socket: { remoteAddress } }) as IncomingMessage;

describe('clientAddress', () => {
  it('answers the first forwarded address behind a trusted proxy', () => {
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.9, 10.0.0.2' }, '10.0.0.1'), true)).toBe('203.0.113.9');
  });

  it('ignores the header without a trusted proxy, since any client can send it', () => {
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.9' }, '198.51.100.4'), false)).toBe('198.51.100.4');
  });

  it('falls back to the peer when a trusted proxy sent no header, and to null without a peer', () => {
    expect(clientAddress(request({}, '10.0.0.1'), true)).toBe('10.0.0.1');
    expect(clientAddress(request({ 'x-forwarded-for': ' ' }), true)).toBeNull();
  });
});
