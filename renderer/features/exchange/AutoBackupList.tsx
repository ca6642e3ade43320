// The automatic backups in the data folder (desktop app only): time, reason, size, and the
// meetings and issues each holds; 恢复 opens the same preview as a chosen file.
import { App, Button, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AutoBackupInfo, BackupReason } from '../../../shared/ipc/contract';
import { describeError } from '../../app/save-status';
import { isDesktop, platform } from '../../platform';
import type { ChosenFile } from './read-files';

export const autoBackupLabels = {
  title: '自动备份',
  browser: '浏览器版没有自动备份；请用“恢复…”选择备份文件。',
  none: '还没有自动备份（退出时和每天各备份一次）。',
  listFailed: '无法列出自动备份',
  readFailed: '无法读取这份自动备份',
  unknown: '未记录',
  reasons: {
    quit: '退出时',
    daily: '每日',
    'before-restore': '恢复前安全备份',
  } satisfies Record<BackupReason, string>,
} as const;

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function AutoBackupList({ onChosen }: { onChosen: (file: ChosenFile) => Promise<void> }) {
  const { message } = App.useApp();
  const [backups, setBackups] = useState<AutoBackupInfo[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = useCallback(() => {
    platform.listAutoBackups().then(
      (list) => {
        setBackups(list);
        setFailure(null);
      },
      (error: unknown) => setFailure(`${autoBackupLabels.listFailed}：${describeError(error)}`),
    );
  }, []);
  useEffect(refresh, [refresh]);

  const choose = async (backup: AutoBackupInfo) => {
    try {
      const read = await platform.readAutoBackup({ name: backup.name });
      if (read.status === 'failed') {
        void message.error(read.message);
        return;
      }
      await onChosen({ name: read.name, bytes: read.bytes });
    } catch (error) {
      void message.error(`${autoBackupLabels.readFailed}：${describeError(error)}`);
    }
  };

  if (!isDesktop)
    return <Typography.Text type="secondary">{autoBackupLabels.browser}</Typography.Text>;
  return (
    <>
      <Typography.Title level={5}>{autoBackupLabels.title}</Typography.Title>
      {failure ? (
        <Typography.Text type="danger" role="alert">
          {failure}
        </Typography.Text>
      ) : null}
      <Table<AutoBackupInfo>
        aria-label={autoBackupLabels.title}
        rowKey="name"
        size="small"
        loading={backups === null && failure === null}
        locale={{ emptyText: autoBackupLabels.none }}
        dataSource={backups ?? []}
        pagination={(backups?.length ?? 0) > 10 ? { pageSize: 10 } : false}
        columns={[
          {
            title: '时间',
            dataIndex: 'time',
            render: (time: string) => new Date(time).toLocaleString('zh-CN'),
          },
          {
            title: '原因',
            dataIndex: 'reason',
            render: (reason: BackupReason) => autoBackupLabels.reasons[reason],
          },
          { title: '大小', dataIndex: 'size', render: (size: number) => formatSize(size) },
          {
            title: '会议',
            dataIndex: 'meetings',
            render: (n: number | null) => n ?? autoBackupLabels.unknown,
          },
          {
            title: '诉求',
            dataIndex: 'issues',
            render: (n: number | null) => n ?? autoBackupLabels.unknown,
          },
          {
            title: '',
            render: (_, backup) => (
              <Button size="small" onClick={() => void choose(backup)}>
                恢复…
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
