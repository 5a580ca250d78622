import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { KnowledgeController } from './knowledge.controller';
import { KnowledgeIndex } from './knowledge-index';
import { KnowledgeRepository } from './knowledge.repository';
import { KnowledgeService } from './knowledge.service';
import { SampleKnowledgeLoader } from './sample-knowledge.loader';

@Module({
  imports: [AuditModule],
  controllers: [KnowledgeController],
  providers: [KnowledgeRepository, KnowledgeIndex, KnowledgeService, SampleKnowledgeLoader],
  exports: [KnowledgeService],
})
export class KnowledgeModule {}
