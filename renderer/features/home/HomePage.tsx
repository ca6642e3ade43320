// Home: meetings still to be held and those held, searchable by village and date; 新建屋场会
// (by the configured name), which takes 乡镇 and the meeting's name from 设置.
import { Button, DatePicker, Empty, Input, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Dayjs } from 'dayjs';
import { localIsoDate } from '../../../shared/domain/dates';
import type { Meeting } from '../../../shared/domain/schemas';
import { useRepositories, useSettings } from '../../app/data-context';
import { navigate } from '../../app/router';
import { useAction } from '../../app/use-action';
import { LedgerExportButton } from '../export/LedgerExportButton';
import { homeLabels as t } from './labels';

const statusColor: Record<Meeting['status'], string> = {
  筹备: 'blue',
  进行中: 'orange',
  已结束: 'default',
};

function MeetingTable({ title, meetings }: { title: string; meetings: Meeting[] }) {
  return (
    <section aria-label={title}>
      <Typography.Title level={4}>{title}</Typography.Title>
      <Table<Meeting>
        rowKey="id"
        size="middle"
        dataSource={meetings}
        pagination={meetings.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: <Empty description={t.none} /> }}
        onRow={(meeting) => ({
          onClick: () => navigate({ page: 'meeting', meetingId: meeting.id }),
        })}
        columns={[
          { title: t.columns.date, dataIndex: 'date', width: 120 },
          {
            title: t.columns.village,
            dataIndex: 'village',
            render: (v: string, m) => <a href={`#/meetings/${m.id}`}>{v || t.noVillage}</a>,
          },
          { title: t.columns.group, dataIndex: 'group' },
          { title: t.columns.host, dataIndex: 'host' },
          { title: t.columns.topics, dataIndex: 'topics', ellipsis: true },
          {
            title: t.columns.status,
            dataIndex: 'status',
            width: 90,
            render: (s: Meeting['status']) => <Tag color={statusColor[s]}>{s}</Tag>,
          },
        ]}
      />
    </section>
  );
}

export function HomePage() {
  const { meetings, settings: storedSettings } = useRepositories();
  const settings = useSettings();
  const [village, setVillage] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const from = range?.[0]?.format('YYYY-MM-DD') ?? '';
  const to = range?.[1]?.format('YYYY-MM-DD') ?? '';
  const found = useLiveQuery(
    () => meetings.search({ village, from, to }),
    [meetings, village, from, to],
  );

  useEffect(() => {
    // The benchmark's end point: the home screen shows its data and takes input.
    if (found !== undefined && performance.getEntriesByName('home-interactive').length === 0) {
      performance.mark('home-interactive');
    }
  }, [found]);

  const run = useAction();
  const createMeeting = async () => {
    // Read at the moment of the click: the live copy may still be the defaults right after start.
    const meeting = await meetings.create(await storedSettings.get(), localIsoDate(new Date()));
    navigate({ page: 'meeting', meetingId: meeting.id });
  };

  const upcoming = (found ?? []).filter((m) => m.status !== '已结束').reverse();
  const held = (found ?? []).filter((m) => m.status === '已结束');

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <Button type="primary" size="large" onClick={() => run('新建会议失败', createMeeting)}>
          {t.create(settings.meetingTypeLabel)}
        </Button>
        <Input.Search
          aria-label={t.search}
          placeholder={t.searchPlaceholder}
          allowClear
          value={village}
          onChange={(e) => setVillage(e.target.value)}
          style={{ width: 280 }}
        />
        <DatePicker.RangePicker
          aria-label={t.dates}
          value={range}
          onChange={(value) => setRange(value)}
        />
        <LedgerExportButton />
      </Space>
      {found === undefined ? null : (
        <>
          <MeetingTable title={t.upcoming} meetings={upcoming} />
          <MeetingTable title={t.held} meetings={held} />
        </>
      )}
    </Space>
  );
}
