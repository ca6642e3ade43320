// The 台账 list: only the rows in view are in the page (VirtualTable), so 20,000 issues scroll
// and filter smoothly; sortable columns, 逾期 and 三天内到期 marked by a tag with words, not
// colour alone. A row opens the issue's 跟踪办理 on click and on Enter. What a row shows beyond
// the issue (its place, whether it is due) is worked out for the rows in view only.
import { Tag } from 'antd';
import { memo, useMemo } from 'react';
import type { LedgerRow } from '../../../shared/docs/ledger-filter';
import { commitmentDeadline, deadlineState } from '../../../shared/domain/deadline';
import { navigate } from '../../app/router';
import { VirtualTable, byText, textColumn, type VirtualColumn } from '../common/VirtualTable';
import { ledgerLabels as t } from './labels';

type Due = 'overdue' | 'due-soon' | null;

// Darker than antd's preset tag colours, so the words pass WCAG AA contrast on the tinted tag.
const dueTag = {
  overdue: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e', label: t.overdue },
  'due-soon': { color: '#873800', background: '#fff7e6', borderColor: '#ffd591', label: t.dueSoon },
};

const placeOf = (r: LedgerRow) => `${r.meeting.village}${r.meeting.group}`;

function dueOf(row: LedgerRow, today: string): Due {
  const state = deadlineState(row.issue, today);
  return state === 'overdue' || state === 'due-soon' ? state : null;
}

function columns(today: string): VirtualColumn<LedgerRow>[] {
  return [
    textColumn('date', t.columns.date, 104, (r) => r.meeting.date),
    textColumn('place', t.columns.place, 130, placeOf),
    {
      key: 'raisedBy',
      title: t.columns.raisedBy,
      width: 100,
      render: (r) => r.issue.raisedBy || t.anonymous,
      compare: byText((r: LedgerRow) => r.issue.raisedBy),
    },
    {
      key: 'description',
      title: t.columns.description,
      width: 240,
      render: (r) => r.issue.description,
    },
    textColumn('category', t.columns.category, 110, (r) => r.issue.category),
    textColumn('unit', t.columns.unit, 120, (r) => r.issue.unit || r.issue.forwardedTo),
    textColumn('owner', t.columns.owner, 100, (r) => r.issue.owner),
    {
      key: 'deadline',
      title: t.columns.deadline,
      width: 104,
      render: (r) => commitmentDeadline(r.issue) || t.noDeadline,
      compare: byText((r: LedgerRow) => commitmentDeadline(r.issue) || '9999'),
    },
    {
      key: 'status',
      title: t.columns.status,
      width: 160,
      render: (r) => {
        const due = dueOf(r, today);
        return (
          <>
            {r.issue.status}
            {due && <Tag style={{ ...dueTag[due], marginInlineStart: 8 }}>{dueTag[due].label}</Tag>}
          </>
        );
      },
      compare: byText((r: LedgerRow) => `${dueOf(r, today) ?? 'z'}${r.issue.status}`),
    },
  ];
}

const open = (row: LedgerRow) => navigate({ page: 'follow-up', issueId: row.issue.id });

// Memoised: a change the list does not see (a picker opened, the period half chosen) leaves it
// alone; it renders again only when its rows change.
export const LedgerTable = memo(function LedgerTable(props: {
  rows: readonly LedgerRow[];
  today: string;
  height: number;
}) {
  const { today } = props;
  const shown = useMemo(() => columns(today), [today]);
  const rowOf = useMemo(
    () => (r: LedgerRow, seq: number) => {
      const due = dueOf(r, today);
      return {
        className: due ? `ledger-row-${due}` : undefined,
        label: t.rowLabel(seq, placeOf(r), r.issue.description),
        testId: 'ledger-row',
      };
    },
    [today],
  );
  return (
    <VirtualTable<LedgerRow>
      label={t.title}
      className="ledger-table"
      seqTitle={t.columns.seq}
      rows={props.rows}
      columns={shown}
      row={rowOf}
      onOpen={open}
      height={props.height}
      empty={t.none}
    />
  );
});
