// Build a document, hand it to the save dialog (or the browser's download), and log the export.
// The document builders (and docx) load on first use, keeping the start-up bundle small.
import type { DocumentInputs, DocumentKind, DocumentOptions } from '../../../shared/docs';
import type { Repositories } from '../../db/repositories';
import { platform } from '../../platform';

export type ExportOutcome =
  | { status: 'saved'; fileName: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export async function saveDocument<K extends DocumentKind>(
  repos: Repositories,
  request: {
    kind: K;
    input: DocumentInputs[K];
    options: DocumentOptions[K];
    fileName: string;
    what: string;
    /** Exchange data (JSON) carried inside the document, so the office imports the very file. */
    embed?: string;
  },
): Promise<ExportOutcome> {
  const { buildDocumentBytes } = await import('../../../shared/docs');
  const built = await buildDocumentBytes(request.kind, request.input, request.options);
  const bytes =
    request.embed === undefined
      ? built
      : (await import('../../../shared/exchange/docx-data')).embedDataPart(built, request.embed);
  return saveExportedBytes(repos, {
    bytes,
    fileName: request.fileName,
    filter: { name: 'Word 文档', extensions: ['docx'] },
    what: request.what,
  });
}

/** Any exported file (a .docx, the 台账's .xlsx): the save dialog or a download, then the log. */
export async function saveExportedBytes(
  repos: Repositories,
  request: {
    bytes: Uint8Array;
    fileName: string;
    filter: { name: string; extensions: string[] };
    what: string;
  },
): Promise<ExportOutcome> {
  const result = await platform.saveFile({
    suggestedName: request.fileName,
    bytes: request.bytes as Uint8Array<ArrayBuffer>,
    filters: [request.filter],
  });
  if (result.status === 'saved') {
    await repos.fileLog.record({ action: '导出', what: request.what, fileName: result.fileName });
  }
  return result;
}
