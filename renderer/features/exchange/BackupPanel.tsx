// 备份 writes one complete file; 恢复 previews a backup (a chosen file or one of the automatic
// backups listed here), keeps a safety copy of the current data, then replaces everything in one
// transaction (restore-flow.ts). A backup from a newer version is refused.
import { App, Button, Descriptions, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatChineseDate, localIsoDate } from '../../../shared/domain/dates';
import { tableLabels, recordTables } from '../../../shared/exchange/format';
import { serializeExchangeFile } from '../../../shared/exchange/write';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import { platform } from '../../platform';
import { AutoBackupList } from './AutoBackupList';
import { saveJson } from './ExportExchangePanel';
import {
  checkBackupFile,
  liveCount,
  restoreWithSafetyCopy,
  type RestoreCandidate,
} from './restore-flow';

export const backupLabels = {
  chooseFailed: '无法打开所选备份文件',
  restoreFailed: '恢复失败，当前数据未改动',
  backupFailed: '备份失败',
} as const;

export function BackupPanel() {
  const repos = useRepositories();
  const { message } = App.useApp();
  const [candidate, setCandidate] = useState<RestoreCandidate | null>(null);
  const [busy, setBusy] = useState(false);

  const backup = async () => {
    try {
      const file = await repos.exchange.backup(await repos.settings.get());
      const name = `屋场会助手备份 ${formatChineseDate(localIsoDate(new Date()))}.json`;
      const result = await saveJson(repos, serializeExchangeFile(file), name, '备份');
      if (result.status === 'saved') void message.success(`已备份：${result.fileName}`);
      if (result.status === 'failed') void message.error(result.message);
    } catch (error) {
      void message.error(`${backupLabels.backupFailed}：${describeError(error)}`);
    }
  };

  const offer = async (chosen: Parameters<typeof checkBackupFile>[0]) => {
    const checked = await checkBackupFile(chosen);
    if (checked.ok) setCandidate(checked.candidate);
    else void message.error(checked.message);
  };

  const chooseBackup = async () => {
    try {
      const result = await platform.openFiles({
        title: '选择备份文件',
        filters: [{ name: '备份文件', extensions: ['json'] }],
        multiple: false,
      });
      if (result.status !== 'opened' || !result.files[0]) return;
      const first = result.files[0];
      await offer(
        'bytes' in first
          ? { name: first.name, bytes: first.bytes }
          : { name: first.name, error: first.error },
      );
    } catch (error) {
      void message.error(`${backupLabels.chooseFailed}：${describeError(error)}`);
    }
  };

  const restore = async () => {
    if (!candidate) return;
    setBusy(true);
    try {
      const said = await restoreWithSafetyCopy(repos, candidate);
      setCandidate(null);
      void message.success(said, 8);
    } catch (error) {
      void message.error(`${backupLabels.restoreFailed}：${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph>
        备份文件包含全部会议、人员、诉求和设置。恢复会替换当前全部数据，恢复前自动保存一份当前数据的安全备份。
      </Typography.Paragraph>
      <Space>
        <Button onClick={() => void backup()}>备份</Button>
        <Button onClick={() => void chooseBackup()}>恢复…</Button>
      </Space>
      <AutoBackupList onChosen={offer} />
      <Modal
        open={candidate !== null}
        title="从备份恢复"
        okText="恢复"
        okButtonProps={{ danger: true, loading: busy }}
        cancelText="取消"
        onOk={() => void restore()}
        onCancel={() => setCandidate(null)}
      >
        {candidate ? (
          <Descriptions column={1} size="small">
            <Descriptions.Item label="文件">{candidate.name}</Descriptions.Item>
            <Descriptions.Item label="备份时间">
              {new Date(candidate.file.exportedAt).toLocaleString('zh-CN')}
            </Descriptions.Item>
            <Descriptions.Item label="软件版本">{candidate.file.appVersion}</Descriptions.Item>
            {recordTables.map((t) => (
              <Descriptions.Item key={t} label={tableLabels[t]}>
                {liveCount(candidate.file, t)} 条
              </Descriptions.Item>
            ))}
            <Descriptions.Item label="照片">
              {(candidate.file.photos ?? []).filter((p) => p.deletedAt === null).length} 张
            </Descriptions.Item>
          </Descriptions>
        ) : null}
      </Modal>
    </Space>
  );
}
