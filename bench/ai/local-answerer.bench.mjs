// Answer latency of the local knowledge-base answerer (retrieval + extractive answer + confidence)
// over the sample knowledge base and its sample questions. Run: npm run bench:ai
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const dist = join(import.meta.dirname, '..', '..', 'dist', 'backend', 'src', 'modules');
const { SAMPLE_KNOWLEDGE_DIR, readArticleFolder } = require(join(dist, 'knowledge', 'article-files.js'));
const { KnowledgeIndex } = require(join(dist, 'knowledge', 'knowledge-index.js'));
const { LocalAnswerer } = require(join(dist, 'ai', 'local', 'local-answerer.js'));

const ROUNDS = 20;
const now = new Date();
const rows = readArticleFolder(SAMPLE_KNOWLEDGE_DIR).map((article) => ({ ...article, id: article.slug, createdAt: now, updatedAt: now }));
const questions = JSON.parse(readFileSync(join(SAMPLE_KNOWLEDGE_DIR, 'questions.json'), 'utf8')).map((entry) => entry.question);
// A repository stand-in: the benchmark measures retrieval and answering, not the database.
const index = new KnowledgeIndex({ fingerprint: async () => ({ count: rows.length, lastUpdate: now.toISOString() }), listPublished: async () => rows });
const answerer = new LocalAnswerer();

const buildStart = performance.now();
await index.search('warm up');
const buildMs = performance.now() - buildStart;

const samples = [];
for (let round = 0; round < ROUNDS; round += 1) {
  for (const question of questions) {
    const start = performance.now();
    answerer.answer(question, await index.search(question, 5));
    samples.push(performance.now() - start);
  }
}
samples.sort((a, b) => a - b);
const at = (share) => samples[Math.min(samples.length - 1, Math.floor(share * samples.length))];
const total = samples.reduce((sum, value) => sum + value, 0);

console.log(`local answerer over ${rows.length} articles (${index.chunkCount} passages), ${questions.length} questions x ${ROUNDS} rounds`);
console.log(`index build:  ${buildMs.toFixed(1)} ms`);
console.log(`median:       ${(at(0.5) * 1000).toFixed(0)} µs`);
console.log(`p90:          ${(at(0.9) * 1000).toFixed(0)} µs`);
console.log(`p99:          ${(at(0.99) * 1000).toFixed(0)} µs`);
console.log(`throughput:   ${((samples.length / total) * 1000).toFixed(0)} answers/s on one core`);
