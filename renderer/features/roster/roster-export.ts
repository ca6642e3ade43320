// 导出 Excel of the persons the filter lists, in the copy chosen, saved through the one save path
// every export takes (and logged there). The .xlsx writer loads on first use.
import type { Privacy } from '../../../shared/docs/privacy';
import type { Person } from '../../../shared/domain/schemas';
import type { Repositories } from '../../db/repositories';
import { saveExportedBytes, type ExportOutcome } from '../export/save-document';
import { rosterLabels as t } from './labels';
import { rosterFileName, type RosterFilter } from './roster-view';

export const rosterExportKind = 'roster';

export async function exportRoster(
  repos: Repositories,
  request: { persons: readonly Person[]; filter: RosterFilter; privacy: Privacy },
): Promise<ExportOutcome> {
  const preference = await repos.exportPreferences.get(rosterExportKind);
  await repos.exportPreferences.save(rosterExportKind, { ...preference, privacy: request.privacy });
  const [{ buildRosterSheet }, { buildXlsx }] = await Promise.all([
    import('../../../shared/roster/roster-sheet'),
    import('../../../shared/docs/xlsx'),
  ]);
  const sheet = buildRosterSheet(request.persons, request.privacy);
  return saveExportedBytes(repos, {
    bytes: buildXlsx(sheet),
    fileName: rosterFileName(request.filter, request.privacy),
    filter: { name: t.excelFilter, extensions: ['xlsx'] },
    what: t.excelWhat(sheet.rows.length),
  });
}
