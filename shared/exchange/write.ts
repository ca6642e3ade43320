// Writing an exchange file or a backup: records in, checksummed JSON text out.
import { canonicalJson, sha256Hex } from './canonical';
import type { ExchangeFile, ExchangeRecords } from './format';
import { exchangeFormatId, exchangeFormatVersion } from './format';
import type { Photo, Settings } from '../domain/schemas';
import { copyRules } from '../docs/privacy';
import type { Privacy } from '../docs/privacy';
import { withholdRecords } from './withheld';

export type ExchangeHeader = {
  kind: ExchangeFile['kind'];
  exportedAt: string;
  appVersion: string;
  source: ExchangeFile['source'];
  settings?: Settings;
  /** Backups only (format.ts). */
  photos?: Photo[];
};

export async function createExchangeFile(
  header: ExchangeHeader,
  records: ExchangeRecords,
): Promise<ExchangeFile> {
  const body = {
    format: exchangeFormatId,
    version: exchangeFormatVersion,
    kind: header.kind,
    exportedAt: header.exportedAt,
    appVersion: header.appVersion,
    source: header.source,
    records,
    ...(header.settings ? { settings: header.settings } : {}),
    ...(header.photos ? { photos: header.photos } : {}),
  } as const;
  return {
    ...body,
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(body)) },
  };
}

export function serializeExchangeFile(file: ExchangeFile): string {
  return JSON.stringify(file);
}

/**
 * The exchange file a copy of a document carries (privacy.ts, `dataPart`): the whole file, the
 * file without phones and with tombstones emptied, or none.
 */
export async function dataPartForCopy(
  privacy: Privacy,
  file: ExchangeFile,
): Promise<ExchangeFile | null> {
  const rule = copyRules[privacy].dataPart;
  if (rule === 'none') return null;
  if (rule === 'full') return file;
  const { checksum: _checksum, records, ...header } = file;
  return createExchangeFile(header, withholdRecords(records));
}
