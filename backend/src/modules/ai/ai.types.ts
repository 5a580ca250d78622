/** A passage of the knowledge base found for a question. */
export interface RetrievedPassage {
  articleId: string;
  title: string;
  heading: string;
  text: string;
  /** The retrieval score (BM25): comparable only within one search. */
  score: number;
}

export interface ConversationTurn {
  role: 'visitor' | 'bot' | 'agent';
  text: string;
}

export interface GenerationRequest {
  question: string;
  passages: RetrievedPassage[];
  /** The recent conversation before the question, oldest first. */
  history: ConversationTurn[];
  /** The session's language tag (the language the widget shows), a hint beside the question's own. */
  locale?: string;
  /** Called with each piece of the answer as it streams in. */
  onDelta?: (delta: string) => void;
}

export interface TokenUsage {
  prompt: number;
  completion: number;
  total: number;
}

/** What a language model made of a question and its passages. */
export interface GeneratedAnswer {
  text: string;
  /** The model's own assessment of how well the passages support the answer, in [0, 1]. */
  selfConfidence: number;
  /** The model says a human should take over. */
  needsHuman: boolean;
  usage: TokenUsage | null;
  model: string;
}

/**
 * A language model that answers from passages. It throws when it cannot answer (timeout, quota,
 * outage, garbage): the caller then falls back to the local answerer.
 */
export abstract class AnswerGenerator {
  abstract generate(request: GenerationRequest): Promise<GeneratedAnswer>;
}
