// The two screens start-up may show before the app: the database could not be opened (which
// failure, then retry or restore the newest automatic backup or a chosen file), and the database
// is blank while automatic backups hold data (restore, or start empty deliberately). Nothing is
// written until the user chooses.
import { App as AntApp, Alert, Button, ConfigProvider, Result, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import type { AutoBackupInfo } from '../../../shared/ipc/contract';
import { describeError } from '../../app/save-status';
import { appTheme } from '../../app/theme';
import { isDesktop, platform } from '../../platform';
import { checkBackupFile, type RestoreCandidate } from './restore-flow';
import { describeHeld, openFailureKind, startupLabels } from './startup-checks';

/** Reads and checks a backup the user picked or the newest automatic one. */
export async function pickBackup(
  source: 'chosen' | AutoBackupInfo,
): Promise<RestoreCandidate | null> {
  if (source === 'chosen') {
    const result = await platform.openFiles({
      title: '选择备份文件',
      filters: [{ name: '备份文件', extensions: ['json'] }],
      multiple: false,
    });
    const first = result.status === 'opened' ? result.files[0] : undefined;
    if (!first) return null;
    const checked = await checkBackupFile(
      'bytes' in first
        ? { name: first.name, bytes: first.bytes }
        : { name: first.name, error: first.error },
    );
    if (!checked.ok) throw new Error(checked.message);
    return checked.candidate;
  }
  const read = await platform.readAutoBackup({ name: source.name });
  if (read.status === 'failed') throw new Error(read.message);
  const checked = await checkBackupFile({ name: read.name, bytes: read.bytes });
  if (!checked.ok) throw new Error(checked.message);
  return checked.candidate;
}

const when = (backup: AutoBackupInfo) => new Date(backup.time).toLocaleString('zh-CN');

function Frame({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider {...appTheme}>
      <AntApp>
        <main style={{ maxWidth: 760, margin: '48px auto', padding: 16 }}>{children}</main>
      </AntApp>
    </ConfigProvider>
  );
}

type Choice = (source: 'chosen' | AutoBackupInfo) => Promise<void>;

function RestoreButtons({
  newest,
  onRestore,
  confirmFirst,
}: {
  newest: AutoBackupInfo | undefined;
  onRestore: Choice;
  confirmFirst: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (source: 'chosen' | AutoBackupInfo) => {
    if (confirmFirst && !window.confirm(startupLabels.replaceWarning)) return;
    setBusy(true);
    setFailure(null);
    try {
      await onRestore(source);
    } catch (error) {
      setFailure(`${startupLabels.restoreFailed}：${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space direction="vertical">
      <Space wrap>
        {newest ? (
          <Button type="primary" loading={busy} onClick={() => void run(newest)}>
            {startupLabels.restoreNewest(when(newest))}
          </Button>
        ) : null}
        <Button loading={busy} onClick={() => void run('chosen')}>
          {startupLabels.restoreChosen}
        </Button>
      </Space>
      {failure ? <Alert type="error" role="alert" showIcon message={failure} /> : null}
    </Space>
  );
}

export function OpenFailureScreen({
  error,
  backups,
  onRestore,
}: {
  error: unknown;
  backups: readonly AutoBackupInfo[];
  onRestore: Choice;
}) {
  const kind = openFailureKind(error);
  const { title, detail } = startupLabels.failure[kind];
  const newest = backups.find((b) => b.reason !== 'before-restore');
  return (
    <Frame>
      <Result
        status="error"
        title={title}
        subTitle={detail}
        extra={
          <Space direction="vertical" align="center">
            <Button
              type={kind === 'blocked' ? 'primary' : 'default'}
              onClick={() => window.location.reload()}
            >
              {startupLabels.retry}
            </Button>
            {kind === 'blocked' ? null : (
              <>
                {!isDesktop ? <span>{startupLabels.browserNoBackups}</span> : null}
                <RestoreButtons newest={newest} onRestore={onRestore} confirmFirst />
              </>
            )}
          </Space>
        }
      />
    </Frame>
  );
}

export function BlankStartScreen({
  holding,
  onRestore,
  onStartEmpty,
}: {
  holding: readonly AutoBackupInfo[];
  onRestore: Choice;
  onStartEmpty: () => void;
}) {
  const newest = holding[0];
  return (
    <Frame>
      <Result
        status="warning"
        title={startupLabels.blankTitle}
        subTitle={newest ? startupLabels.blankDetail(describeHeld(newest), when(newest)) : ''}
        extra={
          <Space direction="vertical" align="center">
            <RestoreButtons newest={newest} onRestore={onRestore} confirmFirst={false} />
            <Button onClick={onStartEmpty}>{startupLabels.startEmpty}</Button>
          </Space>
        }
      />
    </Frame>
  );
}
