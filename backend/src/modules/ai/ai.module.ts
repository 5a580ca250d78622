import { Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AccuracyModule } from '../accuracy/accuracy.module';
import { AccuracyService } from '../accuracy/accuracy.service';
import { KnowledgeModule } from '../knowledge/knowledge.module';
import { AiAnswerer } from './ai-answerer';
import { AnswerGenerator } from './ai.types';
import { AnswerLog } from './answer-log';
import { GeminiAnswerGenerator } from './gemini/gemini-answer-generator';
import { LocalAnswerer } from './local/local-answerer';

/** The bot: Gemini when GEMINI_API_KEY is set, the local knowledge-base answerer always. */
@Module({
  imports: [KnowledgeModule, AccuracyModule],
  providers: [
    LocalAnswerer,
    AiAnswerer,
    { provide: AnswerLog, useExisting: AccuracyService },
    {
      provide: AnswerGenerator,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): AnswerGenerator | null => (config.ai.geminiApiKey ? new GeminiAnswerGenerator(config) : null),
    },
  ],
  exports: [AiAnswerer],
})
export class AiModule {}
