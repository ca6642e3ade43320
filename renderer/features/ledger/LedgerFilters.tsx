// The 台账's filters: one Select per field, its options from the data; period and text search.
// Each control is rendered again only when its own value or options change: a key typed in the
// search box re-renders the box, not the seven antd pickers beside it, nor a Space around them.
import { Button, DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { memo, useCallback, useMemo } from 'react';
import { SearchBox } from '../common/SearchBox';
import { useCurrent } from '../common/use-current';
import type { LedgerDue, LedgerFilter } from '../../../shared/docs/ledger-filter';
import { issueStatuses } from '../../../shared/domain/vocabulary';
import { ledgerLabels as t } from './labels';
import type { LedgerChoices } from './use-ledger-rows';

type Props = {
  filter: LedgerFilter;
  choices: LedgerChoices;
  onChange: (next: LedgerFilter) => void;
};

type Patch = (patch: Partial<LedgerFilter>) => void;

const pickers: { key: keyof LedgerChoices; label: string; all: string }[] = [
  { key: 'village', label: t.village, all: t.allVillages },
  { key: 'group', label: t.group, all: t.allGroups },
  { key: 'category', label: t.category, all: t.allCategories },
  { key: 'unit', label: t.unit, all: t.allUnits },
  { key: 'owner', label: t.owner, all: t.allOwners },
];

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

const statusOptions = options(issueStatuses);

const dueOptions: { value: LedgerDue; label: string }[] = [
  { value: 'overdue', label: t.overdue },
  { value: 'due-soon', label: t.dueSoon },
];

const Picker = memo(function Picker(props: {
  field: 'village' | 'group' | 'category' | 'unit' | 'owner' | 'status' | 'due';
  label: string;
  all: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  set: Patch;
}) {
  const { field, set } = props;
  return (
    <Select
      aria-label={props.label}
      placeholder={props.all}
      allowClear
      // 时限提醒's values are codes: it is searched by the words shown.
      showSearch={field === 'due' ? { optionFilterProp: 'label' } : true}
      value={props.value ?? null}
      onChange={(value: string | undefined) => set({ [field]: value ?? undefined })}
      options={props.options as { value: string; label: string }[]}
      style={{ width: 150 }}
    />
  );
});

const Period = memo(function Period(props: { from?: string; to?: string; set: Patch }) {
  const { set } = props;
  return (
    <DatePicker.RangePicker
      aria-label={t.period}
      placeholder={[t.periodFrom, t.periodTo]}
      allowEmpty={[true, true]}
      value={[props.from ? dayjs(props.from) : null, props.to ? dayjs(props.to) : null]}
      onChange={(dates) =>
        set({
          from: dates?.[0]?.format('YYYY-MM-DD') ?? undefined,
          to: dates?.[1]?.format('YYYY-MM-DD') ?? undefined,
        })
      }
    />
  );
});

export function LedgerFilters({ filter, choices, onChange }: Props) {
  // The pickers change the filter as it is when they fire, through one function that never changes.
  const latest = useCurrent({ filter, onChange });
  const set = useCallback<Patch>(
    (patch) => latest().onChange({ ...latest().filter, ...patch }),
    [latest],
  );
  const offered = useMemo(
    () => Object.fromEntries(pickers.map(({ key }) => [key, options(choices[key])])),
    [choices],
  );
  // One element throughout: antd's Button is not memoised and would be drawn again on every key.
  const clear = useMemo(
    () => <Button onClick={() => latest().onChange({})}>{t.clear}</Button>,
    [latest],
  );
  return (
    <div className="toolbar" aria-label={t.filters} role="group">
      {pickers.map(({ key, label, all }) => (
        <Picker
          key={key}
          field={key}
          label={label}
          all={all}
          value={filter[key]}
          options={offered[key] ?? []}
          set={set}
        />
      ))}
      <Picker
        field="status"
        label={t.status}
        all={t.allStatuses}
        value={filter.status}
        options={statusOptions}
        set={set}
      />
      <Picker
        field="due"
        label={t.due}
        all={t.allDue}
        value={filter.due}
        options={dueOptions}
        set={set}
      />
      <Period from={filter.from} to={filter.to} set={set} />
      <SearchBox
        label={t.search}
        placeholder={t.searchPlaceholder}
        value={filter.text ?? ''}
        onChange={(text) => set({ text })}
        width={360}
      />
      {clear}
    </div>
  );
}
