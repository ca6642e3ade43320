// The hash routes read back what they write, the 村民名册 page among them.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../renderer/app/router';

describe('routes', () => {
  it('reads #/roster as the 村民名册 page and writes it back', () => {
    expect(parseRoute('#/roster')).toEqual({ page: 'roster' });
    expect(routeHref({ page: 'roster' })).toBe('#/roster');
    expect(parseRoute('#/roster/%E5%BC%A0%E4%B8%89')).toEqual({ page: 'roster', name: '张三' });
  });

  it("reads #/persons/<id> as one villager's history", () => {
    expect(parseRoute('#/persons/p-1')).toEqual({ page: 'person', personId: 'p-1' });
    expect(routeHref({ page: 'person', personId: 'p-1' })).toBe('#/persons/p-1');
    // No id: nobody to show, the home page.
    expect(parseRoute('#/persons')).toEqual({ page: 'home' });
  });

  it('round-trips every page', () => {
    const routes: Route[] = [
      { page: 'home' },
      { page: 'ledger' },
      { page: 'roster' },
      { page: 'roster', name: '单𡒄花' },
      { page: 'roster', name: 'a/b c' },
      { page: 'statistics' },
      { page: 'exchange' },
      { page: 'settings' },
      { page: 'conflicts' },
      { page: 'meeting', meetingId: 'm1' },
      { page: 'confirm', meetingId: 'm1' },
      { page: 'follow-up', issueId: 'i1' },
      { page: 'person', personId: 'p1' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('takes an unknown hash for the home page', () => {
    expect(parseRoute('#/rosters-old')).toEqual({ page: 'home' });
  });
});
