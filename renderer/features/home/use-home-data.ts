// What the home screen shows, read live: one page of each meeting list for the search, and the
// 逾期 / 即将到期 summary. Changing the search goes back to the first page of both lists. The
// first screen's reads may already be under way (home-reads.ts, early-reads.ts).
import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { localIsoDate } from '../../../shared/domain/dates';
import type { MeetingList, MeetingPage, MeetingSearch } from '../../db/repositories/meetings';
import type { DueSummary } from '../../db/repositories/due';
import { useRepositories } from '../../app/data-context';
import { claimEarly } from '../../app/early-reads';
import { dueKey, pageKey, readPage } from './home-reads';

function useMeetingPage(list: MeetingList, search: MeetingSearch) {
  const repos = useRepositories();
  const key = JSON.stringify(search);
  const [paged, setPaged] = useState({ key, page: 1 });
  const page = paged.key === key ? paged.page : 1;
  const found = useObservable<MeetingPage | undefined>(
    () =>
      claimEarly<MeetingPage>(pageKey(list, search, page)) ??
      liveQuery(() => readPage(repos, list, search, page)),
    [repos, list, key, page],
  );
  // The same function while the search is the same, so the memoised table is left alone.
  const setPage = useCallback((next: number) => setPaged({ key, page: next }), [key]);
  return { found, page, setPage };
}

export function useHomeData(search: MeetingSearch) {
  const repos = useRepositories();
  const today = localIsoDate(new Date());
  return {
    upcoming: useMeetingPage('upcoming', search),
    held: useMeetingPage('held', search),
    due: useObservable<DueSummary | undefined>(
      () => claimEarly<DueSummary>(dueKey(today)) ?? liveQuery(() => repos.due.summary(today)),
      [repos, today],
    ),
  };
}
