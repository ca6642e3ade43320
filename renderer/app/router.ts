// Hash routes: they work the same under app://, a localhost preview and a reload.
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'home' }
  | { page: 'meeting'; meetingId: string }
  | { page: 'confirm'; meetingId: string }
  | { page: 'settings' }
  | { page: 'exchange' }
  | { page: 'conflicts' }
  | { page: 'ledger' }
  | { page: 'statistics' }
  /** The villagers, optionally found by a name (search from anywhere opens one this way). */
  | { page: 'roster'; name?: string }
  /** One villager's history: meetings attended, issues raised and what became of them. */
  | { page: 'person'; personId: string }
  | { page: 'follow-up'; issueId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'meetings' && parts[1]) {
    return parts[2] === 'confirm'
      ? { page: 'confirm', meetingId: parts[1] }
      : { page: 'meeting', meetingId: parts[1] };
  }
  if (parts[0] === 'issues' && parts[1]) return { page: 'follow-up', issueId: parts[1] };
  if (parts[0] === 'persons' && parts[1]) return { page: 'person', personId: parts[1] };
  if (parts[0] === 'settings') return { page: 'settings' };
  if (parts[0] === 'exchange') return { page: 'exchange' };
  if (parts[0] === 'conflicts') return { page: 'conflicts' };
  if (parts[0] === 'ledger') return { page: 'ledger' };
  if (parts[0] === 'statistics') return { page: 'statistics' };
  if (parts[0] === 'roster')
    return parts[1] ? { page: 'roster', name: decodeURIComponent(parts[1]) } : { page: 'roster' };
  return { page: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'exchange':
      return '#/exchange';
    case 'conflicts':
      return '#/conflicts';
    case 'ledger':
      return '#/ledger';
    case 'statistics':
      return '#/statistics';
    case 'roster':
      return route.name ? `#/roster/${encodeURIComponent(route.name)}` : '#/roster';
    case 'meeting':
      return `#/meetings/${route.meetingId}`;
    case 'confirm':
      return `#/meetings/${route.meetingId}/confirm`;
    case 'follow-up':
      return `#/issues/${route.issueId}`;
    case 'person':
      return `#/persons/${route.personId}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
