// The lifecycle gate on import: an issue whose status an import would set (a new issue, or a
// status other than the one stored here) must be one the rules allow given the history its own
// file carries (checkStatusHistory, with this computer's closing policy). Every export carries
// the whole history of each issue it holds, so a copy made by the app always brings what
// justifies it. An issue that fails is refused together with its history entries from that file
// and those entries' photos (photo-merge.ts leaves them out): nothing of it is written and no
// conflict is kept, so what is stored stays as it was.
import { recallSummary } from '../domain/recall';
import { formatChineseDate } from '../domain/dates';
import type { ClosingPolicy } from '../domain/lifecycle';
import type { Issue, Meeting, ProgressEntry } from '../domain/schemas';
import { checkStatusHistory } from '../domain/status-history';
import type { IssueStatus } from '../domain/vocabulary';
import type { ExchangeFile } from './format';
import type { PlannedRecord } from './merge';

/** An issue of a file that the lifecycle rules keep out. */
export type IssueRefusal = {
  issueId: string;
  /** The issue as people know it: 石门村 2026年3月5日屋场会 第2条“村道塌方”. */
  issue: string;
  /** The status the file gives it. */
  status: IssueStatus;
  /** The status stored here, which stays; null when this computer does not have the issue. */
  kept: IssueStatus | null;
  /** The rule that failed, in the words the 跟踪办理 page uses. */
  reason: string;
  /** Its history entries in the file that are left out with it. */
  entries: number;
  /** The photos of those entries in the file, left out with them. */
  photos: number;
};

export const gateLabels = {
  noVillage: '（未填村）',
  defaultMeetingName: '屋场会',
  refused: (fileName: string, r: IssueRefusal) =>
    `“${fileName}”中的${r.issue}未导入：文件中的办理状态“${r.status}”不符合办理规则（${r.reason}）。` +
    (r.kept === null ? '本机没有新增这条诉求。' : `本机的这条诉求仍为“${r.kept}”，没有改动。`) +
    (r.entries > 0
      ? `它在文件中的 ${r.entries} 条办理记录${r.photos > 0 ? `和 ${r.photos} 张照片` : ''}也未导入。`
      : ''),
} as const;

/** 石门村 2026年3月5日屋场会 第2条“村道塌方”: village, meeting, number and summary. */
export function issueName(
  issue: Pick<Issue, 'seq' | 'description'>,
  meeting: Pick<Meeting, 'village' | 'date' | 'typeLabel'> | undefined,
): string {
  const village = meeting?.village.trim() || gateLabels.noVillage;
  const held = meeting
    ? ` ${formatChineseDate(meeting.date)}${meeting.typeLabel.trim() || gateLabels.defaultMeetingName}`
    : '';
  return `${village}${held} 第${issue.seq}条“${recallSummary(issue.description)}”`;
}

/** The message for one refused issue, naming the file. */
export function describeRefusal(fileName: string, refusal: IssueRefusal): string {
  return gateLabels.refused(fileName, refusal);
}

/** Whether the import would set this issue's status: new here, or a status other than ours. */
function setsStatus(p: PlannedRecord): boolean {
  if (p.decision === 'unchanged' || p.decision === 'refused') return false;
  const incoming = p.incoming as Issue;
  if (incoming.deletedAt !== null) return false;
  const local = p.local as Issue | undefined;
  return !local || local.deletedAt !== null || local.status !== incoming.status;
}

/** A file's planned records with the issues the rules refuse, and their new history, refused. */
export function gateIssues(
  file: ExchangeFile,
  planned: readonly PlannedRecord[],
  policy: ClosingPolicy,
): PlannedRecord[] {
  const history = new Map<string, ProgressEntry[]>();
  for (const entry of file.records.progress) {
    const entries = history.get(entry.issueId);
    if (entries) entries.push(entry);
    else history.set(entry.issueId, [entry]);
  }
  const meetings = new Map(file.records.meetings.map((m) => [m.id, m]));
  const refusals = new Map<string, IssueRefusal>();
  for (const p of planned) {
    if (p.table !== 'issues' || !setsStatus(p)) continue;
    const issue = p.incoming as Issue;
    const check = checkStatusHistory(issue, history.get(issue.id) ?? [], policy);
    if (check.allowed) continue;
    const local = p.local as Issue | undefined;
    refusals.set(issue.id, {
      issueId: issue.id,
      issue: issueName(issue, meetings.get(issue.meetingId)),
      status: issue.status,
      kept: local && local.deletedAt === null ? local.status : null,
      reason: check.reason,
      entries: 0,
      photos: 0,
    });
  }
  if (refusals.size === 0) return [...planned];
  const refuse = (p: PlannedRecord, refusal: IssueRefusal): PlannedRecord => {
    const { write: _left, ...rest } = p;
    return { ...rest, decision: 'refused', refusal };
  };
  return planned.map((p) => {
    if (p.table === 'issues') {
      const refusal = refusals.get(p.incoming.id);
      return refusal ? refuse(p, refusal) : p;
    }
    if (p.table !== 'progress' || p.decision === 'unchanged') return p;
    const refusal = refusals.get((p.incoming as ProgressEntry).issueId);
    if (!refusal) return p;
    refusal.entries += 1;
    refusal.photos += (file.photos ?? []).filter(
      (photo) => photo.progressId === p.incoming.id,
    ).length;
    return refuse(p, refusal);
  });
}
