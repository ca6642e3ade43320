// The roster list: only the rows in view are in the page (VirtualTable), so a township's tens of
// thousands of villagers scroll and filter smoothly; sortable by 村, 组, 户主 and 姓名. Phones are
// masked unless the user asks to see them in full (domain.md §6: the least shown that serves).
// A row opens the person's history (#/persons/<id>) on click and on Enter.
import { memo } from 'react';
import { maskPhone } from '../../../shared/docs/privacy';
import type { Person } from '../../../shared/domain/schemas';
import { groupKey } from '../../../shared/roster/keys';
import { navigate } from '../../app/router';
import { VirtualTable, byText, textColumn, type VirtualColumn } from '../common/VirtualTable';
import { historyLabels } from './history-labels';
import { rosterLabels as t } from './labels';
import { placeOf } from './roster-view';

const columns = (showPhones: boolean): VirtualColumn<Person>[] => [
  textColumn('name', t.fields.name, 110, (p) => p.name),
  textColumn('village', t.fields.village, 130, (p) => p.village),
  {
    key: 'group',
    title: t.fields.group,
    width: 110,
    render: (p) => p.group,
    compare: byText((p: Person) => groupKey(p.group)),
  },
  textColumn('household', t.fields.household, 110, (p) => p.household),
  {
    key: 'tags',
    title: t.fields.tags,
    width: 200,
    render: (p) => (p.tags.length ? p.tags.join('、') : t.noTags),
  },
  {
    key: 'phone',
    title: t.fields.phone,
    width: 150,
    render: (p) => (showPhones ? p.phone : maskPhone(p.phone)),
  },
];

const masked = columns(false);
const full = columns(true);

const rowOf = (p: Person) => ({
  className: 'roster-row',
  label: historyLabels.rowLabel(p.name, placeOf(p)),
});

const open = (person: Person) => navigate({ page: 'person', personId: person.id });

/** Rendered again only when its rows or phones change, not on every key typed in the search. */
export const RosterTable = memo(function RosterTable(props: {
  persons: readonly Person[];
  showPhones: boolean;
  height: number;
}) {
  return (
    <VirtualTable<Person>
      label={t.title}
      className="roster-table"
      seqTitle={t.columns.seq}
      rows={props.persons}
      columns={props.showPhones ? full : masked}
      row={rowOf}
      onOpen={open}
      height={props.height}
      empty={t.none}
    />
  );
});
