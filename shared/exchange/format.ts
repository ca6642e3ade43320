// Exchange format v1: what one laptop exports and another imports, and what a backup holds.
// The same schema reads both; a newer version is refused with a message, never guessed at.
import { z } from 'zod';
import { photoLimits } from '../domain/photos';
import {
  attendanceSchema,
  deviceIdSchema,
  issueSchema,
  lineSchema,
  meetingSchema,
  personSchema,
  photoSchema,
  progressEntrySchema,
  settingsSchema,
  timestampSchema,
} from '../domain/schemas';

export const exchangeFormatId = 'wuchanghui-exchange';
export const exchangeFormatVersion = 1;

/** Most records one file may carry: a township's year is about 200 meetings and 20,000 rows. */
export const maxRecordsPerTable = 200_000;

const strict = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape).array().max(maxRecordsPerTable);

export const recordTables = ['meetings', 'attendance', 'issues', 'progress', 'persons'] as const;
export type RecordTable = (typeof recordTables)[number];

export const tableLabels: Record<RecordTable, string> = {
  meetings: '会议',
  attendance: '参会人员',
  issues: '诉求',
  progress: '办理进展',
  persons: '村民名册',
};

export const exchangeRecordsSchema = z.strictObject({
  meetings: strict(meetingSchema.shape),
  attendance: strict(attendanceSchema.shape),
  issues: strict(issueSchema.shape),
  progress: strict(progressEntrySchema.shape),
  persons: strict(personSchema.shape),
});

export const exchangeFileSchema = z.strictObject({
  format: z.literal(exchangeFormatId),
  version: z.literal(exchangeFormatVersion),
  /** exchange: chosen meetings for another laptop; backup: everything, with settings. */
  kind: z.enum(['exchange', 'backup']),
  exportedAt: timestampSchema,
  appVersion: z.string().max(40),
  source: z.strictObject({ deviceId: deviceIdSchema, label: lineSchema }),
  /** Records with deletedAt set are tombstones: they carry deletions to the other side. */
  records: exchangeRecordsSchema,
  settings: z.strictObject(settingsSchema.shape).optional(),
  /**
   * Backups: every photo (photos.ts); exchange files: the photos of their meetings and steps, as
   * the copy allows (write.ts). Tombstones too. Absent in files written before photos travelled.
   */
  photos: z.strictObject(photoSchema.shape).array().max(photoLimits.perDatabase).optional(),
  /** SHA-256 of the canonical JSON of everything above (canonical.ts). */
  checksum: z.strictObject({
    algorithm: z.literal('SHA-256'),
    value: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type ExchangeFile = z.infer<typeof exchangeFileSchema>;
export type ExchangeRecords = z.infer<typeof exchangeRecordsSchema>;
export type ExchangeRecord = ExchangeRecords[RecordTable][number];

export function emptyRecords(): ExchangeRecords {
  return { meetings: [], attendance: [], issues: [], progress: [], persons: [] };
}
