// Home: meetings still to be held and those held, searchable by village and date; 新建屋场会.
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
        locale={{ emptyText: <Empty description="暂无" /> }}
        onRow={(meeting) => ({
          onClick: () => navigate({ page: 'meeting', meetingId: meeting.id }),
        })}
        columns={[
          { title: '日期', dataIndex: 'date', width: 120 },
          {
            title: '村(社区)',
            dataIndex: 'village',
            render: (v: string, m) => <a href={`#/meetings/${m.id}`}>{v || '（未填村名）'}</a>,
          },
          { title: '村民小组', dataIndex: 'group' },
          { title: '屋场', dataIndex: 'host' },
          { title: '议题', dataIndex: 'topics', ellipsis: true },
          {
            title: '状态',
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
  const { meetings } = useRepositories();
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
    const meeting = await meetings.create(settings, localIsoDate(new Date()));
    navigate({ page: 'meeting', meetingId: meeting.id });
  };

  const upcoming = (found ?? []).filter((m) => m.status !== '已结束').reverse();
  const held = (found ?? []).filter((m) => m.status === '已结束');

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <Button type="primary" size="large" onClick={() => run('新建会议失败', createMeeting)}>
          新建{settings.meetingTypeLabel}
        </Button>
        <Input.Search
          aria-label="按村(社区)查找"
          placeholder="按村(社区)、小组或屋场查找"
          allowClear
          value={village}
          onChange={(e) => setVillage(e.target.value)}
          style={{ width: 280 }}
        />
        <DatePicker.RangePicker
          aria-label="按日期查找"
          value={range}
          onChange={(value) => setRange(value)}
        />
        <LedgerExportButton />
      </Space>
      {found === undefined ? null : (
        <>
          <MeetingTable title="待开和进行中" meetings={upcoming} />
          <MeetingTable title="已开" meetings={held} />
        </>
      )}
    </Space>
  );
}
