// What one export writes, the same for the app's 导出 and `npm run minutes`: the file name, the
// options the builder gets, and the data part the file carries, all from the copy's rules.
import type { Meeting } from '../domain/schemas';
import type { ExchangeFile } from '../exchange/format';
import { dataPartForCopy, serializeExchangeFile } from '../exchange/write';
import { documentFileName, ledgerFileName, statisticsFileName } from './file-name';
import type { MeetingDocumentKind } from './file-name';
import { describeLedgerFilter } from './ledger-filter';
import { ledgerTitle } from './ledger';
import type { LedgerInput } from './ledger';
import type { PageNumberPlacement } from './page';
import { copyRules } from './privacy';
import type { Privacy } from './privacy';
import { statisticsTitle } from './statistics';
import type { StatisticsDocumentInput } from './statistics';

export type ExportChoice = { privacy: Privacy; pageNumbers: PageNumberPlacement };

/** The copy a document is made in: the 承诺公示单 is always public, the 签到表 has one copy. */
export function effectivePrivacy(kind: MeetingDocumentKind, privacy: Privacy): Privacy {
  return kind === 'commitments' ? 'public' : privacy;
}

/** Whether a document of this kind and copy carries the meeting's data for the office. */
export function carriesData(kind: MeetingDocumentKind, privacy: Privacy): boolean {
  return (kind === 'minutes' || kind === 'summary') && copyRules[privacy].dataPart !== 'none';
}

export function meetingExport(
  kind: MeetingDocumentKind,
  meeting: Pick<Meeting, 'date' | 'village' | 'typeLabel'>,
  choice: ExportChoice,
) {
  const privacy = effectivePrivacy(kind, choice.privacy);
  return {
    fileName: documentFileName(kind, meeting, privacy),
    options: { privacy, pageNumbers: choice.pageNumbers },
    carriesData: carriesData(kind, privacy),
  };
}

/** The JSON a document carries, or undefined: the meeting's exchange file under the copy's rule. */
export async function dataPartJson(
  kind: MeetingDocumentKind,
  privacy: Privacy,
  file: ExchangeFile,
): Promise<string | undefined> {
  if (!carriesData(kind, effectivePrivacy(kind, privacy))) return undefined;
  const part = await dataPartForCopy(effectivePrivacy(kind, privacy), file);
  return part ? serializeExchangeFile(part) : undefined;
}

/** The 台账's title, its .docx and .xlsx names (the same but for the extension) and options. */
export function ledgerExport(input: LedgerInput, choice: ExportChoice) {
  const title = ledgerTitle(input);
  const filterText = describeLedgerFilter(input.filter, choice.privacy);
  return {
    title,
    fileName: ledgerFileName(title, filterText, choice.privacy),
    sheetFileName: ledgerFileName(title, filterText, choice.privacy, 'xlsx'),
    options: { privacy: choice.privacy, pageNumbers: choice.pageNumbers },
  };
}

/** The 统计表's title and its .docx and .xlsx names. It holds no personal data: one copy. */
export function statisticsExport(input: StatisticsDocumentInput, pageNumbers: PageNumberPlacement) {
  const title = statisticsTitle(input.settings);
  return {
    title,
    fileName: statisticsFileName(title, input.statistics.label),
    sheetFileName: statisticsFileName(title, input.statistics.label, 'xlsx'),
    options: { pageNumbers },
  };
}
