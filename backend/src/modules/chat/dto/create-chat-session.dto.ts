import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CreateChatSessionRequest, CreateChatSessionResponse, DESK_LANGUAGES, LANGUAGE_TAG_MAX_LENGTH, LANGUAGE_TAG_PATTERN, USER_META_MAX_BYTES } from '@parley/contracts';
import { IsObject, IsOptional, IsString, Matches, MaxLength, ValidateBy } from 'class-validator';

const FitsInBytes = (bytes: number) =>
  ValidateBy({
    name: 'fitsInBytes',
    validator: {
      validate: (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8') <= bytes,
      defaultMessage: () => `userMeta must be at most ${bytes} bytes as JSON`,
    },
  });

export class CreateChatSessionDto implements CreateChatSessionRequest {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: `What the site knows of the visitor (page, plan, …); at most ${USER_META_MAX_BYTES} bytes of JSON`,
  })
  @IsOptional()
  @IsObject()
  @FitsInBytes(USER_META_MAX_BYTES)
  userMeta?: Record<string, unknown>;

  @ApiPropertyOptional({
    description: `The visitor's BCP 47 language tag; the bot's and system lines come in it when it is one of ${DESK_LANGUAGES.join(', ')} (by primary subtag), else in English`,
    example: 'es-MX',
    maxLength: LANGUAGE_TAG_MAX_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MaxLength(LANGUAGE_TAG_MAX_LENGTH)
  @Matches(LANGUAGE_TAG_PATTERN, { message: 'language must be a BCP 47 language tag such as es or es-MX' })
  language?: string;

  @ApiPropertyOptional({ description: 'HS256 JWT signed with IDENTITY_SECRET, claims sub, email, name' })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  userToken?: string;
}

export class CreateChatSessionResponseDto implements CreateChatSessionResponse {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ description: 'the secret the widget connects with; shown once, stored only hashed' }) visitorToken!: string;
}
