// The roster's filters: 村 and 组 (the groups of the chosen village), a name search that also
// takes pinyin initials, and whether phones show in full.
import { Button, Input, Select, Space, Switch } from 'antd';
import { useMemo } from 'react';
import { rosterLabels as t } from './labels';
import type { RosterFilter } from './roster-view';

type Props = {
  filter: RosterFilter;
  choices: { villages: string[]; groups: string[] };
  onChange: (next: RosterFilter) => void;
  showPhones: boolean;
  onShowPhones: (show: boolean) => void;
};

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

export function RosterFilters({ filter, choices, onChange, showPhones, onShowPhones }: Props) {
  // The same option lists on every key typed, so the Selects' own memos hold.
  const villages = useMemo(() => options(choices.villages), [choices.villages]);
  const groups = useMemo(() => options(choices.groups), [choices.groups]);
  return (
    <Space wrap aria-label={t.filters} role="group">
      <Select
        aria-label={t.fields.village}
        placeholder={t.allVillages}
        allowClear
        showSearch
        value={filter.village ?? null}
        // Another village's groups are other places: the group choice starts again.
        onChange={(village: string | undefined) =>
          onChange({ ...filter, village: village ?? undefined, group: undefined })
        }
        options={villages}
        style={{ width: 160 }}
      />
      <Select
        aria-label={t.fields.group}
        placeholder={t.allGroups}
        allowClear
        showSearch
        value={filter.group ?? null}
        onChange={(group: string | undefined) => onChange({ ...filter, group: group ?? undefined })}
        options={groups}
        style={{ width: 160 }}
      />
      <Input.Search
        aria-label={t.search}
        placeholder={t.searchPlaceholder}
        allowClear
        value={filter.text ?? ''}
        onChange={(e) => onChange({ ...filter, text: e.target.value })}
        style={{ width: 300 }}
      />
      <Button onClick={() => onChange({})}>{t.clear}</Button>
      <Space size={6}>
        <Switch id="roster-show-phones" checked={showPhones} onChange={onShowPhones} />
        <label htmlFor="roster-show-phones">{t.showPhones}</label>
      </Space>
    </Space>
  );
}
