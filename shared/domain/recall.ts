// 上次承诺落实情况 (domain.md §2 "After"): at the next 屋场会 in a village, the facilitator reads out
// what became of the commitments made there before. Pure: the meetings, issues and 回访 entries
// come in, the items and the sentence to read aloud per item go out.
//
// Decisions: the village is the unit, whatever the 组 (meetings in a village move from group to
// group, and the promise was made to the village); the item names the group it was made in.
// "Every earlier commitment" leaves out only what an earlier meeting already reported as closed:
// an item 已销号 before the date of the village's latest earlier meeting was read out there.
import { formatChineseDate } from './dates';
import { isOverdue } from './deadline';
import { isCommitment } from './lifecycle';
import type { Issue, Meeting, ProgressEntry } from './schemas';
import { cleanText } from './text';

/** The earlier meeting, as much as recall needs of it. */
export type RecallMeeting = Pick<
  Meeting,
  'id' | 'village' | 'group' | 'date' | 'startTime' | 'createdAt' | 'deletedAt'
>;

export type RecallInput = {
  meetings: readonly RecallMeeting[];
  issues: readonly Issue[];
  progress: readonly Pick<
    ProgressEntry,
    'issueId' | 'kind' | 'date' | 'createdAt' | 'satisfaction' | 'deletedAt'
  >[];
};

export type RecalledCommitment = {
  issueId: string;
  meetingId: string;
  meetingDate: string;
  group: string;
  seq: number;
  summary: string;
  /** 责任单位/责任人, or the department a 上报转办 item went to. */
  owner: string;
  responseType: Issue['responseType'];
  status: Issue['status'];
  isOverdue: boolean;
  deadline: string;
  result: string;
  /** The latest 回访, also when a 复号 has since cleared it from the issue. */
  visit: Visit | null;
  reopenCount: number;
  sensitive: boolean;
  raisedBy: string;
  /** What the facilitator reads: 2026年3月5日第3条：…，已办结，回访满意，已销号。 */
  sentence: string;
};

/** The issues recall follows: the commitments and what was accepted into a plan (as 三、交办事项). */
export function isRecalled(issue: Pick<Issue, 'responseType'>): boolean {
  return isCommitment(issue) || issue.responseType === '纳入规划';
}

const oneLine = (s: string) => cleanText(s).replace(/\s+/g, ' ').trim();

/** Past this many characters a description is cut for reading aloud. */
export const recallSummaryLength = 30;

export function recallSummary(description: string): string {
  const chars = [...oneLine(description)];
  if (chars.length === 0) return '（未记录问题描述）';
  return chars.length <= recallSummaryLength
    ? chars.join('')
    : `${chars.slice(0, recallSummaryLength).join('')}……`;
}

function trimEnd(s: string): string {
  return oneLine(s).replace(/[。；;，,.\s]+$/, '');
}

/** Whether meeting a was held before meeting b (date, start time, then creation). */
function isBefore(a: RecallMeeting, b: RecallMeeting): boolean {
  return (
    (a.date.localeCompare(b.date) ||
      a.startTime.localeCompare(b.startTime) ||
      a.createdAt.localeCompare(b.createdAt)) < 0
  );
}

type Visit = { date: string; satisfaction: string };

/** The latest 回访 per issue, in one pass over the entries. */
function latestVisits(
  progress: RecallInput['progress'],
): Map<string, Visit & { createdAt: string }> {
  const latest = new Map<string, Visit & { createdAt: string }>();
  for (const p of progress) {
    if (p.kind !== '回访' || p.deletedAt !== null) continue;
    const seen = latest.get(p.issueId);
    if (!seen || (p.date.localeCompare(seen.date) || p.createdAt.localeCompare(seen.createdAt)) > 0)
      latest.set(p.issueId, { date: p.date, satisfaction: p.satisfaction, createdAt: p.createdAt });
  }
  return latest;
}

