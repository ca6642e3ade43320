// The parts the 记录 and the 纪要 of a meeting share: policy, issues by category, the table of
// assigned items, decisions, and the attendance list of 附件1.
import { Paragraph } from 'docx';
import type { FileChild } from 'docx';
import type { MeetingBundle } from '../domain/bundle';
import type { Attendance, Issue, Settings } from '../domain/schemas';
import { countAttendance } from '../domain/counts';
import {
  blankLine,
  bodyParagraph,
  bodyParagraphs,
  dxaTable,
  heading2,
  titleParagraph,
  widest,
  widthInChars,
} from './blocks';
import type { Column } from './blocks';
import { charWidth, sizes, styleIds, textWidth } from './layout';
import {
  assignedIssues,
  deadlineText,
  isCadre,
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

/** 第3条: the number the issue was given at the meeting (issue.seq), the same everywhere. */
export function issueNumber(issue: Pick<Issue, 'seq'>): string {
  return `第${issue.seq}条`;
}

/** Past this many characters a table shows the start of a description and 见第N条. */
export const summaryLength = 40;

/** Whether a text is printed in a table as a summary (and whole elsewhere). */
export function isLongText(text: string): boolean {
  return [...textLines(text).join(' ')].length > summaryLength;
}

/** A description in a table cell: whole when short, else its start and where to read it all
 * (`where`: 第3条 by default). */
export function tableSummary(text: string, issue: Pick<Issue, 'seq'>, where?: string): string {
  const chars = [...textLines(text).join(' ')];
  if (chars.length <= summaryLength) return chars.join('');
  return `${chars.slice(0, 24).join('')}……（见${where ?? issueNumber(issue)}）`;
}

/** An issue under its category: who raised it and what they said, paragraph by paragraph,
 * then the response. The description is printed here once, whole. */
function issueParagraphs(issue: Issue, bundle: MeetingBundle, redact: Redactor) {
  const who = raisedByText(issue, bundle, { ...redact, phone: () => '' });
  const place = issue.place.trim() === '' ? '' : `（${redact.text(issue.place.trim())}）`;
  const [first = '（未记录）', ...rest] = textLines(redact.text(issue.description));
  const [answer = '', ...answerRest] = textLines(redact.text(issue.responseText));
  const owner = ownerText(issue).replace('\n', '，');
  const deadline = deadlineText(issue);
  const duty = [
    owner === '' ? '' : `责任单位（人）：${owner}。`,
    deadline === '' ? '' : `办结时限：${deadline}。`,
  ].join('');
  return [
    bodyParagraph(`${issueNumber(issue)} ${who}反映${place}：${first}`),
    ...rest.map((line) => bodyParagraph(line)),
    bodyParagraph(
      `处置方式：${issue.responseType ?? '待定'}。${answer === '' ? '' : `答复内容：${answer}`}`,
    ),
    ...answerRest.map((line) => bodyParagraph(line)),
    ...(duty === '' ? [] : [bodyParagraph(duty)]),
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
    ...group.issues.flatMap((issue) => issueParagraphs(issue, bundle, redact)),
  ]);
}

export function assignedTable(
  issues: readonly Issue[],
  bundle: MeetingBundle,
  redact: Redactor,
): Blocks {
  const assigned = assignedIssues(issues);
  if (assigned.length === 0) return [bodyParagraph('无。')];
  const columns: Column[] = [
    { title: '编号', align: 'center', fit: [widest.serial] },
    { title: '反映人', fit: [widest.name, widest.phone] },
    { title: '问题', share: 1 },
    { title: '处置方式', align: 'center', fit: [widest.responseType] },
    { title: '责任单位/责任人', fit: [widest.unit] },
    { title: '办结时限', align: 'center', fit: [widest.date] },
  ];
  return [
    dxaTable({
      size: sizes.wuHao,
      width: textWidth.portrait,
      columns,
      rows: assigned.map((issue) => [
        String(issue.seq),
        raisedByText(issue, bundle, redact),
        tableSummary(redact.text(issue.description), issue),
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

/** 附件N and its title, starting a page of its own. */
export function appendixHeading(number: number, title: string): Blocks {
  return [
    new Paragraph({
      pageBreakBefore: true,
      style: styleIds.heading1,
      indent: { firstLine: 0 },
      children: textRuns(`附件${number}`, { role: 'heading1' }),
    }),
    titleParagraph(title),
  ];
}

/** 附件：1. 参会人员名单, each further one on its own line under the first's number (GB/T 9704
 * §7.3.6); nothing when there is none. */
export function appendixList(titles: readonly string[]): Blocks {
  const lead = '附件：';
  return titles.length === 0
    ? []
    : [
        blankLine(),
        ...titles.map((title, i) =>
          i === 0
            ? bodyParagraph(`${lead}1. ${title}`)
            : new Paragraph({
                indent: { firstLine: Math.round((2 + widthInChars(lead)) * charWidth) },
                children: textRuns(`${i + 1}. ${title}`),
              }),
        ),
      ];
}

/** The list of who was there, as 附件1 on a page of its own. */
export function attendanceAppendix(list: readonly Attendance[], redact: Redactor): Blocks {
  const columns: Column[] = [
    { title: '序号', align: 'center', fit: [widest.serial] },
    { title: '姓名', fit: [widest.name] },
    { title: '组', align: 'center', fit: ['10组'] },
    { title: '身份/职务', share: 1 },
    { title: '出席情况', align: 'center' },
    { title: '备注', align: 'center' },
  ];
  return [
    ...appendixHeading(1, '参会人员名单'),
    dxaTable({
      size: sizes.xiaoSi,
      width: textWidth.portrait,
      columns,
      rows: list.map((a, i) => [
        String(i + 1),
        isCadre(a) ? a.name : redact.person(a.name),
        a.group,
        [a.identity, a.unit, a.post].filter((s) => s.trim() !== '').join(' '),
        a.status,
        '',
      ]),
    }),
  ];
}
