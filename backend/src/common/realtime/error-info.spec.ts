import { BadRequestException, NotFoundException } from '@nestjs/common';
import { AppException } from '../errors/app.exception';
import { toErrorInfo } from './error-info';

describe('toErrorInfo', () => {
  it('keeps the code and message of an AppException, and the retry time of a rate limit', () => {
    expect(toErrorInfo(new AppException('INVALID_STATE', 'nope'))).toEqual({ code: 'INVALID_STATE', message: 'nope', internal: false });
    expect(toErrorInfo(AppException.rateLimited('slow down', 2500))).toEqual({
      code: 'RATE_LIMITED',
      message: 'slow down',
      retryAfterMs: 2500,
      internal: false,
    });
  });

  it('maps Nest HTTP exceptions by status', () => {
    expect(toErrorInfo(new BadRequestException('bad'))).toMatchObject({ code: 'VALIDATION_FAILED', message: 'bad' });
    expect(toErrorInfo(new NotFoundException())).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('hides the internals of anything else', () => {
    expect(toErrorInfo(new Error('connection to 10.0.0.5 refused'))).toEqual({ code: 'INTERNAL', message: 'Internal server error', internal: true });
    expect(toErrorInfo('thrown string')).toMatchObject({ code: 'INTERNAL', internal: true });
  });
});
