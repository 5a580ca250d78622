import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppException } from '../errors/app.exception';
import { validationDetails } from '../validation/validation.pipe';

type PayloadClass<T> = new () => T;

/**
 * Validates a socket payload as the HTTP pipe validates bodies: it must be an object, unknown fields
 * are refused, every rule is checked. A failure is VALIDATION_FAILED listing each broken rule. An
 * omitted payload counts as `{}`, so events without fields need not send one.
 */
export function parsePayload<T extends object>(type: PayloadClass<T>, data: unknown): T {
  const payload = asObject(data);
  const instance = plainToInstance(type, payload);
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
  });
  if (errors.length > 0) {
    const details = validationDetails(errors);
    throw AppException.validation(details.join('; '), details);
  }
  return instance;
}

/** For events without fields: an omitted payload or `{}`; anything else is refused. */
export function parseEmptyPayload(data: unknown): void {
  const unknown = Object.keys(asObject(data));
  if (unknown.length > 0) {
    const details = unknown.map((key) => `property ${key} should not exist`);
    throw AppException.validation(details.join('; '), details);
  }
}

function asObject(data: unknown): object {
  // Socket.IO sends an omitted argument as null, or as no argument at all (an empty list here).
  if (data === undefined || data === null || (Array.isArray(data) && data.length === 0)) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw AppException.validation('The payload must be an object', ['payload must be an object']);
  }
  return data;
}
