// 逾期 and 即将到期 on the home screen: counts by 责任人 and by 村(社区), each group opening to its
// issues, each issue a link to its 跟踪办理 page.
import { Tag } from 'antd';
import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import { memo, useMemo, useState } from 'react';
import { formatChineseDate } from '../../../shared/domain/dates';
import {
  dueSoonDays,
  groupByVillage,
  type DueGroup,
  type DueIssue,
  type DueSummary,
} from '../../db/repositories/due';
import { useRepositories } from '../../app/data-context';
import { routeHref } from '../../app/router';
import { dueLabels as t } from './labels';
import { PlainTable } from '../common/PlainTable';
import { PlainTabs } from '../common/PlainTabs';

// Solid tags with white text: antd's light orange tag falls short of WCAG AA contrast (4.5:1).
const stateColor = { overdue: '#cf1322', 'due-soon': '#ad4e00' } as const;

const groupsPerPage = 10;

/** The 村(社区) of the issues' meetings, read live once something shows them. */
function useVillages(issues: readonly DueIssue[]): ReadonlyMap<string, string> | undefined {
  const repos = useRepositories();
  const ids = [...new Set(issues.map((issue) => issue.meetingId))];
  const key = ids.join();
  return useObservable(() => liveQuery(() => repos.due.villages(ids)), [repos, key]);
}

function DueIssues({ issues }: { issues: DueIssue[] }) {
  const villages = useVillages(issues);
  // Shown once the villages are in, a moment after the group is opened, so no line moves.
  if (!villages) return null;
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
            {villages.get(issue.meetingId) ? ` · ${villages.get(issue.meetingId)}` : ''}
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
  const [chosen, setPage] = useState(1);
  // The list is live: a page that no longer exists shows as the last one.
  const page = Math.min(chosen, Math.max(1, Math.ceil(groups.length / groupsPerPage)));
  const shown = groups.slice((page - 1) * groupsPerPage, page * groupsPerPage);
  return (
    <PlainTable<DueGroup>
      size="small"
      rows={shown}
      rowKey={(group) => group.name}
      expandable={{
        render: (group) => <DueIssues issues={group.issues} />,
        label: (group) => t.groupIssues(group.name || blank),
      }}
      pager={{
        page,
        pageSize: groupsPerPage,
        total: groups.length,
        onPage: setPage,
        label: t.pages(nameTitle),
      }}
      columns={[
        { key: 'name', title: nameTitle, render: (group) => group.name || blank },
        { key: 'overdue', title: t.overdue, width: 90, render: (group) => group.overdue },
        { key: 'dueSoon', title: t.dueSoon, width: 110, render: (group) => group.dueSoon },
      ]}
    />
  );
}

/** 按村(社区): drawn when first chosen, once the villages are read. */
function VillageGroups({ issues }: { issues: DueIssue[] }) {
  const villages = useVillages(issues);
  const groups = useMemo(() => villages && groupByVillage(issues, villages), [issues, villages]);
  return groups ? <DueGroups groups={groups} nameTitle={t.village} blank={t.noVillage} /> : null;
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
              children: <VillageGroups issues={summary.issues} />,
            },
          ]}
        />
      )}
    </section>
  );
});
