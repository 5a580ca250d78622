/**
 * The Socket.IO v5 packet format without binary attachments, wire-compatible with the server's
 * default parser for every packet the widget exchanges (all JSON): `<type>[<nsp>,][<ack id>][<JSON>]`.
 * The build puts it in place of `socket.io-parser` (vite.config.ts), whose binary support costs
 * ~1 KB gzip the widget never uses. socket-parser.test.ts checks it against the real parser.
 */
export const protocol = 5;

export const PacketType = {
  CONNECT: 0,
  DISCONNECT: 1,
  EVENT: 2,
  ACK: 3,
  CONNECT_ERROR: 4,
  BINARY_EVENT: 5,
  BINARY_ACK: 6,
} as const;

export interface Packet {
  type: number;
  nsp: string;
  data?: unknown;
  id?: number;
}

export class Encoder {
  encode(packet: Packet): string[] {
    let encoded = String(packet.type);
    if (packet.nsp && packet.nsp !== '/') encoded += `${packet.nsp},`;
    if (packet.id !== undefined) encoded += packet.id;
    if (packet.data !== undefined) encoded += JSON.stringify(packet.data);
    return [encoded];
  }
}

const PACKET = /^([0-4])(?:(\/[^,]*),)?(\d*)([\s\S]*)$/;

/** Decodes one packet per string; the Manager treats a throw as a broken connection and reconnects. */
export class Decoder {
  private listener?: (packet: Packet) => void;

  on(_event: 'decoded', listener: (packet: Packet) => void): void {
    this.listener = listener;
  }

  off(): void {
    this.listener = undefined;
  }

  add(chunk: unknown): void {
    const match = typeof chunk === 'string' ? PACKET.exec(chunk) : null;
    if (!match) throw new Error('unsupported Socket.IO packet');
    const packet: Packet = { type: Number(match[1]), nsp: match[2] ?? '/' };
    if (match[3]) packet.id = Number(match[3]);
    if (match[4]) packet.data = JSON.parse(match[4]);
    const eventLike = packet.type === PacketType.EVENT || packet.type === PacketType.ACK;
    if (eventLike && !Array.isArray(packet.data)) throw new Error('malformed Socket.IO packet');
    this.listener?.(packet);
  }

  destroy(): void {
    this.listener = undefined;
  }
}
