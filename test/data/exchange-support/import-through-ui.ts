// The import path the 导入 screen takes (ImportPanel.tsx): every chosen file is read and checked
// by checkFiles (read-files.ts → readExchangeBytes), previewed, and only the accepted ones are
// applied — and apply is reached only when at least one file was accepted (the button is off).
import type { ImportBatch } from '../../../renderer/db/database';
import type { Repositories } from '../../../renderer/db/repositories';
import { checkFiles } from '../../../renderer/features/exchange/read-files';

export type ChosenFile = { name: string; bytes: Uint8Array };

export type UiImportResult = {
  accepted: string[];
  rejected: { name: string; message: string }[];
  batch: ImportBatch | null;
};

export async function importThroughUi(
  repos: Repositories,
  files: readonly ChosenFile[],
): Promise<UiImportResult> {
  const results = await checkFiles(files);
  const accepted = results.filter((r) => r.ok);
  await repos.exchange.preview(accepted);
  const batch = accepted.length > 0 ? await repos.exchange.apply(accepted) : null;
  return {
    accepted: accepted.map((r) => r.name),
    rejected: results.flatMap((r) => (r.ok ? [] : [{ name: r.name, message: r.message }])),
    batch,
  };
}
