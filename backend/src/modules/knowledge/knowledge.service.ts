import { Injectable } from '@nestjs/common';
import type { Page } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import { decodeCursor, toPage } from '../../common/pagination';
import type { RetrievedPassage } from '../ai/ai.types';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/auth.types';
import type { ArticleListQueryDto, CreateArticleDto, UpdateArticleDto } from './dto/article.dto';
import { KnowledgeIndex } from './knowledge-index';
import { KnowledgeRepository } from './knowledge.repository';
import type { KnowledgeArticleRow } from './knowledge.schema';
import { ParsedArticle, slugify } from '@parley/contracts';

export type ArticleInput = Omit<ParsedArticle, 'slug' | 'tags' | 'locale' | 'published'> & Partial<ParsedArticle>;

function normalise(input: ArticleInput): ParsedArticle {
  return {
    slug: input.slug ?? slugify(input.title),
    title: input.title,
    body: input.body,
    tags: (input.tags ?? []).map((tag) => tag.trim().toLowerCase()).filter(Boolean),
    locale: input.locale ?? 'en',
    published: input.published ?? true,
  };
}

/** The help articles the bot answers from, and retrieval over them. */
@Injectable()
export class KnowledgeService {
  constructor(
    private readonly repository: KnowledgeRepository,
    private readonly index: KnowledgeIndex,
    private readonly audit: AuditService,
  ) {}

  search(question: string, limit = 5): Promise<RetrievedPassage[]> {
    return this.index.search(question, limit);
  }

  async list(query: ArticleListQueryDto): Promise<Page<KnowledgeArticleRow>> {
    const afterId = query.cursor ? decodeCursor(query.cursor, ['uuid'] as const)[0] : undefined;
    const rows = await this.repository.list({ limit: query.limit, afterId, published: query.published, locale: query.locale, search: query.q });
    return toPage(rows, query.limit, (row) => [row.id]);
  }

  async get(id: string): Promise<KnowledgeArticleRow> {
    const row = await this.repository.findById(id);
    if (!row) throw AppException.notFound('The article');
    return row;
  }

  async create(actor: AuthenticatedUser, request: CreateArticleDto, ip: string | null): Promise<KnowledgeArticleRow> {
    const row = await this.repository.insert(normalise(request));
    if (!row) throw new AppException('CONFLICT', 'An article with this slug exists already');
    this.index.invalidate();
    await this.audit.record({ action: 'knowledge.create', actorId: actor.id, target: row.id, ip, details: { slug: row.slug } });
    return row;
  }

  async update(actor: AuthenticatedUser, id: string, request: UpdateArticleDto, ip: string | null): Promise<KnowledgeArticleRow> {
    const row = await this.repository.update(id, request);
    if (row === 'conflict') throw new AppException('CONFLICT', 'An article with this slug exists already');
    if (!row) throw AppException.notFound('The article');
    this.index.invalidate();
    await this.audit.record({ action: 'knowledge.update', actorId: actor.id, target: id, ip, details: { changed: Object.keys(request) } });
    return row;
  }

  async delete(actor: AuthenticatedUser, id: string, ip: string | null): Promise<void> {
    if (!(await this.repository.delete(id))) throw AppException.notFound('The article');
    this.index.invalidate();
    await this.audit.record({ action: 'knowledge.delete', actorId: actor.id, target: id, ip });
  }

  /** Adds new articles and replaces those whose slug is known; used by the API, the CLI and the sample. */
  async import(articles: readonly ArticleInput[], actorId: string | null, ip: string | null = null): Promise<{ created: number; updated: number }> {
    let created = 0;
    for (const article of articles) {
      if ((await this.repository.upsertBySlug(normalise(article))).created) created += 1;
    }
    this.index.invalidate();
    const result = { created, updated: articles.length - created };
    await this.audit.record({ action: 'knowledge.import', actorId, target: null, ip, details: result });
    return result;
  }

  isEmpty(): Promise<boolean> {
    return this.repository.count().then((total) => total === 0);
  }
}
