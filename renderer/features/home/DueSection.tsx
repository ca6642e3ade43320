// 逾期 and 即将到期 on the home screen: counts by 责任人 and by 村(社区), each group opening to its
// issues, each issue a link to its 跟踪办理 page.
import { Table, Tag } from 'antd';
import { memo } from 'react';
import { formatChineseDate } from '../../../shared/domain/dates';
import {
  dueSoonDays,
  type DueGroup,
  type DueIssue,
  type DueSummary,
} from '../../db/repositories/due';
import { routeHref } from '../../app/router';
import { dueLabels as t } from './labels';
import { unmeasured } from '../common/unmeasured-table';
import { PlainTabs } from '../common/PlainTabs';

// Solid tags with white text: antd's light orange tag falls short of WCAG AA contrast (4.5:1).
const stateColor = { overdue: '#cf1322', 'due-soon': '#ad4e00' } as const;

function DueIssues({ issues }: { issues: DueIssue[] }) {
  return (
    <ul className="due-issues">
      {issues.map((issue) => (
        <li key={issue.id}>
          <Tag color={stateColor[issue.state]}>
            {issue.state === 'overdue' ? t.overdue : t.dueSoon}
          </Tag>
          <a href={routeHref({ page: 'follow-up', issueId: issue.id })}>
            {t.seq(issue.seq)} {issue.description.split('\n')[0] || t.noDescription}
          </a>
          <span className="due-issue-facts">
            {t.deadline} {formatChineseDate(issue.deadline)} ·{' '}
            {[issue.unit, issue.owner].filter((s) => s.trim() !== '').join(' / ')}
            {issue.village ? ` · ${issue.village}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

function DueGroups({
  groups,
  nameTitle,
  blank,
}: {
  groups: DueGroup[];
  nameTitle: string;
  blank: string;
}) {
  return (
    <Table<DueGroup>
      {...unmeasured}
      rowKey="name"
      size="small"
      dataSource={groups}
      pagination={groups.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      expandable={{
        expandRowByClick: true,
        expandedRowRender: (group) => <DueIssues issues={group.issues} />,
      }}
      columns={[
        { title: nameTitle, dataIndex: 'name', render: (name: string) => name || blank },
        { title: t.overdue, dataIndex: 'overdue', width: 90 },
        { title: t.dueSoon, dataIndex: 'dueSoon', width: 110 },
      ]}
    />
  );
}

/** Drawn again only when the summary changes, not when the meeting lists beside it arrive. */
export const DueSection = memo(function DueSection({ summary }: { summary: DueSummary }) {
  return (
    <section aria-label={t.title}>
      <h4 className="home-heading">{t.title}</h4>
      <p className="home-text" data-testid="due-summary">
        {t.summary(summary.overdue, summary.dueSoon, dueSoonDays + 1)}
      </p>
      {summary.overdue + summary.dueSoon === 0 ? null : (
        <PlainTabs
          items={[
            {
              key: 'owner',
              label: t.byOwner,
              children: (
                <DueGroups groups={summary.byOwner} nameTitle={t.owner} blank={t.noOwner} />
              ),
            },
            {
              key: 'village',
              label: t.byVillage,
              children: (
                <DueGroups groups={summary.byVillage} nameTitle={t.village} blank={t.noVillage} />
              ),
            },
          ]}
        />
      )}
    </section>
  );
});
