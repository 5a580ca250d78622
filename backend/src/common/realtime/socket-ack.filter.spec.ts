import type { ArgumentsHost } from '@nestjs/common';
import { AppException } from '../errors/app.exception';
import { SocketAckFilter } from './socket-ack.filter';

function host(ack: unknown): ArgumentsHost {
  const args = [{}, { some: 'payload' }, ack, 'visitor:message'];
  return { getArgByIndex: (index: number) => args[index] } as unknown as ArgumentsHost;
}

describe('SocketAckFilter', () => {
  it('answers the ack with the error code instead of leaving the client waiting', () => {
    const ack = jest.fn();
    new SocketAckFilter().catch(new AppException('FORBIDDEN', 'no'), host(ack));
    expect(ack).toHaveBeenCalledWith({ ok: false, error: { code: 'FORBIDDEN', message: 'no' } });
  });

  it('hides unknown failures behind INTERNAL', () => {
    const ack = jest.fn();
    const filter = new SocketAckFilter();
    jest.spyOn(filter['logger'], 'error').mockImplementation(() => undefined);
    filter.catch(new Error('db password wrong'), host(ack));
    expect(ack).toHaveBeenCalledWith({ ok: false, error: { code: 'INTERNAL', message: 'Internal server error' } });
  });

  it('copes with a client that sent no ack', () => {
    expect(() => new SocketAckFilter().catch(new AppException('NOT_FOUND', 'x'), host(undefined))).not.toThrow();
  });
});
