import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { existsSync } from 'node:fs';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { SAMPLE_KNOWLEDGE_DIR, readArticleFolder } from './article-files';
import { KnowledgeService } from './knowledge.service';

/** Gives a new embedded desk a bot that answers: the sample help center goes into an empty knowledge base. */
@Injectable()
export class SampleKnowledgeLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('Knowledge');

  constructor(
    private readonly knowledge: KnowledgeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.ai.loadSampleKnowledge || !existsSync(SAMPLE_KNOWLEDGE_DIR) || !(await this.knowledge.isEmpty())) return;
    const { created } = await this.knowledge.import(readArticleFolder(SAMPLE_KNOWLEDGE_DIR), null);
    this.logger.log(`Loaded the sample knowledge base: ${created} articles (LOAD_SAMPLE_KNOWLEDGE=false skips this)`);
  }
}
