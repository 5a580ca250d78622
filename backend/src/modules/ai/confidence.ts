import { meaningfulTerms } from '../knowledge/search-terms';
import type { RetrievedPassage } from './ai.types';

/** The score at which retrieval strength is half-way to certain: measured on the sample knowledge base, where right matches score 45–300 (median 165) and off-topic ones 3–90. */
const STRENGTH_MIDPOINT = 60;

export interface RetrievalSignals {
  /** Share of the question's meaningful terms found in the best passage (its title and heading included). */
  coverage: number;
  /** How far the best passage leads the best passage of any other article, relative to its score. */
  margin: number;
  /** The best score squashed into [0, 1). */
  strength: number;
}

function stem(term: string): string {
  return term.length > 5 ? term.slice(0, 5) : term;
}

/** Share of `terms` that occur in `text`, comparing word stems so "refunds" matches "refund". */
export function termOverlap(terms: readonly string[], text: string): number {
  if (terms.length === 0) return 0;
  const present = new Set(meaningfulTerms(text).map(stem));
  return terms.filter((term) => present.has(stem(term))).length / terms.length;
}

export function retrievalSignals(question: string, passages: readonly RetrievedPassage[]): RetrievalSignals {
  const [best] = passages;
  const terms = meaningfulTerms(question);
  if (!best || terms.length === 0) return { coverage: 0, margin: 0, strength: 0 };
  const rival = passages.find((passage) => passage.articleId !== best.articleId)?.score ?? 0;
  return {
    coverage: termOverlap(terms, `${best.title} ${best.heading} ${best.text}`),
    margin: best.score > 0 ? Math.max(0, (best.score - rival) / best.score) : 0,
    strength: best.score / (best.score + STRENGTH_MIDPOINT),
  };
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** Confidence of an extractive answer: see docs/ai.md for the formula and why. */
export function localConfidence(signals: RetrievalSignals): number {
  return clamp(0.55 * signals.coverage + 0.25 * signals.strength + 0.2 * signals.margin);
}

/**
 * Confidence of a generated answer: the model's self-assessment weighed against evidence it cannot
 * inflate, namely how well retrieval supports the question and how much of the answer's wording
 * comes from the passages.
 */
export function generatedConfidence(selfConfidence: number, signals: RetrievalSignals, answer: string, passages: readonly RetrievedPassage[]): number {
  const grounding = termOverlap(meaningfulTerms(answer), passages.map((passage) => `${passage.title} ${passage.heading} ${passage.text}`).join(' '));
  return clamp(0.4 * clamp(selfConfidence) + 0.3 * localConfidence(signals) + 0.3 * grounding);
}
