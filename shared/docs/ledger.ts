// 台账: the issues of many meetings for a filter, on A4 landscape pages (domain.md §5).
import { AlignmentType, Paragraph } from 'docx';
import type { Document } from 'docx';
import type { MeetingBundle } from '../domain/bundle';
import { formatChineseDate } from '../domain/dates';
import { deadlineState } from '../domain/deadline';
import type { Settings } from '../domain/schemas';
import { cleanLine } from '../domain/text';
import { bodyParagraph, dxaTable, heading1, titleParagraph, widest } from './blocks';
import type { Column, TableRow } from './blocks';
import { sizes, textWidth } from './layout';
import { describeLedgerFilter, filterLedger } from './ledger-filter';
import type { LedgerFilter, LedgerRow } from './ledger-filter';
import {
  categoryText,
  deadlineText,
  meetingPlaceText,
  ownerText,
  raisedByText,
  villagerNames,
} from './meeting-text';
import { isLongText, issueNumber, tableSummary } from './minutes-sections';
import type { PageNumberPlacement } from './page';
import { officialDocument } from './page';
import { copyRules, createRedactor } from './privacy';
import type { Privacy, Redactor } from './privacy';
import { textLines, textRuns } from './text-runs';

export type LedgerInput = {
  bundles: readonly MeetingBundle[];
  filter: LedgerFilter;
  /** Today, YYYY-MM-DD: overdue is computed against it. */
  today: string;
  settings?: Settings;
};

export type LedgerOptions = { privacy?: Privacy; pageNumbers?: PageNumberPlacement };

const columns: Column[] = [
  { title: '序号', align: 'center', fit: [widest.serial] },
  { title: '反映人', fit: [widest.name, widest.phone] },
  { title: '问题类别', align: 'center' },
  { title: '问题描述', share: 3 },
  { title: '处置方式', align: 'center', fit: [widest.responseType] },
  { title: '责任单位/责任人', fit: [widest.unit] },
  { title: '办结时限', align: 'center', fit: [widest.date] },
  { title: '办理状态', align: 'center' },
  { title: '办理进展/结果', share: 2 },
  { title: '满意度', align: 'center', fit: ['基本满意'] },
];

const line = (s: string) => cleanLine(s).trim();

/**
 * 石门镇石门村屋场会问题台账: the 乡镇 from the listed meetings' own data (several joined by 、;
 * the settings' 乡镇 only when the meetings name none), then the village filtered on.
 */
export function ledgerTitle(input: LedgerInput): string {
  const rows = filterLedger(input.bundles, input.filter, input.today);
  const meetings =
    rows.length > 0 ? rows.map((r) => r.meeting) : input.bundles.map((b) => b.meeting);
  const townships = [...new Set(meetings.map((m) => line(m.township)).filter((t) => t !== ''))];
  const township =
    townships.length > 0 ? townships.slice(0, 3).join('、') : line(input.settings?.township ?? '');
  const village = line(input.filter.village ?? '');
  return `${township}${village}${input.settings?.meetingTypeLabel ?? '屋场会'}问题台账`;
}

function statusText(row: LedgerRow, today: string): string {
  const state = deadlineState(row.issue, today);
  return state === 'overdue' ? `${row.issue.status}\n（逾期）` : row.issue.status;
}

/** 办理进展/结果: the result when there is one, else the latest progress entry. */
export function progressText(row: LedgerRow, redact: Redactor): string {
  const { issue, bundle } = row;
  if (issue.result.trim() !== '') {
    const done = issue.completedOn ? `（${formatChineseDate(issue.completedOn)}办结）` : '';
    return `${textLines(redact.text(issue.result)).join('\n')}${done}`;
  }
  const latest = bundle.progress
    .filter((p) => p.issueId === issue.id)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!latest) return '';
  return `${formatChineseDate(latest.date)} ${textLines(redact.text(latest.text)).join('\n')}`;
}

/** The heading row of one meeting's issues: 2026年11月27日 石门镇石门村三组屋场会. */
function meetingHeading(row: LedgerRow, redact: Redactor): string {
  const m = row.meeting;
  return `${formatChineseDate(m.date)} ${redact.text(meetingPlaceText(m))}${line(m.typeLabel) || '屋场会'}`;
}

export function buildLedgerDocument(input: LedgerInput, options: LedgerOptions = {}): Document {
  const all = filterLedger(input.bundles, input.filter, input.today);
  const privacy = options.privacy ?? 'masked';
  const redact = createRedactor(
    privacy,
    input.bundles.flatMap((b) => villagerNames(b)),
  );
  const rows = copyRules[privacy].sensitiveIssues ? all : all.filter((r) => !r.issue.sensitive);
  const filterText = describeLedgerFilter(input.filter, privacy);
  const subtitle = [filterText, `共${rows.length}条`, `统计日期：${formatChineseDate(input.today)}`]
    .filter((s) => s !== '')
    .join('；');
  const tableRows: TableRow[] = [];
  const long: { n: number; row: LedgerRow }[] = [];
  rows.forEach((row, i) => {
    if (i === 0 || rows[i - 1]?.meeting.id !== row.meeting.id)
      tableRows.push({ across: meetingHeading(row, redact) });
    const description = redact.text(row.issue.description);
    if (isLongText(description)) long.push({ n: i + 1, row });
    tableRows.push([
      String(i + 1),
      raisedByText(row.issue, row.bundle, redact),
      categoryText(row.issue),
      tableSummary(description, row.issue, `附${i + 1}`),
      row.issue.responseType ?? '',
      ownerText(row.issue),
      deadlineText(row.issue),
      statusText(row, input.today),
      progressText(row, redact),
      row.issue.satisfaction,
    ]);
  });
  const appendix = long.flatMap(({ n, row }) => {
    const [first = '', ...rest] = textLines(redact.text(row.issue.description));
    return [
      bodyParagraph(`附${n}（${meetingHeading(row, redact)}${issueNumber(row.issue)}）：${first}`),
      ...rest.map((text) => bodyParagraph(text)),
    ];
  });
  const children = [
    titleParagraph(ledgerTitle(input)),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      children: textRuns(`（${subtitle}）`, { role: 'heading2' }),
    }),
    dxaTable({ size: sizes.wuHao, width: textWidth.landscape, columns, rows: tableRows }),
    ...(appendix.length === 0 ? [] : [heading1('附：问题描述全文'), ...appendix]),
  ];
  return officialDocument({
    title: ledgerTitle(input),
    sections: [{ children, landscape: true }],
    ...(options.pageNumbers ? { pageNumbers: options.pageNumbers } : {}),
  });
}
