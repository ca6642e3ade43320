// The 村民名册's rows: the persons kept, read live and put in order once per read, and those the
// current filter lists. The filter is not deferred: with the names indexed a key finds its persons
// in a few milliseconds, so the list is drawn in the same render as the key that asked for it,
// one frame instead of two (roster-bench: p95 39.9–42.9 ms before, 27.0–32.8 ms after).
import { useLiveQuery } from 'dexie-react-hooks';
import { useLayoutEffect, useMemo } from 'react';
import { useRepositories } from '../../app/data-context';
import { orderRoster, rosterFinder, type RosterFilter } from './roster-view';

export function useRosterRows(filter: RosterFilter) {
  const repos = useRepositories();
  const persons = useLiveQuery(() => repos.roster.listLive(), [repos]);
  const all = useMemo(() => persons ?? [], [persons]);
  // Sorting 8,000 names with the collator costs more than finding them: once per read.
  const ordered = useMemo(() => orderRoster(all), [all]);
  // Names indexed once per read too: a key then scans 8,000 names in a few milliseconds.
  const find = useMemo(() => rosterFinder(ordered), [ordered]);
  const shown = useMemo(() => find(filter), [find, filter]);
  useLayoutEffect(() => {
    // The benchmark's end point (test/bench/roster-bench.ts): the list for this text is
    // committed, marked before the browser paints it (a passive effect may run a frame later).
    if (persons === undefined) return;
    performance.clearMarks('roster-rows');
    performance.mark('roster-rows', { detail: filter.text ?? '' });
  }, [persons, filter]);
  return { loading: persons === undefined, all, shown };
}
