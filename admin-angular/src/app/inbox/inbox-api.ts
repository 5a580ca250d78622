import { Injectable, inject } from '@angular/core';
import type { SessionDto, StaffMessageDto } from '@parley/contracts';
import { firstValueFrom } from 'rxjs';
import { ParleyApi } from '../core/api/parley-api.generated';
import { allPages } from './inbox-state';

const PAGE = 100;

/** The REST reads of the inbox, as promises of whole lists (every page). */
@Injectable({ providedIn: 'root' })
export class InboxApi {
  private readonly api = inject(ParleyApi);

  assignedTo(agentId: string): Promise<SessionDto[]> {
    return allPages((cursor) => this.api.sessionsList({ agentId, status: 'agent_assigned', limit: PAGE, cursor }));
  }

  /** The first page of waiting sessions: enough to name the visitors in the queue. */
  async waiting(): Promise<SessionDto[]> {
    return (await firstValueFrom(this.api.sessionsList({ status: 'needs_human', limit: PAGE }))).items;
  }

  session(sessionId: string): Promise<SessionDto> {
    return firstValueFrom(this.api.sessionsGet(sessionId));
  }

  history(sessionId: string): Promise<StaffMessageDto[]> {
    return allPages((cursor) => this.api.sessionsMessages(sessionId, { limit: PAGE, cursor }));
  }
}
