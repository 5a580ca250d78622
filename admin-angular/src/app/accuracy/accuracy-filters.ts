import type { AccuracyRecordDto, ParleyApi } from '../core/api/parley-api.generated';
import { dayEndIso, dayStartIso } from '../shared/time';

type ListQuery = NonNullable<Parameters<ParleyApi['accuracyList']>[0]>;
export type ResponseType = AccuracyRecordDto['responseType'];
export type HumanMark = NonNullable<AccuracyRecordDto['humanMark']>;
export type Evaluation = NonNullable<AccuracyRecordDto['evaluation']>;

/**
 * The answers list's filters as the form holds them: `<input type=date>` days, confidence as
 * typed text, and '' for "any".
 */
export interface AccuracyFilters {
  from: string;
  to: string;
  responseType: ResponseType | '';
  minConfidence: string;
  maxConfidence: string;
  humanMark: HumanMark | 'none' | '';
  evaluation: Evaluation | 'none' | '';
}

export const NO_FILTERS: AccuracyFilters = { from: '', to: '', responseType: '', minConfidence: '', maxConfidence: '', humanMark: '', evaluation: '' };

export const RESPONSE_TYPE_LABELS: Record<ResponseType, string> = { ai: 'AI', fallback: 'Fallback', handoff: 'Handoff' };
export const MARK_LABELS: Record<HumanMark, string> = { helpful: 'Helpful', unhelpful: 'Unhelpful' };
export const EVALUATION_LABELS: Record<Evaluation, string> = { correct: 'Correct', partially_correct: 'Partially correct', incorrect: 'Incorrect' };

/** '' stays unset; anything that is not a number is left for the form to flag, not sent. */
function confidence(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

export function toListQuery(filters: AccuracyFilters): Omit<ListQuery, 'cursor' | 'limit'> {
  return {
    from: dayStartIso(filters.from),
    to: dayEndIso(filters.to),
    responseType: filters.responseType || undefined,
    minConfidence: confidence(filters.minConfidence),
    maxConfidence: confidence(filters.maxConfidence),
    humanMark: filters.humanMark || undefined,
    evaluation: filters.evaluation || undefined,
  };
}

/** What is wrong with the filters before asking the server; null when they can be sent. */
export function filtersProblem(filters: AccuracyFilters): string | null {
  for (const [label, text] of [
    ['Min confidence', filters.minConfidence],
    ['Max confidence', filters.maxConfidence],
  ] as const) {
    if (text.trim() === '') continue;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0 || value > 1) return `${label} must be a number from 0 to 1.`;
  }
  const min = confidence(filters.minConfidence);
  const max = confidence(filters.maxConfidence);
  if (min !== undefined && max !== undefined && min > max) return 'Min confidence must not be above Max confidence.';
  if (filters.from && filters.to && filters.from > filters.to) return 'From must be on or before To.';
  return null;
}

export function formatConfidence(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(2);
}

export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 1000) / 10}%`;
}
