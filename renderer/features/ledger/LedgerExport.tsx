// 导出台账（Word） and 导出 Excel for the filter on screen, in the copy chosen (版本).
import { App, Button, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { LedgerFilter } from '../../../shared/docs/ledger-filter';
import { copyContents, privacyLabels, type Privacy } from '../../../shared/docs/privacy';
import { useRepositories, useSettings } from '../../app/data-context';
import { describeError } from '../../app/errors';
import { exportLedger, type LedgerFormat } from './ledger-export';
import { ledgerLabels as t } from './labels';

const copies = Object.entries(privacyLabels).map(([value, label]) => ({ value, label }));

export function LedgerExport({ filter, disabled }: { filter: LedgerFilter; disabled: boolean }) {
  const repos = useRepositories();
  const settings = useSettings();
  const { message } = App.useApp();
  const [privacy, setPrivacy] = useState<Privacy>('masked');
  const [busy, setBusy] = useState<LedgerFormat | null>(null);

  useEffect(() => {
    let current = true;
    repos.exportPreferences.get('ledger').then(
      (preference) => current && setPrivacy(preference.privacy),
      () => undefined, // the default copy stays chosen
    );
    return () => {
      current = false;
    };
  }, [repos]);

  const run = async (format: LedgerFormat) => {
    setBusy(format);
    try {
      const outcome = await exportLedger(repos, settings, { format, filter, privacy });
      if (outcome.status === 'saved') void message.success(t.saved(outcome.fileName));
      if (outcome.status === 'failed') void message.error(`${t.failed}：${outcome.message}`);
    } catch (error) {
      void message.error(`${t.failed}：${describeError(error)}`);
    } finally {
      setBusy(null);
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
        <Button disabled={disabled} loading={busy === 'docx'} onClick={() => void run('docx')}>
          {t.exportWord}
        </Button>
        <Button disabled={disabled} loading={busy === 'xlsx'} onClick={() => void run('xlsx')}>
          {t.exportExcel}
        </Button>
      </Space>
      <Typography.Text type="secondary" aria-live="polite">
        {copyContents(privacy, false)}
      </Typography.Text>
    </Space>
  );
}
