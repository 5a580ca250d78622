import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AccuracyRange, AccuracyRepository } from './accuracy.repository';
import { GapGroup, clusterQuestions } from './knowledge-gaps';

/**
 * How many of the latest weak answers are grouped: enough to show what is missing now, few enough
 * to cluster in memory on every request.
 */
export const GAP_SCAN_LIMIT = 2000;

/** What the knowledge base is missing: questions the bot handed off or answered below the threshold. */
@Injectable()
export class KnowledgeGapsService {
  constructor(
    private readonly repository: AccuracyRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async gaps(range: AccuracyRange, limit: number): Promise<GapGroup[]> {
    const candidates = await this.repository.gapCandidates(range, this.config.ai.handoffThreshold, GAP_SCAN_LIMIT);
    return clusterQuestions(candidates).slice(0, limit);
  }
}
