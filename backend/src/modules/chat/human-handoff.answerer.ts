import { Injectable } from '@nestjs/common';
import type { AnswerTurn, Answerer } from './answerer';

/** The answerer of a desk without a bot: every conversation goes straight to the human queue. */
@Injectable()
export class HumanHandoffAnswerer implements Answerer {
  answer(turn: AnswerTurn): Promise<void> {
    return turn.handOff();
  }
}
