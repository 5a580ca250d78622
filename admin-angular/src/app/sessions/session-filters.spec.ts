import { convertToParamMap } from '@angular/router';
import { NO_SESSION_FILTERS, filtersFromParams, filtersToParams } from './session-filters';
import { visitorLabel } from './session-format';

describe('session filters in the URL', () => {
  it('survive a round trip through the query parameters', () => {
    const filters = { status: 'agent_assigned', agentId: 'a1', from: '2026-03-01', to: '2026-03-02', q: 'acme' } as const;
    const params = filtersToParams(filters);
    expect(params).toEqual({ status: 'agent_assigned', agent: 'a1', from: '2026-03-01', to: '2026-03-02', q: 'acme' });
    expect(filtersFromParams(convertToParamMap(params))).toEqual(filters);
  });

  it('drop empty filters from the URL', () => {
    expect(Object.values(filtersToParams(NO_SESSION_FILTERS)).every((value) => value === null)).toBe(true);
  });

  it('ignore a hand-edited status or date instead of sending it', () => {
    expect(filtersFromParams(convertToParamMap({ status: 'sleeping', from: 'yesterday' }))).toEqual(NO_SESSION_FILTERS);
  });
});

describe('visitor label', () => {
  const base = { customer: null, userMeta: null };
  it('prefers the identity, then the meta', () => {
    expect(visitorLabel({ ...base, customer: { id: 'c', name: 'Ann', email: 'ann@x.io' } })).toBe('Ann <ann@x.io>');
    expect(visitorLabel({ ...base, customer: { id: 'c', email: 'ann@x.io' } })).toBe('ann@x.io');
    expect(visitorLabel({ ...base, userMeta: { plan: 'pro', page: '/pricing' } })).toBe('plan: pro, page: /pricing');
    expect(visitorLabel(base)).toBe('Anonymous visitor');
    expect(visitorLabel({ ...base, unreadable: true })).toBe('Unreadable (cannot be decrypted)');
  });
});
