// On every page while the last automatic backup failed: what went wrong, and that the earlier
// backups are still there. Gone once a backup succeeds or the user closes it.
import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { subscribeBackupFailures, type BackupFailure } from './auto-backup';

export const backupNoticeLabels = {
  title: '自动备份没有完成',
  advice: '之前的自动备份仍然保留。请检查磁盘空间，或在“导入与备份”中手动备份一次。',
} as const;

export function BackupNotice() {
  const [failure, setFailure] = useState<BackupFailure | null>(null);
  useEffect(() => subscribeBackupFailures(setFailure), []);
  if (!failure) return null;
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      closable
      onClose={() => setFailure(null)}
      message={backupNoticeLabels.title}
      description={`${failure.message}。${backupNoticeLabels.advice}`}
      style={{ position: 'fixed', bottom: 16, right: 16, maxWidth: 480, zIndex: 1000 }}
    />
  );
}
