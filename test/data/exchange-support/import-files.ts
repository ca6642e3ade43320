// Drives the 导入 flow exactly as ImportPanel does: previewImport on the chosen files, then
// applyImport when at least one was accepted (the button is off otherwise). Both functions are
// the ones the screen calls (renderer/features/exchange/import-flow.ts); nothing is re-implemented.
import type { ImportBatch } from '../../../renderer/db/database';
import type { Repositories } from '../../../renderer/db/repositories';
import { applyImport, previewImport } from '../../../renderer/features/exchange/import-flow';
import type { ChosenFile } from '../../../renderer/features/exchange/read-files';

export type { ChosenFile };

export type ImportResult = {
  accepted: string[];
  rejected: { name: string; message: string }[];
  batch: ImportBatch | null;
};

export async function importChosen(
  repos: Repositories,
  files: readonly ChosenFile[],
): Promise<ImportResult> {
  const preview = await previewImport(repos, files);
  const outcome = preview.accepted.length > 0 ? await applyImport(repos, preview) : null;
  return {
    accepted: preview.accepted.map((a) => a.name),
    rejected: preview.rows.flatMap((r) =>
      r.rejected === undefined ? [] : [{ name: r.name, message: r.rejected }],
    ),
    batch: outcome?.batch ?? null,
  };
}
