// The roster's filters: 村 and 组 (the groups of the chosen village), a name search that also
// takes pinyin initials, and whether phones show in full. A key typed in the search renders the
// search box again, not the antd pickers, button and switch beside it (each memoised, their
// handlers never changing), nor a Space around them.
import { Button, Select, Space, Switch } from 'antd';
import { memo, useCallback, useMemo } from 'react';
import { SearchBox } from '../common/SearchBox';
import { useCurrent } from '../common/use-current';
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

const Picker = memo(function Picker(props: {
  label: string;
  all: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  onPick: (value: string | undefined) => void;
}) {
  return (
    <Select
      aria-label={props.label}
      placeholder={props.all}
      allowClear
      showSearch
      value={props.value ?? null}
      onChange={(value: string | undefined) => props.onPick(value ?? undefined)}
      options={props.options}
      style={{ width: 160 }}
    />
  );
});

const ClearAndPhones = memo(function ClearAndPhones(props: {
  onClear: () => void;
  showPhones: boolean;
  onShowPhones: (show: boolean) => void;
}) {
  return (
    <>
      <Button onClick={props.onClear}>{t.clear}</Button>
      <Space size={6}>
        <Switch id="roster-show-phones" checked={props.showPhones} onChange={props.onShowPhones} />
        <label htmlFor="roster-show-phones">{t.showPhones}</label>
      </Space>
    </>
  );
});

export function RosterFilters({ filter, choices, onChange, showPhones, onShowPhones }: Props) {
  // The same option lists on every key typed, so the Selects' own memos hold.
  const villages = useMemo(() => options(choices.villages), [choices.villages]);
  const groups = useMemo(() => options(choices.groups), [choices.groups]);
  // The handlers change the filter as it is when they fire, and are the same functions throughout.
  const latest = useCurrent({ filter, onChange });
  const change = useCallback(
    (patch: RosterFilter) => latest().onChange({ ...latest().filter, ...patch }),
    [latest],
  );
  // Another village's groups are other places: the group choice starts again.
  const pickVillage = useCallback(
    (village: string | undefined) => change({ village, group: undefined }),
    [change],
  );
  const pickGroup = useCallback((group: string | undefined) => change({ group }), [change]);
  const clear = useCallback(() => latest().onChange({}), [latest]);
  return (
    <div className="toolbar" aria-label={t.filters} role="group">
      <Picker
        label={t.fields.village}
        all={t.allVillages}
        value={filter.village}
        options={villages}
        onPick={pickVillage}
      />
      <Picker
        label={t.fields.group}
        all={t.allGroups}
        value={filter.group}
        options={groups}
        onPick={pickGroup}
      />
      <SearchBox
        label={t.search}
        placeholder={t.searchPlaceholder}
        value={filter.text ?? ''}
        onChange={(text) => change({ text })}
        width={300}
      />
      <ClearAndPhones onClear={clear} showPhones={showPhones} onShowPhones={onShowPhones} />
    </div>
  );
}
