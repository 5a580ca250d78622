import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { AppException } from '../errors/app.exception';
import { parseEmptyPayload, parsePayload } from './socket-payload';

class Example {
  @IsString() name!: string;
  @IsOptional() @IsBoolean() flag?: boolean;
}

function failure(run: () => unknown): AppException {
  try {
    run();
  } catch (error) {
    if (error instanceof AppException) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('parsePayload', () => {
  it('returns a typed instance of a valid payload', () => {
    const parsed = parsePayload(Example, { name: 'x', flag: true });
    expect(parsed).toBeInstanceOf(Example);
    expect(parsed).toEqual({ name: 'x', flag: true });
  });

  it.each([
    ['unknown fields', { name: 'x', admin: true }, 'property admin should not exist'],
    ['wrong types', { name: 1 }, 'name must be a string'],
    ['a missing field', {}, 'name must be a string'],
    ['a string', 'x', 'payload must be an object'],
    ['a number', 7, 'payload must be an object'],
    ['an array', [{ name: 'x' }], 'payload must be an object'],
  ])('refuses %s as VALIDATION_FAILED with details', (_, payload, detail) => {
    const error = failure(() => parsePayload(Example, payload));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toContain(detail);
  });

  it('treats an omitted payload as an empty object', () => {
    expect(failure(() => parsePayload(Example, undefined)).details).toEqual(['name must be a string']);
    expect(failure(() => parsePayload(Example, null)).details).toEqual(['name must be a string']);
  });
});

describe('parseEmptyPayload', () => {
  it.each([undefined, null, [], {}])('accepts %p', (payload) => {
    expect(() => parseEmptyPayload(payload)).not.toThrow();
  });

  it('refuses any field and anything but an object', () => {
    expect(failure(() => parseEmptyPayload({ now: true })).details).toEqual(['property now should not exist']);
    expect(failure(() => parseEmptyPayload('x')).code).toBe('VALIDATION_FAILED');
  });
});
