// Home: 逾期 and 即将到期 commitments by 责任人 and by 村; meetings still to be held and those
// held, a page at a time, searchable by village and date; 新建屋场会 (by the configured name),
// which takes 乡镇 and the meeting's name from 设置.
import { Button, Input, Space } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { localIsoDate } from '../../../shared/domain/dates';
import { useRepositories, useSettings } from '../../app/data-context';
import { navigate } from '../../app/router';
import { useAction } from '../../app/use-action';
import { SearchBox } from '../common/SearchBox';
import { LedgerExportButton } from '../export/LedgerExportButton';
import { DueSection } from './DueSection';
import { homeLabels as t } from './labels';
import { MeetingTable } from './MeetingTable';
import { useHomeData } from './use-home-data';
import type { DateRange } from './DateRangeFilter';

// Loaded once the home screen is up: until then a disabled box of the same size holds its place.
const DateRangeFilter = lazy(() => import('./DateRangeFilter'));

export function HomePage() {
  const { meetings, settings: storedSettings } = useRepositories();
  const settings = useSettings();
  const [village, setVillage] = useState('');
  const [range, setRange] = useState<DateRange>(null);
  const from = range?.[0]?.format('YYYY-MM-DD') ?? '';
  const to = range?.[1]?.format('YYYY-MM-DD') ?? '';
  const { upcoming, held, due } = useHomeData({ village, from, to });
  const ready = upcoming.found !== undefined && held.found !== undefined && due !== undefined;

  useEffect(() => {
    // The benchmark's end point: the home screen shows its data and takes input.
    if (ready && performance.getEntriesByName('home-interactive').length === 0) {
      performance.mark('home-interactive');
    }
  }, [ready]);

  const run = useAction();
  const createMeeting = async () => {
    // Read at the moment of the click: the live copy may still be the defaults right after start.
    const meeting = await meetings.create(await storedSettings.get(), localIsoDate(new Date()));
    navigate({ page: 'meeting', meetingId: meeting.id });
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <Button type="primary" size="large" onClick={() => run('新建会议失败', createMeeting)}>
          {t.create(settings.meetingTypeLabel)}
        </Button>
        <SearchBox
          label={t.search}
          placeholder={t.searchPlaceholder}
          value={village}
          onChange={setVillage}
          width={280}
        />
        <Suspense fallback={<Input aria-label={t.dates} disabled style={{ width: 260 }} />}>
          <DateRangeFilter label={t.dates} value={range} onChange={setRange} />
        </Suspense>
        <LedgerExportButton />
      </Space>
      {upcoming.found === undefined ? null : (
        <MeetingTable
          title={t.upcoming}
          found={upcoming.found}
          page={upcoming.page}
          onPage={upcoming.setPage}
        />
      )}
      {due === undefined ? null : <DueSection summary={due} />}
      {held.found === undefined ? null : (
        <MeetingTable title={t.held} found={held.found} page={held.page} onPage={held.setPage} />
      )}
    </Space>
  );
}
