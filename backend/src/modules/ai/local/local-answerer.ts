import { Injectable } from '@nestjs/common';
import type { RetrievedPassage } from '../ai.types';
import { localConfidence, retrievalSignals } from '../confidence';

const MAX_ANSWER_LENGTH = 900;

export interface LocalAnswer {
  text: string;
  confidence: number;
  /** The passage the answer comes from, or none when retrieval found nothing. */
  source: RetrievedPassage | null;
}

/** Cuts at a paragraph, else a sentence, so an answer never ends mid-word. */
function trimAnswer(text: string): string {
  if (text.length <= MAX_ANSWER_LENGTH) return text;
  const cut = text.slice(0, MAX_ANSWER_LENGTH);
  const paragraph = cut.lastIndexOf('\n\n');
  if (paragraph > MAX_ANSWER_LENGTH / 3) return cut.slice(0, paragraph).trim();
  const sentence = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.\n'));
  return sentence > MAX_ANSWER_LENGTH / 3 ? cut.slice(0, sentence + 1).trim() : `${cut.trim()}…`;
}

/**
 * Answers without a language model: the best retrieved passage, quoted, with a confidence computed
 * from how well it matches the question. Used when no Gemini key is set and whenever Gemini fails.
 */
@Injectable()
export class LocalAnswerer {
  answer(question: string, passages: readonly RetrievedPassage[]): LocalAnswer {
    const [best] = passages;
    if (!best) return { text: '', confidence: 0, source: null };
    return { text: trimAnswer(best.text), confidence: localConfidence(retrievalSignals(question, passages)), source: best };
  }
}
