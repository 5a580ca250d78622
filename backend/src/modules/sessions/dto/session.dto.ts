import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AssignSessionRequest,
  CustomerRef,
  SESSION_STATUSES,
  SessionDto as SessionContract,
  SessionListQuery,
  SessionStatus,
} from '@parley/contracts';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import { AgentRefDto } from '../../messages/dto/message.dto';

class CustomerRefDto implements CustomerRef {
  @ApiProperty({ description: 'the identity token subject' }) id!: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() name?: string;
}

export class SessionDto implements SessionContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SESSION_STATUSES }) status!: SessionStatus;
  @ApiProperty({ type: AgentRefDto, nullable: true }) assignedAgent!: AgentRefDto | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) userMeta!: Record<string, unknown> | null;
  @ApiProperty({ type: CustomerRefDto, nullable: true }) customer!: CustomerRefDto | null;
  @ApiProperty({ type: String, nullable: true, description: "the visitor's BCP 47 language tag, as given when the session started", example: 'es-MX' })
  language!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) queuedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', description: 'moves with every message' }) updatedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt!: string | null;
  @ApiPropertyOptional({ description: 'the stored visitor meta or customer could not be decrypted (they are null)' }) unreadable?: boolean;
}

export class SessionPageDto {
  @ApiProperty({ type: [SessionDto] }) items!: SessionDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class SessionListQueryDto extends PageQueryDto implements Omit<SessionListQuery, 'from' | 'to'> {
  @ApiPropertyOptional({ enum: SESSION_STATUSES })
  @IsOptional()
  @IsIn(SESSION_STATUSES)
  status?: SessionStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'sessions this agent has or had' })
  @IsOptional()
  @IsUUID('all')
  agentId?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'created at or after this moment' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'created before this moment' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;

  @ApiPropertyOptional({ description: "text in the visitor's userMeta or customer identity" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class AssignSessionDto implements AssignSessionRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  agentId!: string;
}
