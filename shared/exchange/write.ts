// Writing an exchange file or a backup: records in, checksummed JSON text out.
import { canonicalJson, sha256Hex } from './canonical';
import type { ExchangeFile, ExchangeRecords } from './format';
import { exchangeFormatId, exchangeFormatVersion } from './format';
import type { Photo, Settings } from '../domain/schemas';
import { copyRules } from '../docs/privacy';
import type { Privacy } from '../docs/privacy';
import { maxExchangeBytes } from './parse';
import { withholdPhotos, withholdRecords } from './withheld';

export type ExchangeHeader = {
  kind: ExchangeFile['kind'];
  exportedAt: string;
  appVersion: string;
  source: ExchangeFile['source'];
  settings?: Settings;
  /** Every photo in a backup; the chosen meetings' in an exchange file (format.ts). */
  photos?: Photo[];
  /** A default copy's data part (format.ts, withheld.ts). */
  withheld?: true;
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
    ...(header.withheld ? { withheld: true as const } : {}),
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
 * file without phones, with tombstones emptied and without 签到表 photos, or none.
 */
export async function dataPartForCopy(
  privacy: Privacy,
  file: ExchangeFile,
): Promise<ExchangeFile | null> {
  const rule = copyRules[privacy].dataPart;
  if (rule === 'none') return null;
  if (rule === 'full') return file;
  const { checksum: _checksum, records, photos, ...header } = file;
  return createExchangeFile(
    { ...header, ...(photos ? { photos: withholdPhotos(photos) } : {}), withheld: true },
    withholdRecords(records),
  );
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** What a file's photos weigh in it: their base64 text, one byte a character. */
export function photoBytesOf(file: ExchangeFile): number {
  return (file.photos ?? []).reduce((n, p) => n + p.jpeg.length, 0);
}

/**
 * Why an exchange file of `fileBytes` (UTF-8) must not be written: past 50 MB no computer reads
 * it back (parse.ts), so it is refused here, saying what the photos take. Null when it fits.
 */
export function refuseOversizedExchange(fileBytes: number, photoBytes: number): string | null {
  if (fileBytes <= maxExchangeBytes) return null;
  return (
    `没有导出：交换文件将有 ${megabytes(fileBytes)} MB，超过 ${maxExchangeBytes / 1024 / 1024} MB 的上限，` +
    `导入时无法读取。所选会议的照片共 ${megabytes(photoBytes)} MB。请分几次导出，每次少选几场会议。`
  );
}
