// The two lists of a villager's history: the meetings (each opens the meeting) and the issues they
// raised with what became of them (each opens its 跟踪办理). Links, so Tab reaches every one.
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { formatChineseDate } from '../../../shared/domain/dates';
import type { AttendedMeeting, RaisedIssue } from '../../../shared/roster/history';
import { routeHref } from '../../app/router';
import { historyLabels as t } from './history-labels';

// As the 台账 marks 逾期: darker than antd's preset, so the words pass WCAG AA on the tinted tag.
const overdueTag = {
  color: '#a8071a',
  background: '#fff1f0',
  borderColor: '#ffa39e',
  marginInlineStart: 8,
};

const orNone = (text: string) => (text.trim() === '' ? t.none : text);
const dateOrNone = (date: string) => (date === '' ? t.none : formatChineseDate(date));

const meetingColumns: ColumnsType<AttendedMeeting> = [
  {
    title: t.meetingColumns.meeting,
    key: 'meeting',
    render: (_, m) => (
      <a href={routeHref({ page: 'meeting', meetingId: m.meetingId })}>
        {t.meetingLink(
          formatChineseDate(m.date),
          `${m.village}${m.group}` || t.noPlace,
          m.typeLabel,
        )}
      </a>
    ),
  },
  {
    title: t.meetingColumns.place,
    key: 'place',
    render: (_, m) => orNone([m.host, m.place].filter((s) => s.trim() !== '').join(' · ')),
  },
  { title: t.meetingColumns.topics, key: 'topics', ellipsis: true, render: (_, m) => m.topics },
  { title: t.meetingColumns.status, dataIndex: 'status', width: 96 },
  {
    title: t.meetingColumns.group,
    key: 'group',
    width: 96,
    render: (_, m) => orNone(m.attendeeGroup),
  },
];

const issueColumns: ColumnsType<RaisedIssue> = [
  {
    title: t.issueColumns.date,
    key: 'date',
    width: 130,
    render: (_, i) => formatChineseDate(i.meetingDate),
  },
  {
    title: t.issueColumns.seq,
    key: 'seq',
    width: 140,
    render: (_, i) => `${t.seq(i.seq)}${i.matchedBy === 'name' ? t.byName : ''}`,
  },
  {
    title: t.issueColumns.description,
    key: 'description',
    render: (_, i) => (
      <a href={routeHref({ page: 'follow-up', issueId: i.issueId })}>{i.summary}</a>
    ),
  },
  {
    title: t.issueColumns.category,
    key: 'category',
    width: 100,
    render: (_, i) => orNone(i.category),
  },
  {
    title: t.issueColumns.response,
    key: 'response',
    width: 100,
    render: (_, i) => i.responseType ?? t.none,
  },
  {
    title: t.issueColumns.status,
    key: 'status',
    width: 170,
    render: (_, i) => (
      <>
        <span data-testid="history-issue-status">{i.status}</span>
        {i.isOverdue ? <Tag style={overdueTag}>{t.overdue}</Tag> : null}
        {i.reopenCount > 0 ? (
          <Tag style={{ marginInlineStart: 8 }}>{t.reopened(i.reopenCount)}</Tag>
        ) : null}
      </>
    ),
  },
  {
    title: t.issueColumns.result,
    key: 'result',
    ellipsis: true,
    render: (_, i) => orNone(i.result),
  },
  {
    title: t.issueColumns.satisfaction,
    key: 'satisfaction',
    width: 100,
    render: (_, i) => orNone(i.satisfaction),
  },
  {
    title: t.issueColumns.closedOn,
    key: 'closedOn',
    width: 130,
    render: (_, i) => dateOrNone(i.closedOn),
  },
];

function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={props.id}>
      <Typography.Title level={4} id={props.id}>
        {props.title}
      </Typography.Title>
      {props.children}
    </section>
  );
}

export function AttendedMeetings({ meetings }: { meetings: AttendedMeeting[] }) {
  return (
    <Section id="person-meetings" title={t.meetings}>
      <Table<AttendedMeeting>
        className="person-history-table"
        rowKey="meetingId"
        size="small"
        columns={meetingColumns}
        dataSource={meetings}
        pagination={false}
        locale={{ emptyText: t.meetingsEmpty }}
      />
    </Section>
  );
}

export function RaisedIssues({ issues }: { issues: RaisedIssue[] }) {
  return (
    <Section id="person-issues" title={t.issues}>
      <Table<RaisedIssue>
        className="person-history-table"
        rowKey="issueId"
        size="small"
        columns={issueColumns}
        dataSource={issues}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t.issuesEmpty }}
      />
      {issues.some((i) => i.matchedBy === 'name') ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t.byNameNote}
        </Typography.Paragraph>
      ) : null}
    </Section>
  );
}
