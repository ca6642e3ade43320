// 逾期 and 即将到期 for the home screen, grouped by 责任人 and by 村. Only 办理中 issues can be
// either (shared/domain/deadline.ts), so the status index hands over the few open ones out of
// tens of thousands; their meetings (for 村) are read by id. Nothing is parsed: the rows were
// parsed when written, and the screen shows a handful of their fields.
import { deadlineState } from '../../../shared/domain/deadline';
import { compareCodeUnits } from '../../../shared/domain/text';
import type { Issue, Meeting } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';

/** Today and the next two days: 三天内到期, as the 台账 marks it (deadline.ts's default). */
export const dueSoonDays = 2;

export type DueState = 'overdue' | 'due-soon';

export type DueIssue = {
  id: string;
  seq: number;
  description: string;
  unit: string;
  owner: string;
  deadline: string;
  state: DueState;
  meetingId: string;
  village: string;
};

export type DueGroup = { name: string; overdue: number; dueSoon: number; issues: DueIssue[] };

export type DueSummary = {
  overdue: number;
  dueSoon: number;
  byOwner: DueGroup[];
  byVillage: DueGroup[];
};

const byName = new Intl.Collator('zh-CN').compare;

/** Earliest deadline first, then by meeting and number, so the most urgent lead each list. */
function byUrgency(a: DueIssue, b: DueIssue): number {
  return (
    compareCodeUnits(a.deadline, b.deadline) ||
    compareCodeUnits(a.meetingId, b.meetingId) ||
    a.seq - b.seq
  );
}

/** Groups with the most overdue first, then the most due soon, then by name; '' sorts last. */
export function groupDue(issues: DueIssue[], nameOf: (i: DueIssue) => string): DueGroup[] {
  const groups = new Map<string, DueGroup>();
  for (const issue of issues) {
    const name = nameOf(issue).trim();
    const group = groups.get(name) ?? { name, overdue: 0, dueSoon: 0, issues: [] };
    if (issue.state === 'overdue') group.overdue++;
    else group.dueSoon++;
    group.issues.push(issue);
    groups.set(name, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, issues: g.issues.sort(byUrgency) }))
    .sort(
      (a, b) =>
        Number(a.name === '') - Number(b.name === '') ||
        b.overdue - a.overdue ||
        b.dueSoon - a.dueSoon ||
        byName(a.name, b.name),
    );
}

export function createDueRepository(db: AppDatabase) {
  return {
    /** Open issues past their deadline or due within `days` after today (counted as deadline.ts counts). */
    summary(today: string, days = dueSoonDays): Promise<DueSummary> {
      return db.transaction('r', [db.issues, db.meetings], async () => {
        const open = await db.issues.where('status').equals('办理中').toArray();
        const due: { issue: Issue; state: DueState }[] = [];
        for (const issue of open) {
          if (issue.deletedAt !== null) continue;
          const state = deadlineState(issue, today, days);
          if (state === 'overdue' || state === 'due-soon') due.push({ issue, state });
        }
        const meetingIds = [...new Set(due.map((d) => d.issue.meetingId))];
        const meetings = new Map<string, Meeting>();
        for (const m of await db.meetings.bulkGet(meetingIds)) if (m) meetings.set(m.id, m);
        const rows: DueIssue[] = due
          .filter((d) => meetings.get(d.issue.meetingId)?.deletedAt === null)
          .map(({ issue, state }) => ({
            id: issue.id,
            seq: issue.seq,
            description: issue.description,
            unit: issue.unit,
            owner: issue.owner,
            deadline: issue.deadline,
            state,
            meetingId: issue.meetingId,
            village: meetings.get(issue.meetingId)?.village ?? '',
          }));
        return {
          overdue: rows.filter((r) => r.state === 'overdue').length,
          dueSoon: rows.filter((r) => r.state === 'due-soon').length,
          byOwner: groupDue(rows, (r) => r.owner),
          byVillage: groupDue(rows, (r) => r.village),
        };
      });
    },
  };
}

export type DueRepository = ReturnType<typeof createDueRepository>;
