// The 台账 list: antd's virtual table (only the rows in view are in the page, so 20,000 issues
// scroll smoothly), sortable columns, 逾期 and 三天内到期 marked by a tag with words, not colour
// alone. A row opens the issue's 跟踪办理 on click and on Enter.
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { memo, type KeyboardEvent } from 'react';
import type { LedgerRow } from '../../../shared/docs/ledger-filter';
import { deadlineState } from '../../../shared/domain/deadline';
import { navigate } from '../../app/router';
import { ledgerLabels as t } from './labels';

export type ShownRow = LedgerRow & { n: number; due: 'overdue' | 'due-soon' | null; place: string };

const byText = (pick: (r: ShownRow) => string) => (a: ShownRow, b: ShownRow) =>
  pick(a).localeCompare(pick(b), 'zh-CN');

// Darker than antd's preset tag colours, so the words pass WCAG AA contrast on the tinted tag.
const dueTag = {
  overdue: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e', label: t.overdue },
  'due-soon': { color: '#873800', background: '#fff7e6', borderColor: '#ffd591', label: t.dueSoon },
};

const columns: ColumnsType<ShownRow> = [
  { title: t.columns.seq, dataIndex: 'n', width: 64, sorter: (a, b) => a.n - b.n },
  {
    title: t.columns.date,
    key: 'date',
    width: 104,
    render: (_, r) => r.meeting.date,
    sorter: byText((r) => r.meeting.date),
  },
  { title: t.columns.place, dataIndex: 'place', width: 130, sorter: byText((r) => r.place) },
  {
    title: t.columns.raisedBy,
    key: 'raisedBy',
    width: 100,
    render: (_, r) => r.issue.raisedBy || t.anonymous,
    sorter: byText((r) => r.issue.raisedBy),
  },
  {
    title: t.columns.description,
    key: 'description',
    width: 240,
    ellipsis: true,
    render: (_, r) => r.issue.description,
  },
  {
    title: t.columns.category,
    key: 'category',
    width: 110,
    render: (_, r) => r.issue.category,
    sorter: byText((r) => r.issue.category),
  },
  {
    title: t.columns.unit,
    key: 'unit',
    width: 120,
    ellipsis: true,
    render: (_, r) => r.issue.unit || r.issue.forwardedTo,
    sorter: byText((r) => r.issue.unit || r.issue.forwardedTo),
  },
  {
    title: t.columns.owner,
    key: 'owner',
    width: 100,
    render: (_, r) => r.issue.owner,
    sorter: byText((r) => r.issue.owner),
  },
  {
    title: t.columns.deadline,
    key: 'deadline',
    width: 104,
    render: (_, r) => r.issue.deadline || t.noDeadline,
    sorter: byText((r) => r.issue.deadline || '9999'),
  },
  {
    title: t.columns.status,
    key: 'status',
    width: 160,
    render: (_, r) => (
      <>
        {r.issue.status}
        {r.due && (
          <Tag style={{ ...dueTag[r.due], marginInlineStart: 8 }}>{dueTag[r.due].label}</Tag>
        )}
      </>
    ),
    sorter: byText((r) => `${r.due ?? 'z'}${r.issue.status}`),
  },
];

const width = columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0);

export function shownRows(rows: readonly LedgerRow[], today: string): ShownRow[] {
  return rows.map((row, i) => {
    const state = deadlineState(row.issue, today);
    return {
      ...row,
      n: i + 1,
      due: state === 'overdue' || state === 'due-soon' ? state : null,
      place: `${row.meeting.village}${row.meeting.group}`,
    };
  });
}

function open(row: ShownRow) {
  navigate({ page: 'follow-up', issueId: row.issue.id });
}

// Memoised: a keystroke in the filters re-renders the page at once, but the list only when its
// rows (behind useDeferredValue) change.
export const LedgerTable = memo(function LedgerTable({
  rows,
  height,
}: {
  rows: ShownRow[];
  height: number;
}) {
  return (
    <Table<ShownRow>
      virtual
      className="ledger-table"
      rowKey={(r) => r.issue.id}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: width, y: height }}
      rowClassName={(r) => (r.due ? `ledger-row-${r.due}` : '')}
      locale={{ emptyText: t.none }}
      onRow={(row) => ({
        tabIndex: 0,
        'aria-label': t.rowLabel(row.n, row.place, row.issue.description),
        'data-testid': 'ledger-row',
        onClick: () => open(row),
        onKeyDown: (e: KeyboardEvent) => {
          if (e.key === 'Enter') open(row);
        },
      })}
    />
  );
});
