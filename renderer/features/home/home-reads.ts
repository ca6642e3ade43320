// The home screen's reads, apart from React: one page of a meeting list for a search, and the
// 逾期 / 即将到期 summary, each under the key its early read is kept by (early-reads.ts), so that
// start-up can begin the opening screen's reads before the screen's code has even run.
import { localIsoDate } from '../../../shared/domain/dates';
import type { Repositories } from '../../db/repositories';
import type { MeetingList, MeetingSearch } from '../../db/repositories/meetings';
import { startEarly } from '../../app/early-reads';

export const meetingPageSize = 20;

/** The search as HomePage builds it before anything is typed (another would leave them unused). */
const openingSearch: MeetingSearch = { village: '', from: '', to: '' };

export const pageKey = (list: MeetingList, search: MeetingSearch, page: number) =>
  `home:${list}:${JSON.stringify(search)}:${page}`;
export const dueKey = (today: string) => `home:due:${today}`;

export const readPage = (
  repos: Repositories,
  list: MeetingList,
  search: MeetingSearch,
  page: number,
) => repos.meetings.page(list, search, (page - 1) * meetingPageSize, meetingPageSize);

/** Starts the opening home screen's reads; settles when each has answered (or failed). */
export function startHomeReads(repos: Repositories): Promise<void> {
  const today = localIsoDate(new Date());
  return Promise.all([
    ...(['upcoming', 'held'] as const).map((list) =>
      startEarly(pageKey(list, openingSearch, 1), () => readPage(repos, list, openingSearch, 1)),
    ),
    startEarly(dueKey(today), () => repos.due.summary(today)),
  ]).then(() => undefined);
}
