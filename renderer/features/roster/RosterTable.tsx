// The roster list: antd's virtual table (only the rows in view are in the page, so a township's
// tens of thousands of villagers scroll smoothly), sortable by 村, 组, 户主 and 姓名. Phones are
// masked unless the user asks to see them in full (domain.md §6: the least shown that serves).
// A row opens the person's history (#/persons/<id>) on click and on Enter.
import { Table } from 'antd';
import { memo, useMemo } from 'react';
import type { ColumnsType } from 'antd/es/table';
import type { KeyboardEvent } from 'react';
import { maskPhone } from '../../../shared/docs/privacy';
import type { Person } from '../../../shared/domain/schemas';
import { groupKey } from '../../../shared/roster/keys';
import { navigate } from '../../app/router';
import { historyLabels } from './history-labels';
import { rosterLabels as t } from './labels';
import { placeOf } from './roster-view';

type ShownPerson = Person & { n: number };

const order = new Intl.Collator('zh-CN', { numeric: true });
const byText = (pick: (p: ShownPerson) => string) => (a: ShownPerson, b: ShownPerson) =>
  order.compare(pick(a), pick(b));

function columns(showPhones: boolean): ColumnsType<ShownPerson> {
  return [
    { title: t.columns.seq, dataIndex: 'n', width: 64, sorter: (a, b) => a.n - b.n },
    { title: t.fields.name, dataIndex: 'name', width: 110, sorter: byText((p) => p.name) },
    { title: t.fields.village, dataIndex: 'village', width: 130, sorter: byText((p) => p.village) },
    {
      title: t.fields.group,
      dataIndex: 'group',
      width: 110,
      sorter: byText((p) => groupKey(p.group)),
    },
    {
      title: t.fields.household,
      dataIndex: 'household',
      width: 110,
      sorter: byText((p) => p.household),
    },
    {
      title: t.fields.tags,
      key: 'tags',
      width: 200,
      ellipsis: true,
      render: (_, p) => (p.tags.length ? p.tags.join('、') : t.noTags),
    },
    {
      title: t.fields.phone,
      key: 'phone',
      width: 150,
      render: (_, p) => (showPhones ? p.phone : maskPhone(p.phone)),
    },
  ];
}

function open(person: Person) {
  navigate({ page: 'person', personId: person.id });
}

/** Rendered again only when its rows or phones change, not on every key typed in the search. */
export const RosterTable = memo(function RosterTable(props: {
  persons: readonly Person[];
  showPhones: boolean;
  height: number;
}) {
  const rows = useMemo(() => props.persons.map((p, i) => ({ ...p, n: i + 1 })), [props.persons]);
  const shown = useMemo(() => columns(props.showPhones), [props.showPhones]);
  const width = shown.reduce((sum, c) => sum + Number(c.width ?? 0), 0);
  return (
    <Table<ShownPerson>
      virtual
      aria-label={t.title}
      className="roster-table"
      rowKey="id"
      size="small"
      columns={shown}
      dataSource={rows}
      pagination={false}
      scroll={{ x: width, y: props.height }}
      locale={{ emptyText: t.none }}
      rowClassName="roster-row"
      onRow={(p) => ({
        tabIndex: 0,
        'aria-label': historyLabels.rowLabel(p.name, placeOf(p)),
        onClick: () => open(p),
        onKeyDown: (e: KeyboardEvent) => {
          if (e.key === 'Enter') open(p);
        },
      })}
    />
  );
});
