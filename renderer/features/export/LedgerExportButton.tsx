// 导出台账: the issues of all meetings for a filter (村, 时间段, 状态, 问题类别), on A4 landscape.
// The full ledger screen of the follow-up work will reuse the same filter and builder.
import { App, Button, Checkbox, DatePicker, Modal, Radio, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { filterLedger, type LedgerFilter } from '../../../shared/docs/ledger-filter';
import { localIsoDate } from '../../../shared/domain/dates';
import { issueStatuses } from '../../../shared/domain/vocabulary';
import { useRepositories, useSettings } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import type { ExportPreference } from '../../db/repositories/settings';
import { saveDocument } from './save-document';
import { copyContents, privacyLabels } from '../../../shared/docs/privacy';

export function LedgerExportButton() {
  const repos = useRepositories();
  const settings = useSettings();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState<LedgerFilter>({});
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [privacy, setPrivacy] = useState<ExportPreference['privacy']>('masked');
  const today = localIsoDate(new Date());
  const bundles = useLiveQuery(
    () => (open ? repos.meetings.loadAllBundles() : []),
    [repos, open],
    [],
  );
  const fullFilter: LedgerFilter = {
    ...filter,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  };
  const matching = filterLedger(bundles, fullFilter, today).length;
  const villages = [...new Set(bundles.map((b) => b.meeting.village).filter(Boolean))];

  const exportLedger = async () => {
    try {
      const preference = await repos.exportPreferences.get('ledger');
      await repos.exportPreferences.save('ledger', { ...preference, privacy });
      const { ledgerExport } = await import('../../../shared/docs/exports');
      const input = { bundles, filter: fullFilter, today, settings };
      const plan = ledgerExport(input, { privacy, pageNumbers: preference.pageNumbers });
      const outcome = await saveDocument(repos, {
        kind: 'ledger',
        input,
        options: plan.options,
        fileName: plan.fileName,
        what: `${plan.title}（${matching} 条）`,
      });
      if (outcome.status === 'saved') {
        void message.success(`已导出：${outcome.fileName}`);
        setOpen(false);
      }
      if (outcome.status === 'failed') void message.error(`导出失败：${outcome.message}`);
    } catch (error) {
      void message.error(`导出失败：${describeError(error)}`);
    }
  };

  const openDialog = async () => {
    setPrivacy((await repos.exportPreferences.get('ledger')).privacy);
    setOpen(true);
  };

  return (
    <>
      <Button onClick={() => void openDialog()}>导出台账</Button>
      <Modal
        open={open}
        title="导出台账"
        okText={`导出（${matching} 条）`}
        okButtonProps={{ disabled: matching === 0 }}
        cancelText="取消"
        onOk={() => void exportLedger()}
        onCancel={() => setOpen(false)}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Select
            aria-label="村(社区)"
            placeholder="全部村(社区)"
            allowClear
            value={filter.village}
            onChange={(village?: string) => setFilter({ ...filter, village })}
            options={villages.map((v) => ({ value: v, label: v }))}
            style={{ width: '100%' }}
          />
          <DatePicker.RangePicker
            aria-label="时间段"
            value={range}
            onChange={setRange}
            style={{ width: '100%' }}
          />
          <Select
            aria-label="办理状态"
            placeholder="全部状态"
            allowClear
            value={filter.status}
            onChange={(status?: LedgerFilter['status']) => setFilter({ ...filter, status })}
            options={issueStatuses.map((s) => ({ value: s, label: s }))}
            style={{ width: '100%' }}
          />
          <Select
            aria-label="问题类别"
            placeholder="全部类别"
            allowClear
            value={filter.category}
            onChange={(category?: string) => setFilter({ ...filter, category })}
            options={settings.categories.map((c) => ({ value: c, label: c }))}
            style={{ width: '100%' }}
          />
          <Checkbox
            checked={filter.overdueOnly ?? false}
            onChange={(e) => setFilter({ ...filter, overdueOnly: e.target.checked })}
          >
            仅逾期未办结
          </Checkbox>
          <Radio.Group
            aria-label="版本"
            value={privacy}
            onChange={(e) => setPrivacy(e.target.value as ExportPreference['privacy'])}
            options={Object.entries(privacyLabels).map(([value, label]) => ({ value, label }))}
          />
          <Typography.Text type="secondary" aria-live="polite">
            {copyContents(privacy, false)}
          </Typography.Text>
        </Space>
      </Modal>
    </>
  );
}
