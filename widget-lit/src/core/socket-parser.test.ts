import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// The server's parser (a dependency of socket.io): the widget's must speak exactly its format.
import * as reference from 'socket.io-parser';
import { Decoder, Encoder, PacketType, type Packet } from './socket-parser';

const PACKETS: Packet[] = [
  { type: PacketType.CONNECT, nsp: '/widget', data: { sessionId: 's', visitorToken: 't', lastMessageId: 'm' } },
  { type: PacketType.CONNECT, nsp: '/' },
  { type: PacketType.EVENT, nsp: '/widget', data: ['visitor:message', { clientMessageId: 'w-1', text: 'Hi "there" \u00e9 \ud83d\ude00' }], id: 12 },
  { type: PacketType.EVENT, nsp: '/widget', data: ['message', { id: 'x', text: '1,2' }] },
  { type: PacketType.ACK, nsp: '/widget', data: [{ ok: true }], id: 0 },
  { type: PacketType.CONNECT_ERROR, nsp: '/widget', data: { message: 'Unauthorized', data: { code: 'UNAUTHORIZED' } } },
  { type: PacketType.DISCONNECT, nsp: '/widget' },
];

function decodeWith(decoder: { add(chunk: unknown): void; on(event: 'decoded', listener: (packet: Packet) => void): unknown }, chunk: string): Packet {
  let decoded: Packet | undefined;
  decoder.on('decoded', (packet) => (decoded = packet));
  decoder.add(chunk);
  assert.ok(decoded, `nothing decoded from ${chunk}`);
  return decoded;
}

describe('the JSON-only Socket.IO parser', () => {
  it('encodes every packet exactly like socket.io-parser', () => {
    for (const packet of PACKETS) assert.deepEqual(new Encoder().encode(packet), new reference.Encoder().encode(packet));
  });

  it('decodes what socket.io-parser encodes into the same packets', () => {
    for (const packet of PACKETS) {
      const [wire] = new reference.Encoder().encode(packet) as string[];
      assert.deepEqual(decodeWith(new Decoder(), wire), decodeWith(new reference.Decoder() as unknown as Decoder, wire));
    }
  });

  it('refuses binary and malformed packets, which the Manager treats as a broken connection', () => {
    for (const chunk of ['51-/widget,["x",{"_placeholder":true,"num":0}]', 'hello', '2/widget,{"not":"an array"}', new ArrayBuffer(2)]) {
      assert.throws(() => new Decoder().add(chunk));
    }
  });
});
