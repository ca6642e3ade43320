// The 台账's data: every live meeting with its issues (one readonly transaction), the choices each
// filter offers (from the data), and the rows the current filter lists.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { filterLedger, type LedgerFilter } from '../../../shared/docs/ledger-filter';
import type { MeetingBundle } from '../../../shared/domain/bundle';
import { useRepositories } from '../../app/data-context';

export type LedgerChoices = Record<'village' | 'group' | 'category' | 'unit' | 'owner', string[]>;

const sorted = (values: Iterable<string>) =>
  [...new Set([...values].map((v) => v.trim()).filter((v) => v !== ''))].sort((a, b) =>
    a.localeCompare(b, 'zh-CN'),
  );

export function ledgerChoices(bundles: readonly MeetingBundle[]): LedgerChoices {
  const issues = bundles.flatMap((b) => b.issues);
  return {
    village: sorted(bundles.map((b) => b.meeting.village)),
    group: sorted(bundles.map((b) => b.meeting.group)),
    category: sorted(issues.map((i) => i.category)),
    unit: sorted(issues.map((i) => i.unit)),
    owner: sorted(issues.map((i) => i.owner)),
  };
}

export function useLedgerRows(filter: LedgerFilter, today: string) {
  const repos = useRepositories();
  const bundles = useLiveQuery(() => repos.meetings.loadLedgerBundles(false), [repos]);
  // Typing in the search box stays responsive: the list follows as soon as React has time.
  const deferred = useDeferredValue(filter);
  const choices = useMemo(() => ledgerChoices(bundles ?? []), [bundles]);
  const rows = useMemo(
    () => filterLedger(bundles ?? [], deferred, today),
    [bundles, deferred, today],
  );
  const total = useMemo(() => (bundles ?? []).reduce((n, b) => n + b.issues.length, 0), [bundles]);
  return { loading: bundles === undefined, rows, total, choices };
}
