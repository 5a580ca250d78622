import type { ParamMap, Params } from '@angular/router';
import { SESSION_STATUSES, type SessionStatus } from '@parley/contracts';
import type { SessionExportFiltersDto } from '../core/api/parley-api.generated';
import { dayEndIso, dayStartIso } from '../shared/time';

/** The list's filters as the screen holds them: `from` / `to` are `<input type=date>` days. */
export interface SessionFilters {
  status: SessionStatus | '';
  agentId: string;
  from: string;
  to: string;
  q: string;
}

export const NO_SESSION_FILTERS: SessionFilters = { status: '', agentId: '', from: '', to: '', q: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isStatus(value: string | null): value is SessionStatus {
  return value !== null && (SESSION_STATUSES as readonly string[]).includes(value);
}

/** Reads the filters from the URL; a hand-edited or stale value falls back to "any". */
export function filtersFromParams(params: ParamMap): SessionFilters {
  const status = params.get('status');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    status: isStatus(status) ? status : '',
    agentId: params.get('agent') ?? '',
    from: DAY.test(from) ? from : '',
    to: DAY.test(to) ? to : '',
    q: params.get('q') ?? '',
  };
}

/** The URL form of the filters; `null` removes a parameter, so an empty filter leaves no trace. */
export function filtersToParams(filters: SessionFilters): Params {
  return {
    status: filters.status || null,
    agent: filters.agentId || null,
    from: filters.from || null,
    to: filters.to || null,
    q: filters.q.trim() || null,
  };
}

/** The API's form, shared by the list and the export so both always select the same sessions. */
export function toApiFilters(filters: SessionFilters): SessionExportFiltersDto {
  return {
    status: filters.status || undefined,
    agentId: filters.agentId || undefined,
    from: dayStartIso(filters.from),
    to: dayEndIso(filters.to),
    q: filters.q.trim() || undefined,
  };
}

export function sameFilters(a: SessionFilters, b: SessionFilters): boolean {
  return a.status === b.status && a.agentId === b.agentId && a.from === b.from && a.to === b.to && a.q === b.q;
}
