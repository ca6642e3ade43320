// 备份 writes one complete file; 恢复 previews a backup, keeps a safety copy of the current data,
// then replaces everything in one transaction. A backup from a newer version is refused.
import { App, Button, Descriptions, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatChineseDate, localIsoDate } from '../../../shared/domain/dates';
import { tableLabels, recordTables, type ExchangeFile } from '../../../shared/exchange/format';
import { compareAppVersions } from '../../../shared/exchange/versions';
import { serializeExchangeFile } from '../../../shared/exchange/write';

const appVersion = import.meta.env.VITE_APP_VERSION ?? '0.0.0';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import { platform } from '../../platform';
import { saveJson } from './ExportExchangePanel';
import { checkFiles } from './read-files';

export function BackupPanel() {
  const repos = useRepositories();
  const { message } = App.useApp();
  const [candidate, setCandidate] = useState<{ name: string; file: ExchangeFile } | null>(null);

  const backup = async () => {
    try {
      const file = await repos.exchange.backup(await repos.settings.get());
      const name = `屋场会助手备份 ${formatChineseDate(localIsoDate(new Date()))}.json`;
      const result = await saveJson(repos, serializeExchangeFile(file), name, '备份');
      if (result.status === 'saved') void message.success(`已备份：${result.fileName}`);
      if (result.status === 'failed') void message.error(result.message);
    } catch (error) {
      void message.error(`备份失败：${describeError(error)}`);
    }
  };

  const chooseBackup = async () => {
    const result = await platform.openFiles({
      title: '选择备份文件',
      filters: [{ name: '备份文件', extensions: ['json'] }],
      multiple: false,
    });
    if (result.status !== 'opened' || !result.files[0]) return;
    const first = result.files[0];
    const [checked] = await checkFiles([
      'bytes' in first
        ? { name: first.name, bytes: first.bytes }
        : { name: first.name, error: first.error },
    ]);
    if (!checked) return;
    if (!checked.ok) void message.error(checked.message);
    else if (compareAppVersions(checked.file.appVersion, appVersion) > 0)
      void message.error(
        `“${checked.name}”来自更新版本的屋场会助手（${checked.file.appVersion}），本机是 ${appVersion}，请先升级本软件再恢复`,
      );
    else if (checked.file.kind !== 'backup')
      void message.error(`“${checked.name}”是交换文件，不是备份。交换文件请用“导入”`);
    else setCandidate({ name: checked.name, file: checked.file });
  };

  const restore = async () => {
    if (!candidate) return;
    try {
      const current = await repos.exchange.backup(await repos.settings.get());
      const safety = await platform.writeAutoBackup({
        reason: 'before-restore',
        bytes: new TextEncoder().encode(serializeExchangeFile(current)),
      });
      if (safety.status !== 'saved')
        throw new Error(`未能保存恢复前的安全备份（${safety.message}），已取消恢复`);
      await repos.exchange.restore(candidate.file);
      await repos.fileLog.record({
        action: '恢复',
        what: `从备份恢复（安全备份：${safety.fileName}）`,
        fileName: candidate.name,
      });
      setCandidate(null);
      void message.success('已恢复');
    } catch (error) {
      void message.error(`恢复失败，当前数据未改动：${describeError(error)}`);
    }
  };

  return (
    <Space direction="vertical">
      <Typography.Paragraph>
        备份文件包含全部会议、人员、诉求和设置。恢复会替换当前全部数据，恢复前自动保存一份当前数据的安全备份。
      </Typography.Paragraph>
      <Space>
        <Button onClick={() => void backup()}>备份</Button>
        <Button onClick={() => void chooseBackup()}>恢复…</Button>
      </Space>
      <Modal
        open={candidate !== null}
        title="从备份恢复"
        okText="恢复"
        okButtonProps={{ danger: true }}
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
                {candidate.file.records[t].filter((r) => r.deletedAt === null).length} 条
              </Descriptions.Item>
            ))}
          </Descriptions>
        ) : null}
      </Modal>
    </Space>
  );
}