function latestVisit(issue: Issue, visits: ReturnType<typeof latestVisits>): Visit | null {
  const last = visits.get(issue.id);
  if (last) return { date: last.date, satisfaction: last.satisfaction };
  return issue.satisfaction !== ''
    ? { date: issue.followUpOn, satisfaction: issue.satisfaction }
    : null;
}

/** What became of it, in the words read aloud (without the leading date and number). */
function outcomeText(item: Omit<RecalledCommitment, 'sentence'>): string {
  const result = trimEnd(item.result);
  const done = result === '' ? '已办结' : `已办结，办理结果：${result}`;
  const visit = item.visit ? `回访${item.visit.satisfaction}` : '';
  switch (item.status) {
    case '已办结':
      return `${done}，尚未回访`;
    case '已回访':
      return `${done}，${visit}，尚未销号`;
    case '已销号':
      return [done, visit, '已销号'].filter((s) => s !== '').join('，');
    case '纳入规划':
      return '已纳入规划，长期跟踪';
    case '登记':
      return '尚未处置';
    case '办理中': {
      const again =
        item.reopenCount > 0
          ? `${item.visit ? `${visit}，` : ''}已复号，正在重新办理`
          : item.responseType === '上报转办'
            ? '已上报转办，正在办理'
            : '正在办理';
      const deadline = item.deadline === '' ? '' : `，办结时限${formatChineseDate(item.deadline)}`;
      return `${again}${deadline}${item.isOverdue ? '，已逾期' : ''}`;
    }
  }
}

function sentenceOf(item: Omit<RecalledCommitment, 'sentence'>): string {
  const owner = item.owner === '' ? '' : `（${item.owner}）`;
  return `${formatChineseDate(item.meetingDate)}第${item.seq}条：${trimEnd(item.summary)}${owner}，${outcomeText(item)}。`;
}

/**
 * The earlier commitments of `current`'s village, oldest meeting first and by 第N条 within a
 * meeting. Meetings of other villages, deleted ones, the current meeting and any held after it
 * are ignored; so are deleted issues. Overdue is judged on the day of the current meeting.
 */
export function recallCommitments(
  current: RecallMeeting,
  input: RecallInput,
): RecalledCommitment[] {
  const village = oneLine(current.village);
  if (village === '') return [];
  const earlier = input.meetings
    .filter(
      (m) =>
        m.id !== current.id &&
        m.deletedAt === null &&
        oneLine(m.village) === village &&
        isBefore(m, current),
    )
    .sort((a, b) => (isBefore(a, b) ? -1 : isBefore(b, a) ? 1 : 0));
  const lastEarlier = earlier[earlier.length - 1];
  if (!lastEarlier) return [];
  const byMeeting = new Map(earlier.map((m, i) => [m.id, { meeting: m, order: i }]));
  const visits = latestVisits(input.progress);
  return input.issues
    .filter((i) => i.deletedAt === null && byMeeting.has(i.meetingId) && isRecalled(i))
    .filter((i) => !(i.status === '已销号' && i.closedOn !== '' && i.closedOn < lastEarlier.date))
    .sort(
      (a, b) =>
        (byMeeting.get(a.meetingId)?.order ?? 0) - (byMeeting.get(b.meetingId)?.order ?? 0) ||
        a.seq - b.seq,
    )
    .map((issue) => {
      const meeting = byMeeting.get(issue.meetingId)?.meeting ?? lastEarlier;
      const item = {
        issueId: issue.id,
        meetingId: meeting.id,
        meetingDate: meeting.date,
        group: oneLine(meeting.group),
        seq: issue.seq,
        summary: recallSummary(issue.description),
        owner: [oneLine(issue.unit) || oneLine(issue.forwardedTo), oneLine(issue.owner)]
          .filter((s) => s !== '')
          .join('，'),
        responseType: issue.responseType,
        status: issue.status,
        isOverdue: isOverdue(issue, current.date),
        deadline: issue.deadline,
        result: issue.result,
        visit: latestVisit(issue, visits),
        reopenCount: issue.reopenCount,
        sensitive: issue.sensitive,
        raisedBy: oneLine(issue.raisedBy),
      };
      return { ...item, sentence: sentenceOf(item) };
    });
}
