// 导出 Excel for the persons on screen, in the copy chosen (版本), remembered for next time.
import { Button, Space, Typography } from 'antd';
import { memo, useState } from 'react';
import type { Person } from '../../../shared/domain/schemas';
import { useRepositories } from '../../app/data-context';
import { CopySelect } from '../export/CopySelect';
import { useExportRunner, useRememberedCopy } from '../export/use-export';
import { rosterLabels as t } from './labels';
import { exportRoster, rosterExportKind } from './roster-export';
import type { RosterFilter } from './roster-view';

/** Takes the list on screen when 导出 is pressed, so a key typed does not render it again. */
export const RosterExport = memo(function RosterExport(props: {
  current: () => { persons: readonly Person[]; filter: RosterFilter };
  empty: boolean;
}) {
  const repos = useRepositories();
  const [privacy, setPrivacy] = useRememberedCopy(rosterExportKind);
  const [busy, setBusy] = useState(false);
  const runExport = useExportRunner({ saved: t.saved, failed: t.exportFailed });

  const run = async () => {
    setBusy(true);
    await runExport(() => exportRoster(repos, { ...props.current(), privacy }));
    setBusy(false);
  };

  return (
    <Space direction="vertical" size={4}>
      <Space wrap>
        <CopySelect label={t.copy} value={privacy} onChange={setPrivacy} />
        <Button disabled={props.empty} loading={busy} onClick={() => void run()}>
          {t.exportExcel}
        </Button>
      </Space>
      <Typography.Text type="secondary" aria-live="polite">
        {t.copyContents[privacy]}
      </Typography.Text>
    </Space>
  );
});
