// Exchange format v2: what one laptop exports and another imports, and what a backup holds.
// The same schema reads both, and version 1 files too; a newer version is refused with a
// message, never guessed at. Version 2 added `withheld`: a file says whether it is a default
// copy's data part, so an empty phone in a full file is a phone that was cleared.
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
import { lazySchema } from '../domain/lazy-schema';

export const exchangeFormatId = 'wuchanghui-exchange';
export const exchangeFormatVersion = 2;

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

export const exchangeRecordsSchema = lazySchema(() =>
  z.strictObject({
    meetings: strict(meetingSchema.shape),
    attendance: strict(attendanceSchema.shape),
    issues: strict(issueSchema.shape),
    progress: strict(progressEntrySchema.shape),
    persons: strict(personSchema.shape),
  }),
);

export const exchangeFileSchema = lazySchema(() =>
  z.strictObject({
    format: z.literal(exchangeFormatId),
    version: z.union([z.literal(1), z.literal(exchangeFormatVersion)]),
    /** exchange: chosen meetings for another laptop; backup: everything, with settings. */
    kind: z.enum(['exchange', 'backup']),
    exportedAt: timestampSchema,
    appVersion: z.string().max(40),
    source: z.strictObject({ deviceId: deviceIdSchema, label: lineSchema }),
    /** Records with deletedAt set are tombstones: they carry deletions to the other side. */
    records: exchangeRecordsSchema,
    settings: z.strictObject(settingsSchema.shape).optional(),
    /**
     * Version 2, a default copy's data part (withheld.ts): phones, deleted records' content and
     * 签到表 photos left out, a left-out phone written as `withheldPhone`. Absent: the file carries
     * everything it holds.
     */
    withheld: z.literal(true).optional(),
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
  }),
);

export type ExchangeFile = z.infer<typeof exchangeFileSchema>;

/**
 * What a file may have left out, for the merge (withheld.ts): 'nothing' (a full file of version
 * 2), 'marked' (a default copy of version 2: a left-out phone says so, an empty one was empty),
 * 'unmarked' (version 1, which did not say: any empty phone may have been left out).
 */
export type Withholding = 'nothing' | 'marked' | 'unmarked';

export function withholdingOf(file: Pick<ExchangeFile, 'version' | 'withheld'>): Withholding {
  if (file.version === 1) return 'unmarked';
  return file.withheld === true ? 'marked' : 'nothing';
}
export type ExchangeRecords = z.infer<typeof exchangeRecordsSchema>;
export type ExchangeRecord = ExchangeRecords[RecordTable][number];

export function emptyRecords(): ExchangeRecords {
  return { meetings: [], attendance: [], issues: [], progress: [], persons: [] };
}
