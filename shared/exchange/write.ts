// Writing an exchange file or a backup: records in, checksummed JSON text out.
import { canonicalJson, sha256Hex } from './canonical';
import type { ExchangeFile, ExchangeRecords } from './format';
import { exchangeFormatId, exchangeFormatVersion } from './format';
import type { Settings } from '../domain/schemas';

export type ExchangeHeader = {
  kind: ExchangeFile['kind'];
  exportedAt: string;
  appVersion: string;
  source: ExchangeFile['source'];
  settings?: Settings;
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
  } as const;
  return {
    ...body,
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(body)) },
  };
}

export function serializeExchangeFile(file: ExchangeFile): string {
  return JSON.stringify(file);
}
