// A long list as a table that keeps only the rows in view in the page (村民名册: 8,000 persons,
// 台账: 20,000 issues), filtered on every keystroke. antd's virtual Table walked every row of its
// data on each change (keys, sorting, row objects), which cost more than the filter itself; this
// renders the rows in view and a few either side, and nothing else. The rows are the page's
// elements by their place in the list, not by the record they show: a key typed in the filter
// writes the next persons' texts into the same dozen rows instead of taking them out of the page
// and building new ones, which took the browser longer than the filter itself (roster-bench).
// For assistive technology it is a table: role=table with its row count, a header row whose
// sortable column headers carry aria-sort and a button (click, Enter or Space: ascending,
// descending, back to the list's own order), rows numbered by aria-rowindex. Rows are numbered
// (序号) in the order given, and keep their number when another column sorts them. A row opens on
// click and on Enter.
import { memo, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';

export type VirtualColumn<T> = {
  key: string;
  title: string;
  width: number;
  render: (row: T) => ReactNode;
  /** Given: the column sorts by its header. */
  compare?: (a: T, b: T) => number;
};

const textOrder = new Intl.Collator('zh-CN', { numeric: true });

/** Compares rows by a text of theirs in Chinese order, numbers by value (2组 before 10组). */
export const byText =
  <T,>(pick: (row: T) => string) =>
  (a: T, b: T) =>
    textOrder.compare(pick(a), pick(b));

/** A column that shows a text of the row and sorts by that same text. */
export const textColumn = <T,>(
  key: string,
  title: string,
  width: number,
  pick: (row: T) => string,
): VirtualColumn<T> => ({ key, title, width, render: pick, compare: byText(pick) });

type Sort = { key: string; order: 'ascending' | 'descending' };

type Props<T> = {
  label: string;
  className: string;
  seqTitle: string;
  rows: readonly T[];
  columns: readonly VirtualColumn<T>[];
  row: (row: T, seq: number) => { className?: string; label: string; testId?: string };
  onOpen: (row: T) => void;
  height: number;
  empty: string;
};

// One line of text per row (cells do not wrap), as antd's small table draws it.
const rowHeight = 39;
const seqWidth = 64;
const overscan = 4;

const nextSort = (sort: Sort | null, key: string): Sort | null =>
  sort?.key !== key
    ? { key, order: 'ascending' }
    : sort.order === 'ascending'
      ? { key, order: 'descending' }
      : null;

/** The positions of rows in the order shown: as given, or by the sorted column. */
function ordered<T>(rows: readonly T[], columns: readonly VirtualColumn<T>[], sort: Sort | null) {
  const positions = Array.from(rows.keys());
  if (sort === null) return positions;
  const sign = sort.order === 'ascending' ? 1 : -1;
  const compare = columns.find((c) => c.key === sort.key)?.compare;
  return positions.sort((a, b) =>
    sort.key === 'seq'
      ? sign * (a - b)
      : sign * (compare?.(rows[a] as T, rows[b] as T) ?? 0) || a - b,
  );
}

function Header(props: {
  title: string;
  width: number;
  sortable: boolean;
  sort: Sort['order'] | undefined;
  onSort: () => void;
}) {
  return (
    <div
      role="columnheader"
      aria-sort={props.sort}
      className="virtual-table-header"
      style={{ width: props.width }}
    >
      {props.sortable ? (
        <button type="button" onClick={props.onSort}>
          {props.title}
          <span aria-hidden className="virtual-table-sort">
            {props.sort === 'ascending' ? '▲' : props.sort === 'descending' ? '▼' : '↕'}
          </span>
        </button>
      ) : (
        props.title
      )}
    </div>
  );
}

function VirtualTableOf<T>(props: Props<T>) {
  const [sort, setSort] = useState<Sort | null>(null);
  const [top, setTop] = useState(0);
  const { rows, columns } = props;
  const order = useMemo(() => ordered(rows, columns, sort), [rows, columns, sort]);
  const width = seqWidth + columns.reduce((sum, c) => sum + c.width, 0);
  // The rows in view, and `overscan` more above and below for a quick scroll.
  const firstInView = Math.floor(top / rowHeight);
  const first = Math.max(0, firstInView - overscan);
  const last = Math.min(order.length, firstInView + Math.ceil(props.height / rowHeight) + overscan);
  const headers = [
    { key: 'seq', title: props.seqTitle, width: seqWidth, sortable: true },
    ...columns.map((c) => ({ ...c, sortable: c.compare !== undefined })),
  ];
  const openOnEnter = (e: KeyboardEvent, row: T) => {
    if (e.key === 'Enter' && e.target === e.currentTarget) props.onOpen(row);
  };
  return (
    <div
      role="table"
      aria-label={props.label}
      aria-rowcount={rows.length + 1}
      className={`virtual-table ${props.className}`}
      style={{ maxHeight: props.height }}
      onScroll={(e) => setTop(e.currentTarget.scrollTop)}
    >
      <div role="rowgroup" className="virtual-table-head" style={{ width }}>
        <div role="row" aria-rowindex={1} className="virtual-table-row">
          {headers.map((h) => (
            <Header
              key={h.key}
              title={h.title}
              width={h.width}
              sortable={h.sortable}
              sort={sort?.key === h.key ? sort.order : undefined}
              onSort={() => setSort(nextSort(sort, h.key))}
            />
          ))}
        </div>
      </div>
      <div role="rowgroup" style={{ width, height: Math.max(1, order.length) * rowHeight }}>
        {order.length === 0 && (
          <div role="row" className="virtual-table-row virtual-table-empty">
            <div role="cell">{props.empty}</div>
          </div>
        )}
        {order.slice(first, last).map((position, i) => {
          const row = rows[position] as T;
          const shown = props.row(row, position + 1);
          return (
            <div
              key={first + i}
              role="row"
              aria-rowindex={first + i + 2}
              aria-label={shown.label}
              data-testid={shown.testId}
              tabIndex={0}
              className={`virtual-table-row ${shown.className ?? ''}`}
              style={{ top: (first + i) * rowHeight }}
              onClick={() => props.onOpen(row)}
              onKeyDown={(e) => openOnEnter(e, row)}
            >
              <div role="cell" style={{ width: seqWidth }}>
                {position + 1}
              </div>
              {columns.map((c) => (
                <div role="cell" key={c.key} style={{ width: c.width }}>
                  {c.render(row)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** Rendered again only when its own props change, not on every key typed in a filter above it. */
export const VirtualTable = memo(VirtualTableOf) as typeof VirtualTableOf;
