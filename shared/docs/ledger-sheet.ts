// The 台账 as a spreadsheet: the same rows as the .docx (filterLedger, and the public copy without
// sensitive issues) under the same privacy rules, one issue a line, for sorting and sums in Excel.
import { formatChineseDate } from '../domain/dates';
import { deadlineState } from '../domain/deadline';
import { cleanLine } from '../domain/text';
import type { LedgerInput } from './ledger';
import { progressText } from './ledger';
import { filterLedger } from './ledger-filter';
import { categoryText, deadlineText, raisedByText, villagerNames } from './meeting-text';
import { copyRules, createRedactor } from './privacy';
import type { Privacy } from './privacy';
import type { Sheet, SheetColumn } from './xlsx';

export const ledgerSheetColumns: readonly SheetColumn[] = [
  { title: '序号', width: 6 },
  { title: '会议日期', width: 16 },
  { title: '乡镇', width: 10 },
  { title: '村(社区)', width: 10 },
  { title: '村民小组', width: 10 },
  { title: '反映人', width: 12 },
  { title: '问题类别', width: 10 },
  { title: '问题描述', width: 48 },
  { title: '处置方式', width: 10 },
  { title: '责任单位', width: 14 },
  { title: '责任人', width: 10 },
  { title: '办结时限', width: 16 },
  { title: '办理状态', width: 10 },
  { title: '时限提醒', width: 12 },
  { title: '办理进展/结果', width: 36 },
  { title: '满意度', width: 10 },
];

const dueWords = { overdue: '逾期', 'due-soon': '三天内到期' } as const;

export function buildLedgerSheet(input: LedgerInput, privacy: Privacy): Sheet {
  const all = filterLedger(input.bundles, input.filter, input.today);
  const rows = copyRules[privacy].sensitiveIssues ? all : all.filter((r) => !r.issue.sensitive);
  const redact = createRedactor(
    privacy,
    input.bundles.flatMap((b) => villagerNames(b)),
  );
  const text = (s: string) => redact.text(cleanLine(s).trim());
  return {
    name: '台账',
    columns: ledgerSheetColumns,
    rows: rows.map((row, i) => {
      const { meeting, issue } = row;
      const state = deadlineState(issue, input.today);
      return [
        String(i + 1),
        formatChineseDate(meeting.date),
        text(meeting.township),
        text(meeting.village),
        text(meeting.group),
        raisedByText(issue, row.bundle, redact),
        categoryText(issue),
        redact.text(issue.description),
        issue.responseType ?? '',
        cleanLine(issue.unit || issue.forwardedTo).trim(),
        cleanLine(issue.owner).trim(),
        deadlineText(issue),
        issue.status,
        state === 'overdue' || state === 'due-soon' ? dueWords[state] : '',
        progressText(row, redact),
        issue.satisfaction,
      ];
    }),
  };
}
