// What the home screen shows, read live: one page of each meeting list for the search, and the
// 逾期 / 即将到期 summary. Changing the search goes back to the first page of both lists.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { localIsoDate } from '../../../shared/domain/dates';
import type { MeetingList, MeetingSearch } from '../../db/repositories/meetings';
import { useRepositories } from '../../app/data-context';

export const meetingPageSize = 20;

function useMeetingPage(list: MeetingList, search: MeetingSearch) {
  const { meetings } = useRepositories();
  const key = JSON.stringify(search);
  const [paged, setPaged] = useState({ key, page: 1 });
  const page = paged.key === key ? paged.page : 1;
  const found = useLiveQuery(
    () => meetings.page(list, search, (page - 1) * meetingPageSize, meetingPageSize),
    [meetings, list, key, page],
  );
  // The same function while the search is the same, so the memoised table is left alone.
  const setPage = useCallback((next: number) => setPaged({ key, page: next }), [key]);
  return { found, page, setPage };
}

export function useHomeData(search: MeetingSearch) {
  const { due } = useRepositories();
  const today = localIsoDate(new Date());
  return {
    upcoming: useMeetingPage('upcoming', search),
    held: useMeetingPage('held', search),
    due: useLiveQuery(() => due.summary(today), [due, today]),
  };
}
