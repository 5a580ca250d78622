import type { AccuracyEntry } from '../accuracy/accuracy.service';

/**
 * Where every bot answer is logged so its quality can be measured: the accuracy log. An abstract
 * class so the answerer's unit tests can keep the entries in memory.
 */
export abstract class AnswerLog {
  abstract record(entry: AccuracyEntry): Promise<string>;
}
