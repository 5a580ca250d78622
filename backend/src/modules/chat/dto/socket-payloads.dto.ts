import {
  AgentHandshakeAuth,
  AgentMessagePayload,
  AgentTypingPayload,
  CLIENT_MESSAGE_ID_MAX_LENGTH,
  CLIENT_MESSAGE_ID_PATTERN,
  PRESENCE_STATUSES,
  PresencePayload,
  PresenceStatus,
  SeenPayload,
  SessionRefPayload,
  TypingPayload,
  VisitorFeedbackPayload,
  VisitorMessagePayload,
  WidgetHandshakeAuth,
} from '@parley/contracts';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateBy } from 'class-validator';
import { messageTextProblem } from '../../messages/message-text';

/** Socket payloads, validated by parsePayload: unknown fields are refused like in HTTP bodies. */

const IsMessageText = () =>
  ValidateBy({
    name: 'isMessageText',
    validator: {
      validate: (value: unknown) => messageTextProblem(value) === null,
      defaultMessage: (args) => messageTextProblem(args?.value) ?? 'text is not valid',
    },
  });

const IsClientMessageId = (): PropertyDecorator => (target, key) => {
  IsString()(target, key);
  Length(1, CLIENT_MESSAGE_ID_MAX_LENGTH)(target, key);
  Matches(CLIENT_MESSAGE_ID_PATTERN, { message: 'clientMessageId may hold only letters, digits and . _ : -' })(target, key);
};

export class WidgetHandshakeDto implements WidgetHandshakeAuth {
  @IsUUID('all') sessionId!: string;
  @IsString() @MaxLength(200) visitorToken!: string;
  @IsOptional() @IsUUID('all') lastMessageId?: string;
}

export class AgentHandshakeDto implements AgentHandshakeAuth {
  @IsString() @MaxLength(4096) token!: string;
}

export class VisitorMessageDto implements VisitorMessagePayload {
  @IsClientMessageId() clientMessageId!: string;
  @IsMessageText() text!: string;
}

export class TypingDto implements TypingPayload {
  @IsBoolean() typing!: boolean;
}

export class SeenDto implements SeenPayload {
  @IsUUID('all') messageId!: string;
}

export class VisitorFeedbackDto implements VisitorFeedbackPayload {
  @IsUUID('all') messageId!: string;
  @IsBoolean() helpful!: boolean;
}

export class SessionRefDto implements SessionRefPayload {
  @IsUUID('all') sessionId!: string;
}

export class AgentMessageDto implements AgentMessagePayload {
  @IsUUID('all') sessionId!: string;
  @IsClientMessageId() clientMessageId!: string;
  @IsMessageText() text!: string;
  @IsOptional() @IsBoolean() internal?: boolean;
}

export class AgentTypingDto implements AgentTypingPayload {
  @IsUUID('all') sessionId!: string;
  @IsBoolean() typing!: boolean;
}

export class PresenceDto implements PresencePayload {
  @IsIn(PRESENCE_STATUSES) status!: PresenceStatus;
}
