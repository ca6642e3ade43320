// 村民名册 (#/roster): the persons kept, filtered by 村 and 组 and found by name or pinyin
// initials; 导入名册… (preview before anything is stored), 重复人员 (merge) and 导出 Excel.
import { Button, Space, Spin, Typography } from 'antd';
import { memo, useMemo, useState } from 'react';
import { ListCount } from '../common/ListCount';
import { useCurrent } from '../common/use-current';
import { historyLabels } from './history-labels';
import { rosterLabels as t } from './labels';
import { RosterDuplicates } from './RosterDuplicates';
import { RosterExport } from './RosterExport';
import { RosterFilters } from './RosterFilters';
import { RosterImportModal } from './RosterImportModal';
import { RosterTable } from './RosterTable';
import {
  rosterChoices,
  storedDuplicateGroups,
  type RosterFilter,
  type StoredDuplicateGroup,
} from './roster-view';
import { useRosterImport } from './use-roster-import';
import { useRosterRows } from './use-roster-rows';

// The list's own scroll area: the window's height less the header, filters and export above it.
const listHeight = () => Math.max(320, window.innerHeight - 380);

// The same elements on every render, so React leaves them alone while the user types.
const title = (
  <Typography.Title level={3} style={{ margin: 0 }}>
    {t.title}
  </Typography.Title>
);
const openHint = <Typography.Text type="secondary">{historyLabels.openHint}</Typography.Text>;

/** 导入名册… with its preview, and 重复人员: drawn again when these change, not on a key typed. */
const RosterActions = memo(function RosterActions(props: {
  duplicates: readonly StoredDuplicateGroup[];
  showPhones: boolean;
}) {
  const flow = useRosterImport();
  return (
    <>
      <Space wrap>
        <Button type="primary" loading={flow.busy} onClick={() => void flow.choose()}>
          {t.importButton}
        </Button>
        <RosterDuplicates groups={props.duplicates} showPhones={props.showPhones} />
      </Space>
      <RosterImportModal flow={flow} />
    </>
  );
});

export function RosterPage({ name }: { name?: string }) {
  const [filter, setFilter] = useState<RosterFilter>(name ? { text: name } : {});
  const [showPhones, setShowPhones] = useState(false);
  const { loading, all, shown } = useRosterRows(filter);
  const onScreen = useCurrent({ persons: shown, filter });
  const choices = useMemo(() => rosterChoices(all, filter.village), [all, filter.village]);
  const duplicates = useMemo(() => storedDuplicateGroups(all), [all]);
  // A plain column, not antd's Space, and every part but the list and its count memoised: a key
  // typed in the search draws the box, the count and the rows in view, nothing else.
  return (
    <div className="column">
      {title}
      <RosterActions duplicates={duplicates} showPhones={showPhones} />
      <RosterFilters
        filter={filter}
        choices={choices}
        onChange={setFilter}
        showPhones={showPhones}
        onShowPhones={setShowPhones}
      />
      <RosterExport current={onScreen} empty={shown.length === 0} />
      <ListCount
        text={loading ? t.loading : t.count(shown.length, all.length)}
        testId="roster-count"
      />
      {openHint}
      {loading ? (
        <Spin />
      ) : (
        <RosterTable persons={shown} showPhones={showPhones} height={listHeight()} />
      )}
    </div>
  );
}
