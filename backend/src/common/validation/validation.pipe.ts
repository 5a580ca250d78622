import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppException } from '../errors/app.exception';

/** Each broken rule of a class-validator result, nested properties named by their path. */
export function validationDetails(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((text) =>
      // class-validator names only the leaf property; prefix the path for nested objects.
      parent ? `${parent}.${text}` : text,
    );
    return [...own, ...validationDetails(error.children ?? [], path)];
  });
}

/**
 * Validates every body, query and param DTO: unknown fields are refused, values are converted to
 * their declared types, and a failure is a 400 listing each broken rule.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = validationDetails(errors);
      return AppException.validation(details.join('; ') || 'The request is not valid', details);
    },
  });
}
