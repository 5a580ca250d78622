import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { MessageSource, ResponseType } from '@parley/contracts';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import type { AnswerTurn, Answerer, ReplyStream } from '../chat/answerer';
import { KnowledgeService } from '../knowledge/knowledge.service';
import type { MessageRow } from '../messages/messages.schema';
import { AnswerLog } from './answer-log';
import { AnswerGenerator, ConversationTurn, RetrievedPassage } from './ai.types';
import { botLines } from './bot-lines';
import { smallTalk } from './small-talk';
import { generatedConfidence, retrievalSignals } from './confidence';
import { asksForHuman } from './handoff-phrases';
import { LocalAnswerer } from './local/local-answerer';

const PASSAGES = 5;
const HISTORY = 10;
/** Answers this little above the hand-off threshold are given, but two in a row bring in a human. */
const DOUBT_MARGIN = 0.15;

interface Draft {
  text: string;
  confidence: number;
  responseType: Exclude<ResponseType, 'handoff'>;
  model: string | null;
  tokens: number | null;
  sources: MessageSource[];
  needsHuman: boolean;
  stream: ReplyStream | null;
}

function toSources(passages: readonly RetrievedPassage[]): MessageSource[] {
  const seen = new Set<string>();
  return passages
    .filter((passage) => !seen.has(passage.articleId) && seen.add(passage.articleId))
    .map((passage) => ({ articleId: passage.articleId, title: passage.title }));
}

function toTurns(history: readonly MessageRow[]): ConversationTurn[] {
  return history
    .filter((message) => message.sender !== 'system')
    .map((message) => ({ role: message.sender as ConversationTurn['role'], text: message.text }));
}

/**
 * The bot: retrieves passages, answers with Gemini when configured and the local extractive
 * answerer otherwise or when Gemini fails, logs every answer, and hands the visitor to a human when
 * asked, when unsure, when unsure twice in a row, or when answering fails altogether.
 */
@Injectable()
export class AiAnswerer implements Answerer {
  private readonly logger = new Logger('AiAnswerer');

  constructor(
    private readonly knowledge: KnowledgeService,
    private readonly local: LocalAnswerer,
    private readonly log: AnswerLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly generator?: AnswerGenerator,
  ) {}

  async answer(turn: AnswerTurn): Promise<void> {
    const question = turn.message.text;
    const lines = botLines(turn.session.language);
    if (asksForHuman(question)) return turn.handOff();
    // "Hi" or "thanks" is no question for the help center: searching it would find nothing and hand
    // a visitor who only said hello to a person. It is not an answer either, so it is not logged.
    const talk = smallTalk(question);
    if (talk) {
      await turn.reply(lines[talk]());
      return;
    }
    const started = Date.now();
    let draft: Draft;
    let history: MessageRow[];
    try {
      history = await turn.history(HISTORY);
      const passages = await this.knowledge.search(question, PASSAGES);
      draft = await this.draft(turn, question, passages, toTurns(history));
    } catch (error) {
      this.logger.error({ err: error, sessionId: turn.session.id }, 'Answering failed; handing over to a human');
      await turn.reply(lines.failed());
      return turn.handOff();
    }
    const base = { sessionId: turn.session.id, question, latencyMs: Date.now() - started, tokens: draft.tokens, model: draft.model, sources: draft.sources };
    const threshold = this.config.ai.handoffThreshold;

    if (!draft.text || draft.needsHuman || draft.confidence < threshold) {
      // A streamed answer was already seen: keep it as said, then hand over.
      const message = draft.stream ? await draft.stream.finish(draft.text || lines.noAnswer(), { confidence: draft.confidence, sources: draft.sources }) : await turn.reply(lines.noAnswer());
      await this.log.record({ ...base, messageId: message.id, answer: draft.text, confidence: draft.confidence, responseType: 'handoff' });
      return turn.handOff();
    }

    const details = { confidence: draft.confidence, sources: draft.sources };
    const message = draft.stream ? await draft.stream.finish(draft.text, details) : await turn.reply(draft.text, details);
    await this.log.record({ ...base, messageId: message.id, answer: draft.text, confidence: draft.confidence, responseType: draft.responseType });
    if (this.isDoubtful(draft.confidence) && this.isDoubtful(lastBotConfidence(history))) {
      await turn.reply(lines.doubtful());
      await turn.handOff();
    }
  }

  private isDoubtful(confidence: number | null): boolean {
    return confidence !== null && confidence < this.config.ai.handoffThreshold + DOUBT_MARGIN;
  }

  /** Gemini first when there is one; the local answerer when there is none or it fails. */
  private async draft(turn: AnswerTurn, question: string, passages: RetrievedPassage[], history: ConversationTurn[]): Promise<Draft> {
    const signals = retrievalSignals(question, passages);
    let stream: ReplyStream | null = null;
    if (this.generator && passages.length > 0) {
      try {
        const generated = await this.generator.generate({
          question,
          passages,
          history,
          locale: turn.session.language ?? undefined,
          onDelta: (delta) => (stream ??= turn.stream()).push(delta),
        });
        return {
          text: generated.text.trim(),
          confidence: generatedConfidence(generated.selfConfidence, signals, generated.text, passages),
          responseType: 'ai',
          model: generated.model,
          tokens: generated.usage?.total ?? null,
          sources: toSources(passages.slice(0, 3)),
          needsHuman: generated.needsHuman,
          stream,
        };
      } catch (error) {
        this.logger.warn({ err: error, sessionId: turn.session.id }, 'Gemini failed; answering from the knowledge base');
      }
    }
    const local = this.local.answer(question, passages);
    return {
      text: local.text,
      confidence: local.confidence,
      responseType: 'fallback',
      model: null,
      tokens: null,
      sources: local.source ? toSources([local.source]) : [],
      needsHuman: false,
      stream,
    };
  }
}

function lastBotConfidence(history: readonly MessageRow[]): number | null {
  const lastBot = [...history].reverse().find((message) => message.sender === 'bot');
  return lastBot?.confidence ?? null;
}
