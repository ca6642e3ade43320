// One of the home screen's meeting lists, one page at a time: the repository reads the page and
// the count (meetings.ts `page`), the table shows them and asks for another page.
import { Empty } from 'antd';
import { memo } from 'react';
import type { Meeting } from '../../../shared/domain/schemas';
import type { MeetingPage } from '../../db/repositories/meetings';
import { navigate } from '../../app/router';
import { homeLabels as t } from './labels';
import { meetingPageSize } from './home-reads';
import { PlainTable } from '../common/PlainTable';

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
      <PlainTable<Meeting>
        size="middle"
        rows={found.rows}
        rowKey={(meeting) => meeting.id}
        empty={<Empty description={t.none} />}
        onRowClick={(meeting) => navigate({ page: 'meeting', meetingId: meeting.id })}
        pager={{
          page,
          pageSize: meetingPageSize,
          total: found.total,
          onPage,
          label: t.pages(title),
          totalText: t.total(found.total),
        }}
        columns={[
          { key: 'date', title: t.columns.date, width: 120, render: (m) => m.date },
          {
            key: 'village',
            title: t.columns.village,
            render: (m) => <a href={`#/meetings/${m.id}`}>{m.village || t.noVillage}</a>,
          },
          { key: 'group', title: t.columns.group, render: (m) => m.group },
          { key: 'host', title: t.columns.host, render: (m) => m.host },
          { key: 'topics', title: t.columns.topics, ellipsis: true, render: (m) => m.topics },
          {
            key: 'status',
            title: t.columns.status,
            width: 90,
            render: (m) => <span className={statusClass[m.status]}>{m.status}</span>,
          },
        ]}
      />
    </section>
  );
});
