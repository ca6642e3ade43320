// 村民名册 (#/roster): the persons kept, filtered by 村 and 组 and found by name or pinyin
// initials; 导入名册… (preview before anything is stored), 重复人员 (merge) and 导出 Excel.
import { Button, Space, Spin, Typography } from 'antd';
import { memo, useMemo, useState } from 'react';
import { useCurrent } from '../common/use-current';
import { historyLabels } from './history-labels';
import { rosterLabels as t } from './labels';
import { RosterDuplicates } from './RosterDuplicates';
import { RosterExport } from './RosterExport';
import { RosterFilters } from './RosterFilters';
import { RosterImportModal } from './RosterImportModal';
import { RosterTable } from './RosterTable';
import { rosterChoices, storedDuplicateGroups, type RosterFilter } from './roster-view';
import { useRosterImport } from './use-roster-import';
import { useRosterRows } from './use-roster-rows';

// The list's own scroll area: the window's height less the header, filters and export above it.
const listHeight = () => Math.max(320, window.innerHeight - 380);

// The same element on every render, so React leaves it alone while the user types.
const openHint = <Typography.Text type="secondary">{historyLabels.openHint}</Typography.Text>;

/** How many persons are listed, said again only when it changes. */
const Count = memo(function Count({ text }: { text: string }) {
  return (
    <Typography.Text role="status" data-testid="roster-count">
      {text}
    </Typography.Text>
  );
});

export function RosterPage({ name }: { name?: string }) {
  const [filter, setFilter] = useState<RosterFilter>(name ? { text: name } : {});
  const [showPhones, setShowPhones] = useState(false);
  const { loading, all, shown } = useRosterRows(filter);
  const onScreen = useCurrent({ persons: shown, filter });
  const flow = useRosterImport();
  const choices = useMemo(() => rosterChoices(all, filter.village), [all, filter.village]);
  const duplicates = useMemo(() => storedDuplicateGroups(all), [all]);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.title}
      </Typography.Title>
      <Space wrap>
        <Button type="primary" loading={flow.busy} onClick={() => void flow.choose()}>
          {t.importButton}
        </Button>
        <RosterDuplicates groups={duplicates} showPhones={showPhones} />
      </Space>
      <RosterFilters
        filter={filter}
        choices={choices}
        onChange={setFilter}
        showPhones={showPhones}
        onShowPhones={setShowPhones}
      />
      <RosterExport current={onScreen} empty={shown.length === 0} />
      <Count text={loading ? t.loading : t.count(shown.length, all.length)} />
      {openHint}
      {loading ? (
        <Spin />
      ) : (
        <RosterTable persons={shown} showPhones={showPhones} height={listHeight()} />
      )}
      <RosterImportModal flow={flow} />
    </Space>
  );
}
