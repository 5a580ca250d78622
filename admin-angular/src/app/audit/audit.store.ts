import { Injectable, inject } from '@angular/core';
import { ParleyApi, type AuditEntryDto } from '../core/api/parley-api.generated';
import { keysetPager } from '../shared/keyset-pager';
import { dayEndIso, dayStartIso } from '../shared/time';

/** `from` / `to` are `<input type=date>` days. */
export interface AuditFilters {
  action: string;
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { action: '', from: '', to: '' };
export const AUDIT_PAGE_SIZE = 50;

/** The audit log's pages under the current filters. */
@Injectable()
export class AuditStore {
  private readonly api = inject(ParleyApi);

  readonly pager = keysetPager<AuditEntryDto, AuditFilters>(
    (filters, cursor) =>
      this.api.auditList({
        action: filters.action.trim() || undefined,
        from: dayStartIso(filters.from),
        to: dayEndIso(filters.to),
        cursor,
        limit: AUDIT_PAGE_SIZE,
      }),
    NO_AUDIT_FILTERS,
  );

  constructor() {
    this.pager.search(NO_AUDIT_FILTERS);
  }

  filter(patch: Partial<AuditFilters>): void {
    const next = { ...this.pager.filters(), ...patch };
    const current = this.pager.filters();
    if (next.action.trim() === current.action.trim() && next.from === current.from && next.to === current.to) return;
    this.pager.search(next);
  }
}
