import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MESSAGE_SENDERS, MessageSender, StaffMessageDto as StaffMessageContract } from '@parley/contracts';

class AgentRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

class MessageSourceDto {
  @ApiProperty() articleId!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional() url?: string;
}

export class StaffMessageDto implements StaffMessageContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ enum: MESSAGE_SENDERS }) sender!: MessageSender;
  @ApiProperty({ description: 'exactly as written' }) text!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional() clientMessageId?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 1 }) confidence?: number;
  @ApiPropertyOptional({ type: [MessageSourceDto] }) sources?: MessageSourceDto[];
  @ApiPropertyOptional({ type: AgentRefDto }) agent?: AgentRefDto;
  @ApiProperty({ description: 'an internal note: staff only, never shown to the visitor' }) internal!: boolean;
  @ApiPropertyOptional({ description: 'the stored text or metadata could not be decrypted (text is "[unreadable]")' }) unreadable?: boolean;
}

export class StaffMessagePageDto {
  @ApiProperty({ type: [StaffMessageDto] }) items!: StaffMessageDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export { AgentRefDto };
