import { Injectable, Logger } from '@nestjs/common';
import MiniSearch from 'minisearch';
import type { RetrievedPassage } from '../ai/ai.types';
import { Chunk, chunkArticle } from './chunker';
import { KnowledgeFingerprint, KnowledgeRepository } from './knowledge.repository';
import { processTerm } from './search-terms';

/** How long a process trusts its index before checking whether another process changed articles. */
const FRESHNESS_CHECK_MS = 5000;

function newIndex(): MiniSearch<Chunk> {
  return new MiniSearch<Chunk>({
    fields: ['title', 'heading', 'text', 'tags'],
    storeFields: ['articleId', 'title', 'heading', 'text'],
    extractField: (chunk, field) => {
      if (field === 'tags') return chunk.tags.join(' ');
      // An article's opening is headed by its title: counting the title twice would favour it.
      if (field === 'heading' && chunk.heading === chunk.title) return '';
      return String(chunk[field as keyof Chunk] ?? '');
    },
    processTerm,
    searchOptions: { boost: { title: 2, heading: 2, tags: 1.5 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });
}

/**
 * Full-text retrieval (MiniSearch: BM25 with fuzzy and prefix matching) over the published
 * articles, chunked by heading. Rebuilt when articles change here, and when another process changed
 * them (seen through a cheap fingerprint query at most every few seconds).
 */
@Injectable()
export class KnowledgeIndex {
  private readonly logger = new Logger('KnowledgeIndex');
  private index = newIndex();
  private fingerprint: KnowledgeFingerprint | null = null;
  private checkedAt = 0;
  private rebuilding: Promise<void> | null = null;

  constructor(private readonly repository: KnowledgeRepository) {}

  /** Marks the index stale: the next search rebuilds it. */
  invalidate(): void {
    this.fingerprint = null;
  }

  async search(query: string, limit = 5): Promise<RetrievedPassage[]> {
    await this.ensureFresh();
    return this.index
      .search(query)
      .slice(0, limit)
      .map((result) => ({
        articleId: String(result['articleId']),
        title: String(result['title']),
        heading: String(result['heading']),
        text: String(result['text']),
        score: result.score,
      }));
  }

  get chunkCount(): number {
    return this.index.documentCount;
  }

  private async ensureFresh(): Promise<void> {
    if (this.fingerprint && Date.now() - this.checkedAt < FRESHNESS_CHECK_MS) return;
    this.rebuilding ??= this.refresh().finally(() => (this.rebuilding = null));
    await this.rebuilding;
  }

  private async refresh(): Promise<void> {
    const current = await this.repository.fingerprint();
    this.checkedAt = Date.now();
    if (this.fingerprint && current.count === this.fingerprint.count && current.lastUpdate === this.fingerprint.lastUpdate) return;
    const articles = await this.repository.listPublished();
    const index = newIndex();
    index.addAll(articles.flatMap((article) => chunkArticle(article)));
    this.index = index;
    this.fingerprint = current;
    this.logger.log(`Indexed ${articles.length} articles as ${index.documentCount} passages`);
  }
}
