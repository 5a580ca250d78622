import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_KNOWLEDGE_DIR, readArticleFolder } from '../../knowledge/article-files';
import { KnowledgeIndex } from '../../knowledge/knowledge-index';
import type { KnowledgeRepository } from '../../knowledge/knowledge.repository';
import type { KnowledgeArticleRow } from '../../knowledge/knowledge.schema';
import { LocalAnswerer } from './local-answerer';

interface SampleQuestion {
  question: string;
  article: string | null;
  section: string | null;
}

const THRESHOLD = 0.55;
const questions: SampleQuestion[] = JSON.parse(readFileSync(join(SAMPLE_KNOWLEDGE_DIR, 'questions.json'), 'utf8'));

/** The sample knowledge base, served by a typed in-memory stand-in for the repository. */
function sampleIndex(): KnowledgeIndex {
  const now = new Date();
  const rows: KnowledgeArticleRow[] = readArticleFolder(SAMPLE_KNOWLEDGE_DIR).map((article) => ({
    ...article,
    id: article.slug,
    createdAt: now,
    updatedAt: now,
  }));
  const repository: Pick<KnowledgeRepository, 'fingerprint' | 'listPublished'> = {
    fingerprint: async () => ({ count: rows.length, lastUpdate: now.toISOString() }),
    listPublished: async () => rows,
  };
  return new KnowledgeIndex(repository as KnowledgeRepository);
}

describe('local answerer over the sample knowledge base', () => {
  const index = sampleIndex();
  const answerer = new LocalAnswerer();

  async function ask(question: string) {
    const passages = await index.search(question, 5);
    return { passages, answer: answerer.answer(question, passages) };
  }

  it('finds the right article first for most sample questions', async () => {
    const answerable = questions.filter((entry) => entry.article);
    let articleHits = 0;
    let sectionHits = 0;
    for (const entry of answerable) {
      const { passages } = await ask(entry.question);
      if (passages[0]?.articleId === entry.article?.replace(/\.md$/, '')) articleHits += 1;
      if (passages[0]?.heading === entry.section) sectionHits += 1;
    }
    const articleRate = articleHits / answerable.length;
    const sectionRate = sectionHits / answerable.length;
    console.warn(`retrieval over ${answerable.length} questions: article ${(articleRate * 100).toFixed(1)}%, section ${(sectionRate * 100).toFixed(1)}%`);
    expect(articleRate).toBeGreaterThanOrEqual(0.8);
    expect(sectionRate).toBeGreaterThanOrEqual(0.6);
  });

  it('is confident on answered questions and hands off what the knowledge base does not cover', async () => {
    const answered: number[] = [];
    const unanswered: number[] = [];
    let confident = 0;
    let confidentAndRight = 0;
    for (const entry of questions) {
      const { answer } = await ask(entry.question);
      (entry.article ? answered : unanswered).push(answer.confidence);
      if (answer.confidence >= THRESHOLD) {
        confident += 1;
        if (answer.source?.articleId === entry.article?.replace(/\.md$/, '')) confidentAndRight += 1;
      }
    }
    const precision = confidentAndRight / confident;
    console.warn(`answers given (confidence ≥ ${THRESHOLD}) from the right article: ${(precision * 100).toFixed(1)}%`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    const share = (values: number[], test: (value: number) => boolean) => values.filter(test).length / values.length;
    const answeredAbove = share(answered, (value) => value >= THRESHOLD);
    const unansweredBelow = share(unanswered, (value) => value < THRESHOLD);
    console.warn(`confidence: ${(answeredAbove * 100).toFixed(1)}% of answerable questions ≥ ${THRESHOLD}, ${(unansweredBelow * 100).toFixed(1)}% of off-topic ones below`);
    expect(answeredAbove).toBeGreaterThanOrEqual(0.7);
    expect(unansweredBelow).toBeGreaterThanOrEqual(0.7);
  });

  it('answers a billing question with the passage that says it, and a greeting with nothing', async () => {
    const { answer } = await ask('How do I get a refund?');
    expect(answer.source?.articleId).toMatch(/refund/);
    expect(answer.text.length).toBeGreaterThan(40);
    expect((await ask('hello')).answer.confidence).toBeLessThan(THRESHOLD);
  });
});
