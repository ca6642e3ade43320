// 导出台账（Word） and 导出 Excel for the filter on screen, in the copy chosen (版本).
import { Button, Space, Typography } from 'antd';
import { memo, useState } from 'react';
import type { LedgerFilter } from '../../../shared/docs/ledger-filter';
import { copyContents } from '../../../shared/docs/privacy';
import { useRepositories, useSettings } from '../../app/data-context';
import { CopySelect } from '../export/CopySelect';
import { useExportRunner, useRememberedCopy } from '../export/use-export';
import { exportLedger, type LedgerFormat } from './ledger-export';
import { ledgerLabels as t } from './labels';

/** Takes the filter on screen when a button is pressed, so a key typed does not render it again. */
export const LedgerExport = memo(function LedgerExport({
  current,
  disabled,
}: {
  current: () => LedgerFilter;
  disabled: boolean;
}) {
  const repos = useRepositories();
  const settings = useSettings();
  const [privacy, setPrivacy] = useRememberedCopy('ledger');
  const [busy, setBusy] = useState<LedgerFormat | null>(null);
  const runExport = useExportRunner({ saved: t.saved, failed: t.failed });

  const run = async (format: LedgerFormat) => {
    setBusy(format);
    await runExport(() => exportLedger(repos, settings, { format, filter: current(), privacy }));
    setBusy(null);
  };

  return (
    <Space direction="vertical" size={4}>
      <Space wrap>
        <CopySelect label={t.copy} value={privacy} onChange={setPrivacy} />
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
});
