// The 台账's data: every live meeting with its issues (one readonly transaction), the choices each
// filter offers (from the data), and the rows the current filter lists.
import { useLiveQuery } from 'dexie-react-hooks';
import { useLayoutEffect, useMemo } from 'react';
import {
  filterLedgerIndex,
  indexLedger,
  type LedgerFilter,
} from '../../../shared/docs/ledger-filter';
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
  const choices = useMemo(() => ledgerChoices(bundles ?? []), [bundles]);
  // Sorted, with each row's search text, once per read: a change of the filter only compares.
  const index = useMemo(() => indexLedger(bundles ?? []), [bundles]);
  // Not deferred: over the index a change is a few milliseconds of comparing, and deferring it
  // drew the list a frame later (ledger-bench p95 55–68 → 43–45 ms when the deferral went).
  const rows = useMemo(() => filterLedgerIndex(index, filter, today), [index, filter, today]);
  const total = useMemo(() => (bundles ?? []).reduce((n, b) => n + b.issues.length, 0), [bundles]);
  useLayoutEffect(() => {
    // The benchmark's end point (test/bench/ledger-bench.ts): the list for this filter is
    // committed, marked before the browser paints it (a passive effect may run a frame later).
    if (bundles === undefined) return;
    performance.clearMarks('ledger-rows');
    performance.mark('ledger-rows', { detail: JSON.stringify(filter) });
  }, [bundles, filter]);
  return { loading: bundles === undefined, rows, total, choices };
}
