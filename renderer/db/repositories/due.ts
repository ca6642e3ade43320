// 逾期 and 即将到期 for the home screen, grouped by 责任人 and by 村. Only 办理中 issues can be
// either (shared/domain/deadline.ts), so the status index hands over the few open ones out of
// tens of thousands, and the deletedAt index the deleted meetings, whose issues are left out: two
// requests at once, so a cold start's summary is not held up by the screens' code running (one
// request answered, the next asked only after it). Villages are read by meeting id when a group
// is opened or 按村(社区) is chosen (`villages`). Nothing is parsed: the rows were parsed when
// written, and the screen shows a handful of their fields.
import { deadlineState } from '../../../shared/domain/deadline';
import { compareCodeUnits } from '../../../shared/domain/text';
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
};

export type DueGroup = { name: string; overdue: number; dueSoon: number; issues: DueIssue[] };

export type DueSummary = {
  overdue: number;
  dueSoon: number;
  byOwner: DueGroup[];
  /** Every issue of the groups, most urgent first. */
  issues: DueIssue[];
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

/** The groups by 村(社区), with the villages `villages` read for the issues' meetings. */
export function groupByVillage(issues: DueIssue[], villages: ReadonlyMap<string, string>) {
  return groupDue(issues, (issue) => villages.get(issue.meetingId) ?? '');
}

export function createDueRepository(db: AppDatabase) {
  return {
    /** Open issues past their deadline or due within `days` after today (counted as deadline.ts counts). */
    summary(today: string, days = dueSoonDays): Promise<DueSummary> {
      return db.transaction('r', [db.issues, db.meetings], async () => {
        const [open, deleted] = await Promise.all([
          db.issues.where('status').equals('办理中').toArray(),
          db.meetings.orderBy('deletedAt').primaryKeys(),
        ]);
        const gone = new Set(deleted);
        const rows: DueIssue[] = [];
        for (const issue of open) {
          if (issue.deletedAt !== null || gone.has(issue.meetingId)) continue;
          const state = deadlineState(issue, today, days);
          if (state !== 'overdue' && state !== 'due-soon') continue;
          rows.push({
            id: issue.id,
            seq: issue.seq,
            description: issue.description,
            unit: issue.unit,
            owner: issue.owner,
            deadline: issue.deadline,
            state,
            meetingId: issue.meetingId,
          });
        }
        return {
          overdue: rows.filter((r) => r.state === 'overdue').length,
          dueSoon: rows.filter((r) => r.state === 'due-soon').length,
          byOwner: groupDue(rows, (r) => r.owner),
          issues: rows.sort(byUrgency),
        };
      });
    },
    /** Each meeting's 村(社区), by meeting id ('' for one not found). */
    async villages(meetingIds: readonly string[]): Promise<Map<string, string>> {
      const ids = [...new Set(meetingIds)];
      const meetings = await db.meetings.bulkGet(ids);
      return new Map(ids.map((id, i) => [id, meetings[i]?.village ?? '']));
    },
  };
}

export type DueRepository = ReturnType<typeof createDueRepository>;
