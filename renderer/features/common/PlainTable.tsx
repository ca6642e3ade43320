// The home screen's tables: a plain <table>, a pager, and rows that open to show more, styled like
// antd's Table (app.css, .plain-table). antd's Table brings its filter menus, tree, select and
// virtual list along, a third of the start-up script, though the home screen uses none of them:
// without it a cold start on an empty database is about 50 ms shorter. The other pages, which
// sort, filter and scroll, keep antd's.
import { Fragment, useState, type ReactNode } from 'react';

export type PlainColumn<T> = {
  key: string;
  title: string;
  width?: number;
  /** One line, cut with … where it does not fit; the whole text is the cell's title. */
  ellipsis?: boolean;
  render: (row: T) => ReactNode;
};

export type Pager = {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  /** What the pager is named for a screen reader: which list it turns. */
  label: string;
  /** Words before the page numbers, e.g. 共 23 场. */
  totalText?: string;
};

type Props<T> = {
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly PlainColumn<T>[];
  size: 'middle' | 'small';
  empty?: ReactNode;
  onRowClick?: (row: T) => void;
  /** Rows that open, by a click anywhere on them or by their button, to show `render(row)`. */
  expandable?: { render: (row: T) => ReactNode; label: (row: T) => string };
  pager?: Pager;
};

export function PlainTable<T>(props: Props<T>) {
  const { rows, rowKey, columns, size, empty, onRowClick, expandable, pager } = props;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((keys) => {
      const next = new Set(keys);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const span = columns.length + (expandable ? 1 : 0);
  const fixed = columns.some((column) => column.ellipsis);
  return (
    <div className={`plain-table plain-table-${size}`}>
      <table style={fixed ? { tableLayout: 'fixed' } : undefined}>
        <colgroup>
          {expandable ? <col className="plain-table-expand-col" /> : null}
          {columns.map((column) => (
            <col key={column.key} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {expandable ? <td /> : null}
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr className="plain-table-empty">
              <td colSpan={span}>{empty}</td>
            </tr>
          ) : null}
          {rows.map((row) => {
            const key = rowKey(row);
            const isOpen = open.has(key);
            const onClick = expandable ? () => toggle(key) : onRowClick && (() => onRowClick(row));
            return (
              <Fragment key={key}>
                <tr
                  data-row-key={key}
                  className={onClick ? 'plain-table-clickable' : undefined}
                  onClick={onClick}
                >
                  {expandable ? (
                    <td>
                      <button
                        type="button"
                        className="plain-table-expand"
                        aria-expanded={isOpen}
                        aria-label={expandable.label(row)}
                        // The row's own click opens and closes it; the button's would do it twice.
                        onClick={(event) => {
                          event.stopPropagation();
                          toggle(key);
                        }}
                      />
                    </td>
                  ) : null}
                  {columns.map((column) => {
                    const content = column.render(row);
                    return (
                      <td
                        key={column.key}
                        className={column.ellipsis ? 'plain-table-ellipsis' : undefined}
                        title={column.ellipsis && typeof content === 'string' ? content : undefined}
                      >
                        {content}
                      </td>
                    );
                  })}
                </tr>
                {expandable && isOpen ? (
                  <tr className="plain-table-expanded">
                    <td colSpan={span}>{expandable.render(row)}</td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {pager && pager.total > pager.pageSize ? <PagerNav {...pager} /> : null}
    </div>
  );
}

/** Page numbers as antd shows them: the first, the last, the current and two either side. */
export function pagesShown(page: number, last: number): (number | 'gap')[] {
  const around = 2;
  const left = page - 1 <= around ? 1 : Math.min(page - around, last - around * 2);
  const right = last - page <= around ? last : Math.max(page + around, 1 + around * 2);
  if (last <= 3 + around * 2) return range(1, last);
  return [
    ...(left > 1 ? [1] : []),
    ...(left > 2 ? ['gap' as const] : []),
    ...range(left, right),
    ...(right < last - 1 ? ['gap' as const] : []),
    ...(right < last ? [last] : []),
  ];
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

function PagerNav({ page, pageSize, total, onPage, label, totalText }: Pager) {
  const last = Math.ceil(total / pageSize);
  return (
    <nav className="plain-pager" aria-label={label}>
      {totalText ? <span className="plain-pager-total">{totalText}</span> : null}
      <button
        type="button"
        aria-label="上一页"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        ‹
      </button>
      {pagesShown(page, last).map((shown, index) =>
        shown === 'gap' ? (
          <span key={`gap-${index}`} className="plain-pager-gap" aria-hidden="true">
            •••
          </span>
        ) : (
          <button
            key={shown}
            type="button"
            aria-label={`第 ${shown} 页`}
            aria-current={shown === page ? 'page' : undefined}
            onClick={() => onPage(shown)}
          >
            {shown}
          </button>
        ),
      )}
      <button
        type="button"
        aria-label="下一页"
        disabled={page >= last}
        onClick={() => onPage(page + 1)}
      >
        ›
      </button>
    </nav>
  );
}
