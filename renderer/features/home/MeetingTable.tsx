// One of the home screen's meeting lists, one page at a time: the repository reads the page and
// the count (meetings.ts `page`), the table shows them and asks for another page.
import { Empty, Table } from 'antd';
import { memo } from 'react';
import type { Meeting } from '../../../shared/domain/schemas';
import type { MeetingPage } from '../../db/repositories/meetings';
import { navigate } from '../../app/router';
import { homeLabels as t } from './labels';
import { meetingPageSize } from './home-reads';
import { unmeasured } from '../common/unmeasured-table';

// Each row's status as a plain label styled like a tag (app.css): an antd Tag per row cost about
// 1.2 ms of the first frame each (its style hooks), 25 ms for the 20 rows of a page.
const statusClass: Record<Meeting['status'], string> = {
  筹备: 'meeting-status meeting-status-planned',
  进行中: 'meeting-status meeting-status-ongoing',
  已结束: 'meeting-status',
};

type Props = {
  title: string;
  found: MeetingPage;
  page: number;
  onPage: (page: number) => void;
};

/** Drawn again only when its own page changes, not when the home screen's other lists arrive. */
export const MeetingTable = memo(function MeetingTable({ title, found, page, onPage }: Props) {
  return (
    <section aria-label={title}>
      <h4 className="home-heading">{title}</h4>
      <Table<Meeting>
        {...unmeasured}
        rowKey="id"
        size="middle"
        dataSource={found.rows}
        pagination={
          found.total > meetingPageSize
            ? {
                current: page,
                pageSize: meetingPageSize,
                total: found.total,
                showSizeChanger: false,
                showTotal: t.total,
                onChange: onPage,
              }
            : false
        }
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
            render: (s: Meeting['status']) => <span className={statusClass[s]}>{s}</span>,
          },
        ]}
      />
    </section>
  );
});
