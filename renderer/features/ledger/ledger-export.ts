// Exporting the 台账 of the current filter: the .docx (the 台账 document) and the .xlsx, both from
// the same rows (filterLedger) and the same copy rules, saved through the same path as every export.
// The builders load on first use, so the start-up bundle does not grow.
import type { LedgerFilter } from '../../../shared/docs/ledger-filter';
import type { Privacy } from '../../../shared/docs/privacy';
import { localIsoDate } from '../../../shared/domain/dates';
import type { Settings } from '../../../shared/domain/schemas';
import type { Repositories } from '../../db/repositories';
import { saveDocument, saveExportedBytes, type ExportOutcome } from '../export/save-document';
import { ledgerLabels as t } from './labels';

export type LedgerFormat = 'docx' | 'xlsx';

export async function exportLedger(
  repos: Repositories,
  settings: Settings,
  request: { format: LedgerFormat; filter: LedgerFilter; privacy: Privacy },
): Promise<ExportOutcome> {
  const { format, filter, privacy } = request;
  const preference = await repos.exportPreferences.get('ledger');
  await repos.exportPreferences.save('ledger', { ...preference, privacy });
  // Attendance and progress too: the documents print the 反映人's phone and the latest progress.
  const bundles = await repos.meetings.loadLedgerBundles(true);
  const input = { bundles, filter, today: localIsoDate(new Date()), settings };
  const { ledgerExport } = await import('../../../shared/docs/exports');
  const plan = ledgerExport(input, { privacy, pageNumbers: preference.pageNumbers });
  if (format === 'docx') {
    const { filterLedger } = await import('../../../shared/docs/ledger-filter');
    const count = filterLedger(bundles, filter, input.today).length;
    return saveDocument(repos, {
      kind: 'ledger',
      input,
      options: plan.options,
      fileName: plan.fileName,
      what: t.wordWhat(plan.title, count),
    });
  }
  const [{ buildLedgerSheet }, { buildXlsx }] = await Promise.all([
    import('../../../shared/docs/ledger-sheet'),
    import('../../../shared/docs/xlsx'),
  ]);
  const sheet = buildLedgerSheet(input, privacy);
  return saveExportedBytes(repos, {
    bytes: buildXlsx(sheet),
    fileName: plan.sheetFileName,
    filter: { name: t.excelFilter, extensions: ['xlsx'] },
    what: t.excelWhat(plan.title, sheet.rows.length),
  });
}
