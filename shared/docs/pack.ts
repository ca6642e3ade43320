// From domain data to the bytes of a .docx, the same in the renderer (Chromium) and in Node:
// docx's Packer writes a Uint8Array in both, and the font table with every font's fallback
// replaces the empty one docx would write.
import { Packer } from 'docx';
import type { Document } from 'docx';
import { buildCommitmentsNoticeDocument } from './commitments-notice';
import type { CommitmentsNoticeOptions } from './commitments-notice';
import type { DocumentKind } from './file-name';
import { buildLedgerDocument } from './ledger';
import type { LedgerInput, LedgerOptions } from './ledger';
import { buildMinutesDocument, buildSummaryDocument } from './minutes';
import type { MeetingDocumentInput, MeetingDocumentOptions } from './minutes';
import { buildSignInSheetDocument } from './sign-in-sheet';
import { buildStatisticsDocument } from './statistics';
import type { StatisticsDocumentInput, StatisticsDocumentOptions } from './statistics';
import type { SignInSheetOptions } from './sign-in-sheet';
import { fontTableXml } from './styles';

export type DocumentInputs = {
  minutes: MeetingDocumentInput;
  summary: MeetingDocumentInput;
  'sign-in': MeetingDocumentInput;
  commitments: MeetingDocumentInput;
  ledger: LedgerInput;
  statistics: StatisticsDocumentInput;
};

export type DocumentOptions = {
  minutes: MeetingDocumentOptions;
  summary: MeetingDocumentOptions;
  'sign-in': SignInSheetOptions;
  commitments: CommitmentsNoticeOptions;
  ledger: LedgerOptions;
  statistics: StatisticsDocumentOptions;
};

type Builders = {
  [K in DocumentKind]: (input: DocumentInputs[K], options: DocumentOptions[K]) => Document;
};

const builders: Builders = {
  minutes: buildMinutesDocument,
  summary: buildSummaryDocument,
  'sign-in': buildSignInSheetDocument,
  commitments: buildCommitmentsNoticeDocument,
  ledger: buildLedgerDocument,
  statistics: buildStatisticsDocument,
};

export function buildDocument<K extends DocumentKind>(
  kind: K,
  input: DocumentInputs[K],
  options: DocumentOptions[K] = {},
): Document {
  const build = builders[kind] as (i: DocumentInputs[K], o: DocumentOptions[K]) => Document;
  return build(input, options);
}

/**
 * The bytes of a built document, with the font table that names each font's fallback. Packing
 * the same Document with docx's bare Packer gives the same document with docx's empty font table.
 */
export function packDocument(doc: Document): Promise<Uint8Array> {
  const overrides = [{ path: 'word/fontTable.xml', data: fontTableXml() }];
  return Packer.pack(doc, 'uint8array', false, overrides);
}

export function buildDocumentBytes<K extends DocumentKind>(
  kind: K,
  input: DocumentInputs[K],
  options: DocumentOptions[K] = {},
): Promise<Uint8Array> {
  return packDocument(buildDocument(kind, input, options));
}
