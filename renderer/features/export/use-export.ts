// What every export screen shares: the copy (版本) chosen last time for this kind of file, and one
// way of running an export and saying how it went.
import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Privacy } from '../../../shared/docs/privacy';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/errors';
import type { ExportOutcome } from './save-document';

/** The copy chosen for `kind`, read from the last export of it (the default until then). */
export function useRememberedCopy(kind: string) {
  const repos = useRepositories();
  const [privacy, setPrivacy] = useState<Privacy>('masked');
  useEffect(() => {
    let current = true;
    repos.exportPreferences.get(kind).then(
      (preference) => current && setPrivacy(preference.privacy),
      () => undefined, // the default copy stays chosen
    );
    return () => {
      current = false;
    };
  }, [repos, kind]);
  return [privacy, setPrivacy] as const;
}

/** Runs an export: 已导出 with the file's name, or why it failed, in Chinese; a cancel says nothing. */
export function useExportRunner(labels: { saved: (fileName: string) => string; failed: string }) {
  const { message } = App.useApp();
  const { saved, failed } = labels;
  return useCallback(
    async (exporting: () => Promise<ExportOutcome>) => {
      try {
        const outcome = await exporting();
        if (outcome.status === 'saved') void message.success(saved(outcome.fileName));
        if (outcome.status === 'failed') void message.error(`${failed}：${outcome.message}`);
      } catch (error) {
        void message.error(`${failed}：${describeError(error)}`);
      }
    },
    [message, saved, failed],
  );
}
