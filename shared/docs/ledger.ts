// 台账: the issues of many meetings for a filter, on A4 landscape pages (domain.md §5).
import { AlignmentType, Paragraph } from 'docx';
import type { Document } from 'docx';
import type { MeetingBundle } from '../domain/bundle';
import { formatChineseDate } from '../domain/dates';
import { deadlineState } from '../domain/deadline';
import type { Settings } from '../domain/schemas';
import { cleanLine } from '../domain/text';
import { columnWidths, dxaTable, titleParagraph } from './blocks';
import { sizes, textWidth } from './layout';
import { describeLedgerFilter, filterLedger } from './ledger-filter';
import type { LedgerFilter, LedgerRow } from './ledger-filter';
import { deadlineText, knownNames, ownerText, raisedByText } from './meeting-text';
import type { PageNumberPlacement } from './page';
import { officialDocument } from './page';
import { createRedactor } from './privacy';
import type { Privacy } from './privacy';
import { textLines, textRuns } from './text-runs';

export type LedgerInput = {
  bundles: readonly MeetingBundle[];
  filter: LedgerFilter;
  /** Today, YYYY-MM-DD: overdue is computed against it. */
  today: string;
  settings?: Settings;
};

export type LedgerOptions = { privacy?: Privacy; pageNumbers?: PageNumberPlacement };

const columns: [string, number, 'left' | 'center'][] = [
  ['序号', 4, 'center'],
  ['会议日期', 10, 'center'],
  ['村(社区)', 7, 'center'],
  ['反映人', 11, 'left'],
  ['问题类别', 9, 'center'],
  ['问题描述', 17, 'left'],
  ['处置方式', 9, 'center'],
  ['责任单位/责任人', 11, 'left'],
  ['办结时限', 10, 'center'],
  ['办理状态', 7, 'center'],
  ['办理进展/结果', 13, 'left'],
  ['满意度', 6, 'center'],
];

export function ledgerTitle(input: Pick<LedgerInput, 'filter' | 'settings'>): string {
  const where =
    cleanLine(input.filter.village ?? '').trim() ||
    cleanLine(input.settings?.township ?? '').trim();
  return `${where}${input.settings?.meetingTypeLabel ?? '屋场会'}问题台账`;
}

function statusText(row: LedgerRow, today: string): string {
  const state = deadlineState(row.issue, today);
  return state === 'overdue' ? `${row.issue.status}\n（逾期）` : row.issue.status;
}

function progressText(row: LedgerRow, redact: ReturnType<typeof createRedactor>): string {
  const { issue, bundle } = row;
  if (issue.result.trim() !== '') {
    const done = issue.completedOn ? `（${formatChineseDate(issue.completedOn)}办结）` : '';
    return `${textLines(redact.text(issue.result)).join(' ')}${done}`;
  }
  const latest = bundle.progress
    .filter((p) => p.issueId === issue.id)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!latest) return '';
  return `${formatChineseDate(latest.date)} ${textLines(redact.text(latest.text)).join(' ')}`;
}

export function buildLedgerDocument(input: LedgerInput, options: LedgerOptions = {}): Document {
  const all = filterLedger(input.bundles, input.filter, input.today);
  const privacy = options.privacy ?? 'masked';
  const redact = createRedactor(
    privacy,
    input.bundles.flatMap((b) => knownNames(b)),
  );
  const rows = privacy === 'public' ? all.filter((r) => !r.issue.sensitive) : all;
  const widths = columnWidths(
    textWidth.landscape,
    columns.map(([, w]) => w),
  );
  const filterText = describeLedgerFilter(input.filter);
  const subtitle = [filterText, `共${rows.length}条`, `统计日期：${formatChineseDate(input.today)}`]
    .filter((s) => s !== '')
    .join('；');
  const children = [
    titleParagraph(ledgerTitle(input)),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      children: textRuns(`（${subtitle}）`, { role: 'heading2' }),
    }),
    dxaTable({
      size: sizes.wuHao,
      columns: columns.map(([title, , align], i) => ({ title, width: widths[i] ?? 0, align })),
      rows: rows.map((row, i) => [
        String(i + 1),
        formatChineseDate(row.meeting.date),
        row.meeting.village,
        raisedByText(row.issue, row.bundle, redact),
        row.issue.category,
        textLines(redact.text(row.issue.description)).join(' '),
        row.issue.responseType ?? '',
        ownerText(row.issue),
        deadlineText(row.issue),
        statusText(row, input.today),
        progressText(row, redact),
        row.issue.satisfaction,
      ]),
    }),
  ];
  return officialDocument({
    title: ledgerTitle(input),
    sections: [{ children, landscape: true }],
    ...(options.pageNumbers ? { pageNumbers: options.pageNumbers } : {}),
  });
}
