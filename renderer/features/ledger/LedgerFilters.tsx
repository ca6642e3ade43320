// The 台账's filters: one Select per field, its options from the data; period and text search.
import { Button, DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import type { LedgerDue, LedgerFilter } from '../../../shared/docs/ledger-filter';
import { issueStatuses } from '../../../shared/domain/vocabulary';
import { ledgerLabels as t } from './labels';
import type { LedgerChoices } from './use-ledger-rows';

type Props = {
  filter: LedgerFilter;
  choices: LedgerChoices;
  onChange: (next: LedgerFilter) => void;
};

const pickers: { key: keyof LedgerChoices; label: string; all: string }[] = [
  { key: 'village', label: t.village, all: t.allVillages },
  { key: 'group', label: t.group, all: t.allGroups },
  { key: 'category', label: t.category, all: t.allCategories },
  { key: 'unit', label: t.unit, all: t.allUnits },
  { key: 'owner', label: t.owner, all: t.allOwners },
];

const dueOptions: { value: LedgerDue; label: string }[] = [
  { value: 'overdue', label: t.overdue },
  { value: 'due-soon', label: t.dueSoon },
];

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

const statusOptions = options(issueStatuses);

export function LedgerFilters({ filter, choices, onChange }: Props) {
  // The same option lists on every key typed, so the Selects' own memos hold.
  const offered = useMemo(
    () => Object.fromEntries(pickers.map(({ key }) => [key, options(choices[key])])),
    [choices],
  );
  const set = (patch: Partial<LedgerFilter>) => onChange({ ...filter, ...patch });
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [
    filter.from ? dayjs(filter.from) : null,
    filter.to ? dayjs(filter.to) : null,
  ];
  return (
    <Space wrap aria-label={t.filters} role="group">
      {pickers.map(({ key, label, all }) => (
        <Select
          key={key}
          aria-label={label}
          placeholder={all}
          allowClear
          showSearch
          value={filter[key] ?? null}
          onChange={(value: string | undefined) => set({ [key]: value ?? undefined })}
          options={offered[key]}
          style={{ width: 150 }}
        />
      ))}
      <Select
        aria-label={t.status}
        placeholder={t.allStatuses}
        allowClear
        showSearch
        value={filter.status ?? null}
        onChange={(status: LedgerFilter['status']) => set({ status: status ?? undefined })}
        options={statusOptions}
        style={{ width: 150 }}
      />
      <Select
        aria-label={t.due}
        placeholder={t.allDue}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={filter.due ?? null}
        onChange={(due: LedgerDue | undefined) => set({ due: due ?? undefined })}
        options={dueOptions}
        style={{ width: 150 }}
      />
      <DatePicker.RangePicker
        aria-label={t.period}
        placeholder={[t.periodFrom, t.periodTo]}
        allowEmpty={[true, true]}
        value={range}
        onChange={(dates) =>
          set({
            from: dates?.[0]?.format('YYYY-MM-DD') ?? undefined,
            to: dates?.[1]?.format('YYYY-MM-DD') ?? undefined,
          })
        }
      />
      <Input.Search
        aria-label={t.search}
        placeholder={t.searchPlaceholder}
        allowClear
        value={filter.text ?? ''}
        onChange={(e) => set({ text: e.target.value })}
        style={{ width: 360 }}
      />
      <Button onClick={() => onChange({})}>{t.clear}</Button>
    </Space>
  );
}
