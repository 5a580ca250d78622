import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { AccuracyModule } from '../accuracy/accuracy.module';
import { AiAnswerer } from '../ai/ai-answerer';
import { AiModule } from '../ai/ai.module';
import { AuthModule } from '../auth/auth.module';
import { SessionsModule } from '../sessions/sessions.module';
import { UsersModule } from '../users/users.module';
import { AgentChatService } from './agent-chat.service';
import { AgentGateway } from './agent.gateway';
import { AgentPresence } from './agent-presence';
import { ANSWERER } from './answerer';
import { AutoAssignService } from './auto-assign.service';
import { ChatController } from './chat.controller';
import { IdentityVerifier } from './identity-verifier';
import { IdleSessionsJob } from './idle-sessions.job';
import { ChatBroadcaster } from './realtime/chat-broadcaster';
import { ChatNotifier } from './realtime/chat-notifier';
import { SocketAgentPresence } from './realtime/socket-agent-presence';
import { VisitorChatService } from './visitor-chat.service';
import { WidgetGateway } from './widget.gateway';

/** Live chat: the visitor's HTTP entry, both socket namespaces, assignment and the idle job. */
@Module({
  imports: [ScheduleModule.forRoot(), SessionsModule, UsersModule, AuthModule, AccuracyModule, AiModule],
  controllers: [ChatController],
  providers: [
    VisitorChatService,
    AgentChatService,
    IdentityVerifier,
    AutoAssignService,
    IdleSessionsJob,
    ChatBroadcaster,
    ChatNotifier,
    WidgetGateway,
    AgentGateway,
    { provide: AgentPresence, useClass: SocketAgentPresence },
    { provide: ANSWERER, useExisting: AiAnswerer },
  ],
})
export class ChatModule {}
