import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MessagesModule } from '../messages/messages.module';
import { UsersModule } from '../users/users.module';
import { ChatEvents } from './chat-events';
import { HandoffService } from './handoff.service';
import { SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({
  imports: [MessagesModule, UsersModule, AuditModule],
  controllers: [SessionsController],
  providers: [SessionsRepository, SessionsService, HandoffService, ChatEvents],
  exports: [SessionsService, HandoffService, ChatEvents, MessagesModule],
})
export class SessionsModule {}
