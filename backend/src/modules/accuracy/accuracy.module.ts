import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SessionsModule } from '../sessions/sessions.module';
import { AccuracyController } from './accuracy.controller';
import { AccuracyRepository } from './accuracy.repository';
import { AccuracyService } from './accuracy.service';
import { KnowledgeGapsController } from './knowledge-gaps.controller';
import { KnowledgeGapsService } from './knowledge-gaps.service';
import { VisitorFeedbackService } from './visitor-feedback.service';

/** The log of bot answers: staff marks and evaluations, stats, knowledge gaps, the visitor's thumbs. */
@Module({
  imports: [AuditModule, SessionsModule],
  controllers: [AccuracyController, KnowledgeGapsController],
  providers: [AccuracyRepository, AccuracyService, KnowledgeGapsService, VisitorFeedbackService],
  exports: [AccuracyService, VisitorFeedbackService],
})
export class AccuracyModule {}
