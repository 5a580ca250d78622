import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { AppException } from '../errors/app.exception';
import { isUuid } from '../ids';

/** A path id must be a UUID: a malformed one is a 400, an unknown well-formed one becomes a 404. */
@Injectable()
export class UuidParam implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (isUuid(value)) return value.toLowerCase();
    const name = metadata.data ?? 'id';
    throw AppException.validation(`${name} must be a UUID`, [`${name} must be a UUID`]);
  }
}
