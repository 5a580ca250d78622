import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CreateChatSessionRequest, CreateChatSessionResponse, USER_META_MAX_BYTES } from '@parley/contracts';
import { IsObject, IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';

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
