import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from '../../common/ids';

/** Help articles the bot answers from; the body is Markdown, chunked by heading for retrieval. */
export const knowledgeArticles = pgTable(
  'knowledge_articles',
  {
    id: uuid('id').primaryKey().$defaultFn(uuidv7),
    /** Stable name for imports: importing an article with a known slug updates it. */
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    locale: text('locale').notNull().default('en'),
    published: boolean('published').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('knowledge_articles_slug_idx').on(table.slug), index('knowledge_articles_published_idx').on(table.published)],
);

export type KnowledgeArticleRow = typeof knowledgeArticles.$inferSelect;
export type NewKnowledgeArticleRow = typeof knowledgeArticles.$inferInsert;
