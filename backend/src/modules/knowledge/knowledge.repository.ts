import { Inject, Injectable } from '@nestjs/common';
import { and, count, desc, eq, ilike, lt, max, or } from 'drizzle-orm';
import { DATABASE, Database } from '../../database/database.types';
import { escapeLike, isUniqueViolation } from '../../database/sql-helpers';
import { KnowledgeArticleRow, NewKnowledgeArticleRow, knowledgeArticles } from './knowledge.schema';

export interface ArticleListFilter {
  limit: number;
  afterId?: string;
  published?: boolean;
  locale?: string;
  search?: string;
}

export type ArticlePatch = Partial<Pick<KnowledgeArticleRow, 'slug' | 'title' | 'body' | 'tags' | 'locale' | 'published'>>;

/** What changes whenever an article is added, edited or removed: the index compares it. */
export interface KnowledgeFingerprint {
  count: number;
  lastUpdate: string | null;
}

@Injectable()
export class KnowledgeRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async list(filter: ArticleListFilter): Promise<KnowledgeArticleRow[]> {
    const pattern = filter.search ? `%${escapeLike(filter.search)}%` : undefined;
    return this.db
      .select()
      .from(knowledgeArticles)
      .where(
        and(
          filter.afterId ? lt(knowledgeArticles.id, filter.afterId) : undefined,
          filter.published === undefined ? undefined : eq(knowledgeArticles.published, filter.published),
          filter.locale ? eq(knowledgeArticles.locale, filter.locale) : undefined,
          pattern ? or(ilike(knowledgeArticles.title, pattern), ilike(knowledgeArticles.body, pattern)) : undefined,
        ),
      )
      .orderBy(desc(knowledgeArticles.id))
      .limit(filter.limit + 1);
  }

  listPublished(): Promise<KnowledgeArticleRow[]> {
    return this.db.select().from(knowledgeArticles).where(eq(knowledgeArticles.published, true));
  }

  async findById(id: string): Promise<KnowledgeArticleRow | undefined> {
    const [row] = await this.db.select().from(knowledgeArticles).where(eq(knowledgeArticles.id, id));
    return row;
  }

  /** Inserts; resolves undefined when the slug is taken. */
  async insert(article: NewKnowledgeArticleRow): Promise<KnowledgeArticleRow | undefined> {
    const [row] = await this.db.insert(knowledgeArticles).values(article).onConflictDoNothing().returning();
    return row;
  }

  /** Inserts or, for a known slug, replaces: importing the same file twice changes nothing. */
  async upsertBySlug(article: NewKnowledgeArticleRow): Promise<{ row: KnowledgeArticleRow; created: boolean }> {
    const existing = await this.db.select({ id: knowledgeArticles.id }).from(knowledgeArticles).where(eq(knowledgeArticles.slug, article.slug));
    const [row] = await this.db
      .insert(knowledgeArticles)
      .values(article)
      .onConflictDoUpdate({
        target: knowledgeArticles.slug,
        set: { title: article.title, body: article.body, tags: article.tags, locale: article.locale, published: article.published, updatedAt: new Date() },
      })
      .returning();
    return { row: row as KnowledgeArticleRow, created: existing.length === 0 };
  }

  /** Updates; resolves undefined for an unknown id, 'conflict' when the new slug is taken. */
  async update(id: string, patch: ArticlePatch): Promise<KnowledgeArticleRow | undefined | 'conflict'> {
    try {
      const [row] = await this.db
        .update(knowledgeArticles)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(knowledgeArticles.id, id))
        .returning();
      return row;
    } catch (error) {
      if (isUniqueViolation(error)) return 'conflict';
      throw error;
    }
  }

  async delete(id: string): Promise<boolean> {
    const rows = await this.db.delete(knowledgeArticles).where(eq(knowledgeArticles.id, id)).returning({ id: knowledgeArticles.id });
    return rows.length === 1;
  }

  async count(): Promise<number> {
    const [row] = await this.db.select({ total: count() }).from(knowledgeArticles);
    return row?.total ?? 0;
  }

  async fingerprint(): Promise<KnowledgeFingerprint> {
    const [row] = await this.db.select({ total: count(), last: max(knowledgeArticles.updatedAt) }).from(knowledgeArticles);
    return { count: row?.total ?? 0, lastUpdate: row?.last ? new Date(row.last).toISOString() : null };
  }
}
