// The parts the 记录 and the 纪要 of a meeting share: policy, issues by category, the table of
// assigned items, decisions, and the attendance list of 附件1.
import { Paragraph } from 'docx';
import type { FileChild } from 'docx';
import type { MeetingBundle } from '../domain/bundle';
import type { Attendance, Issue, Settings } from '../domain/schemas';
import { countAttendance } from '../domain/counts';
import {
  bodyParagraph,
  bodyParagraphs,
  columnWidths,
  dxaTable,
  heading2,
  titleParagraph,
} from './blocks';
import { sizes, styleIds, textWidth } from './layout';
import {
  assignedIssues,
  deadlineText,
  issuesByCategory,
  ownerText,
  raisedByText,
} from './meeting-text';
import type { Redactor } from './privacy';
import { textLines, textRuns } from './text-runs';

const chineseNumbers = '一二三四五六七八九十';

/** 一、二、… 十一、 */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return chineseNumbers[n - 1] ?? String(n);
  if (n < 20) return `十${chineseNumbers[n - 11] ?? ''}`;
  return String(n);
}

export type Blocks = FileChild[];

export function countsText(bundle: MeetingBundle): string {
  const c = countAttendance(bundle.attendance, bundle.meeting);
  return (
    `应到${c.expected}人，实到${c.present}人（出席${c.attending}人，列席${c.sittingIn}人），` +
    `请假${c.excused}人，覆盖${c.households}户。`
  );
}

function issueParagraphs(issue: Issue, n: number, bundle: MeetingBundle, redact: Redactor) {
  const who = raisedByText(issue, bundle, { ...redact, phone: () => '' });
  const place = issue.place.trim() === '' ? '' : `（${issue.place.trim()}）`;
  const said = textLines(redact.text(issue.description)).join(' ') || '（未记录）';
  const response = [
    `处置方式：${issue.responseType ?? '待定'}。`,
    textLines(redact.text(issue.responseText)).join(' '),
  ];
  const owner = ownerText(issue).replace('\n', '，');
  if (owner !== '') response.push(`责任单位（人）：${owner}。`);
  const deadline = deadlineText(issue);
  if (deadline !== '') response.push(`办结时限：${deadline}。`);
  return [
    bodyParagraph(`${n}. ${who}反映${place}：${said}`),
    bodyParagraph(response.filter((s) => s !== '').join('')),
  ];
}

export function issuesSection(
  issues: readonly Issue[],
  bundle: MeetingBundle,
  settings: Settings | undefined,
  redact: Redactor,
): Blocks {
  if (issues.length === 0) return [bodyParagraph('本次会议未收集到问题。')];
  return issuesByCategory(issues, settings).flatMap((group, g) => [
    heading2(`（${chineseOrdinal(g + 1)}）${group.category}`),
    ...group.issues.flatMap((issue, i) => issueParagraphs(issue, i + 1, bundle, redact)),
  ]);
}

export function assignedTable(
  issues: readonly Issue[],
  bundle: MeetingBundle,
  redact: Redactor,
): Blocks {
  const assigned = assignedIssues(issues);
  if (assigned.length === 0) return [bodyParagraph('无。')];
  const widths = columnWidths(textWidth.portrait, [7, 18, 26, 13, 19, 17]);
  const titles = ['序号', '反映人', '问题', '处置方式', '责任单位/责任人', '办结时限'];
  return [
    dxaTable({
      size: sizes.xiaoSi,
      columns: titles.map((title, i) => ({
        title,
        width: widths[i] ?? 0,
        align: i === 0 || i === 3 ? 'center' : 'left',
      })),
      rows: assigned.map((issue, i) => [
        String(i + 1),
        raisedByText(issue, bundle, redact),
        textLines(redact.text(issue.description)).join(' '),
        issue.responseType ?? '',
        ownerText(issue),
        deadlineText(issue),
      ]),
    }),
  ];
}

/** Policy or decisions: one paragraph per line written. */
export function textSection(text: string, redact: Redactor, empty = '无。'): Blocks {
  return bodyParagraphs(redact.text(text), empty);
}

/** 附件1: the list of who was there, on a page of its own. */
export function attendanceAppendix(list: readonly Attendance[], redact: Redactor): Blocks {
  const widths = columnWidths(textWidth.portrait, [8, 20, 14, 30, 14, 14]);
  const titles = ['序号', '姓名', '组', '身份/职务', '出席情况', '备注'];
  return [
    new Paragraph({
      pageBreakBefore: true,
      style: styleIds.heading1,
      indent: { firstLine: 0 },
      children: textRuns('附件1', { role: 'heading1' }),
    }),
    titleParagraph('参会人员名单'),
    dxaTable({
      size: sizes.xiaoSi,
      columns: titles.map((title, i) => ({
        title,
        width: widths[i] ?? 0,
        align: i === 1 || i === 3 ? 'left' : 'center',
      })),
      rows: list.map((a, i) => [
        String(i + 1),
        redact.person(a.name),
        a.group,
        [a.identity, a.unit, a.post].filter((s) => s.trim() !== '').join(' '),
        a.status,
        '',
      ]),
    }),
  ];
}
