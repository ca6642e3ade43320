// 导出 Excel for the persons on screen, in the copy chosen (版本), remembered for next time.
import { App, Button, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { privacyLabels, type Privacy } from '../../../shared/docs/privacy';
import type { Person } from '../../../shared/domain/schemas';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/errors';
import { rosterLabels as t } from './labels';
import { exportRoster, rosterExportKind } from './roster-export';
import type { RosterFilter } from './roster-view';

const copies = Object.entries(privacyLabels).map(([value, label]) => ({ value, label }));

export function RosterExport(props: { persons: readonly Person[]; filter: RosterFilter }) {
  const repos = useRepositories();
  const { message } = App.useApp();
  const [privacy, setPrivacy] = useState<Privacy>('masked');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    repos.exportPreferences.get(rosterExportKind).then(
      (preference) => current && setPrivacy(preference.privacy),
      () => undefined, // the default copy stays chosen
    );
    return () => {
      current = false;
    };
  }, [repos]);

  const run = async () => {
    setBusy(true);
    try {
      const outcome = await exportRoster(repos, { ...props, privacy });
      if (outcome.status === 'saved') void message.success(t.saved(outcome.fileName));
      if (outcome.status === 'failed') void message.error(`${t.exportFailed}：${outcome.message}`);
    } catch (error) {
      void message.error(`${t.exportFailed}：${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size={4}>
      <Space wrap>
        <Select
          aria-label={t.copy}
          value={privacy}
          onChange={setPrivacy}
          options={copies}
          style={{ width: 280 }}
        />
        <Button disabled={props.persons.length === 0} loading={busy} onClick={() => void run()}>
          {t.exportExcel}
        </Button>
      </Space>
      <Typography.Text type="secondary" aria-live="polite">
        {t.copyContents[privacy]}
      </Typography.Text>
    </Space>
  );
}
