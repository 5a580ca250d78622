import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditEntryDto as AuditEntryContract } from '@parley/contracts';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import type { AuditListRow } from '../audit.repository';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'only what this user did' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'auth.login' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'from this moment (inclusive)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'until this moment (exclusive)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

export class AuditEntryDto implements AuditEntryContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "the actor's display name; null for system entries", example: 'Dana Scully' })
  actorName!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty({ nullable: true, type: String }) target!: string | null;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) details!: Record<string, unknown> | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export function toAuditEntryDto(row: AuditListRow): AuditEntryDto {
  return {
    id: row.id,
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    target: row.target,
    ip: row.ip,
    details: row.details ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
