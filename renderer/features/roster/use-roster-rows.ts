// The 村民名册's rows: the persons kept, read live and put in order once per read, and those the
// current filter lists. Typing in the search box stays responsive: the list follows the deferred
// filter, as soon as React has time.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useLayoutEffect, useMemo } from 'react';
import { useRepositories } from '../../app/data-context';
import { orderRoster, rosterFinder, type RosterFilter } from './roster-view';

export function useRosterRows(filter: RosterFilter) {
  const repos = useRepositories();
  const persons = useLiveQuery(() => repos.roster.listLive(), [repos]);
  const deferred = useDeferredValue(filter);
  const all = useMemo(() => persons ?? [], [persons]);
  // Sorting 8,000 names with the collator costs more than finding them: once per read.
  const ordered = useMemo(() => orderRoster(all), [all]);
  // Names indexed once per read too: a key then scans 8,000 names in a few milliseconds.
  const find = useMemo(() => rosterFinder(ordered), [ordered]);
  const shown = useMemo(() => find(deferred), [find, deferred]);
  useLayoutEffect(() => {
    // The benchmark's end point (test/bench/roster-bench.ts): the list for this text is
    // committed, marked before the browser paints it (a passive effect may run a frame later).
    if (persons === undefined) return;
    performance.clearMarks('roster-rows');
    performance.mark('roster-rows', { detail: deferred.text ?? '' });
  }, [persons, deferred]);
  return { loading: persons === undefined, all, shown, deferred };
}
