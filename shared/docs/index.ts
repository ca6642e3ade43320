// The Word documents of the app (issue #3): pure builders, domain data in, .docx out.
export { buildCommitmentsNoticeDocument } from './commitments-notice';
export type { CommitmentsNoticeOptions } from './commitments-notice';
export {
  documentFileName,
  documentKindLabels,
  ledgerFileName,
  safeFileName,
  statisticsFileName,
} from './file-name';
export type { DocumentKind, MeetingDocumentKind } from './file-name';
export { fixtureFileSchema } from './fixture';
export type { FixtureFile } from './fixture';
export { buildLedgerDocument, ledgerTitle } from './ledger';
export type { LedgerInput, LedgerOptions } from './ledger';
export { describeLedgerFilter, filterLedger } from './ledger-filter';
export type { LedgerFilter, LedgerRow } from './ledger-filter';
export { buildMinutesDocument, buildSummaryDocument } from './minutes';
export type { MeetingDocumentInput, MeetingDocumentOptions } from './minutes';
export { buildDocument, buildDocumentBytes, packDocument } from './pack';
export type { DocumentInputs, DocumentOptions } from './pack';
export type { PageNumberPlacement } from './page';
export { createRedactor, maskName, maskPhone, maskPhonesInText, privacyLabels } from './privacy';
export type { Privacy, Redactor } from './privacy';
export { buildSignInSheetDocument } from './sign-in-sheet';
export type { SignInSheetOptions } from './sign-in-sheet';
export { buildStatisticsDocument, statisticsTitle } from './statistics';
export type {
  StatisticsChart,
  StatisticsDocumentInput,
  StatisticsDocumentOptions,
} from './statistics';
export { splitByScript, textRuns } from './text-runs';
export type { ScriptClass, ScriptSegment } from './text-runs';
