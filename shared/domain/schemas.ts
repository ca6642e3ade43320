// Zod schemas for every stored record. They are the single source of truth for the types,
// the forms, the data layer (parse on read) and later the exchange format. The record schemas are
// built on first use (lazy-schema.ts): the opening screen parses none, so start-up does not wait
// for them.
import { z } from 'zod';
import { cleanLine, cleanText } from './text';
import { isValidIsoDate } from './dates';
import {
  attendanceStatuses,
  cadreLevels,
  followUpMethods,
  issueNatures,
  issueSources,
  issueStatuses,
  meetingStatuses,
  responseTypes,
  urgencies,
  defaultCategories,
  defaultIdentityTags,
  defaultSatisfactionScale,
} from './vocabulary';
import { closingRules, deadlineUnits, progressKinds } from './follow-up-vocabulary';
import {
  completionBases,
  followUpBases,
  onTheSpotCounts,
  onTimeBases,
} from './statistics-vocabulary';
import { photoKinds, photoLimits } from './photos';
import { lazySchema } from './lazy-schema';

export const limits = { line: 200, text: 20_000, list: 500 } as const;

/** A one-line text: control characters removed, newlines folded, at most 200 characters. */
export const lineSchema = z
  .string()
  .max(limits.line * 2)
  .transform(cleanLine)
  .pipe(z.string().max(limits.line));
/** A multi-line text such as a description: kept whole up to 20,000 characters. */
export const textSchema = z
  .string()
  .max(limits.text * 2)
  .transform(cleanText)
  .pipe(z.string().max(limits.text));
/** A person's name: one line, trimmed, never empty. */
export const nameSchema = lineSchema
  .transform((name) => name.trim())
  .pipe(z.string().min(1, '姓名不能为空'));
export const isoDateSchema = z.string().refine(isValidIsoDate, '日期格式应为 YYYY-MM-DD');
export const optionalDateSchema = z.union([isoDateSchema, z.literal('')]);
export const timeSchema = z.union([
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM'),
  z.literal(''),
]);
export const timestampSchema = z.iso.datetime({ offset: false });
export const idSchema = z.uuid();

/** What every record carries so files from several laptops merge without guessing. */
/** A device id: made on the device (a UUID), letters, digits and hyphens only. */
export const deviceIdSchema = z.string().regex(/^[0-9A-Za-z-]{1,64}$/, '设备编号无效');

export const recordMetaSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    /** How many edits this copy contains in all (the sum of its clock). */
    rev: z.number().int().min(1),
    /** The device of the last edit. */
    deviceId: deviceIdSchema,
    /** Edits per device (clock.ts); absent only on records written before clocks existed. */
    clock: z.record(deviceIdSchema, z.number().int().min(1)).optional(),
    deletedAt: timestampSchema.nullable(),
  }),
);

export const cadreSchema = lazySchema(() =>
  z.object({ level: z.enum(cadreLevels), names: lineSchema }),
);

export const meetingSchema = lazySchema(() =>
  recordMetaSchema.extend({
    status: z.enum(meetingStatuses),
    typeLabel: lineSchema,
    township: lineSchema,
    village: lineSchema,
    group: lineSchema,
    host: lineSchema,
    place: lineSchema,
    date: isoDateSchema,
    startTime: timeSchema,
    endTime: timeSchema,
    topics: textSchema,
    chairName: lineSchema,
    chairPost: lineSchema,
    convener: lineSchema,
    recorderName: lineSchema,
    recorderPost: lineSchema,
    cadres: z.array(cadreSchema).max(cadreLevels.length),
    policy: textSchema,
    decisions: textSchema,
    notes: textSchema,
    householdsCovered: z.number().int().min(0).max(100_000).nullable(),
  }),
);

export const personSchema = lazySchema(() =>
  recordMetaSchema.extend({
    name: nameSchema,
    village: lineSchema,
    group: lineSchema,
    household: lineSchema,
    tags: z.array(lineSchema).max(20),
    phone: lineSchema,
    /**
     * Set on the tombstone a roster merge leaves: the person this one became. Absent on every
     * other person, so records and files written before merges travelled read (and compare) as
     * they did; no stored record needs an upgrade.
     */
    mergedIntoId: idSchema.optional(),
  }),
);

export const attendanceSchema = lazySchema(() =>
  recordMetaSchema.extend({
    meetingId: idSchema,
    personId: idSchema.nullable(),
    order: z.number().int().min(0),
    name: nameSchema,
    group: lineSchema,
    household: lineSchema,
    identity: lineSchema,
    unit: lineSchema,
    post: lineSchema,
    status: z.enum(attendanceStatuses),
    phone: lineSchema,
  }),
);

export const issueSchema = lazySchema(() =>
  recordMetaSchema.extend({
    meetingId: idSchema,
    seq: z.number().int().min(1),
    source: z.enum(issueSources),
    raisedBy: lineSchema,
    raisedByAttendanceId: idSchema.nullable(),
    collectiveHouseholds: z.number().int().min(0).max(100_000).nullable(),
    category: lineSchema,
    /** Empty until someone says what kind of request it is: never guessed. */
    nature: z.union([z.enum(issueNatures), z.literal('')]),
    description: textSchema,
    place: lineSchema,
    urgency: z.enum(urgencies),
    sensitive: z.boolean(),
    responseType: z.enum(responseTypes).nullable(),
    responseText: textSchema,
    respondedBy: lineSchema,
    unit: lineSchema,
    owner: lineSchema,
    cooperatingUnit: lineSchema,
    deadline: optionalDateSchema,
    target: textSchema,
    forwardedTo: lineSchema,
    status: z.enum(issueStatuses),
    result: textSchema,
    completedOn: optionalDateSchema,
    feedback: textSchema,
    followUpBy: lineSchema,
    followUpOn: optionalDateSchema,
    followUpMethod: z.union([z.enum(followUpMethods), z.literal('')]),
    satisfaction: lineSchema,
    closedOn: optionalDateSchema,
    reopenReason: textSchema,
    reopenCount: z.number().int().min(0),
  }),
);

/**
 * One line of an issue's history (follow-up.ts): a progress note, or a lifecycle step with the
 * status it led to. Entries are written once and never edited, so createdAt and deviceId say when
 * and on which device the step was taken. Fields after `method` came with the follow-up; files
 * written before them read as plain 进展 entries.
 */
export const progressEntrySchema = lazySchema(() =>
  recordMetaSchema.extend({
    issueId: idSchema,
    date: isoDateSchema,
    /** 进展: what was done; 办结: 办理结果; 回访: the villager's words; 复号: the reason; 转办答复:
     * the department's answer; 规划复核: the review's finding. */
    text: textSchema,
    by: lineSchema,
    method: z.union([z.enum(followUpMethods), z.literal('')]),
    kind: z.enum(progressKinds).default('进展'),
    /** The issue's status after this step; '' when the step changed none. */
    toStatus: z.union([z.enum(issueStatuses), z.literal('')]).default(''),
    /** 回访: the answer on the scale in Settings. */
    satisfaction: lineSchema.default(''),
    /** 转办答复: the department that answered. */
    department: lineSchema.default(''),
    /** 规划复核: when to review the planned item next. */
    nextReviewOn: optionalDateSchema.default(''),
  }),
);

/**
 * A photo of a meeting, or of one step of an issue's follow-up (progressId), stored shrunk
 * (photos.ts): a JPEG of at most 1600 px on its longest side and 400 kB, as base64 text so it
 * travels in backups and exchange files like every other record.
 */
export const photoSchema = lazySchema(() =>
  recordMetaSchema.extend({
    meetingId: idSchema,
    progressId: idSchema.nullable(),
    kind: z.enum(photoKinds),
    caption: lineSchema,
    width: z.number().int().min(1).max(photoLimits.longestSide),
    height: z.number().int().min(1).max(photoLimits.longestSide),
    /** 0 (and jpeg '') once a deleted photo has given up its bytes to make room (photos.ts). */
    bytes: z.number().int().min(0).max(photoLimits.storedBytes),
    /** The JPEG, base64. */
    jpeg: z
      .string()
      .max(Math.ceil(photoLimits.storedBytes / 3) * 4)
      .regex(/^(\/9j\/[A-Za-z0-9+/]*={0,2})?$/, '不是 JPEG 图片'),
  }),
);

const tagListSchema = z
  .array(lineSchema.pipe(z.string().min(1)))
  .min(1)
  .max(limits.list);

/** How each rate of the statistics is defined (statistics-rates.ts words them for printing). */
export const rateSettingsSchema = z.object({
  onTheSpot: z.enum(onTheSpotCounts).default('当场解决'),
  completionBase: z.enum(completionBases).default('全部问题'),
  onTimeBase: z.enum(onTimeBases).default('已办结事项'),
  followUpBase: z.enum(followUpBases).default('已办结交办事项'),
  /** The answers 满意率 counts as satisfied; null: the same as for closing (satisfiedValues). */
  satisfiedValues: z.array(lineSchema).max(20).nullable().default(null),
});

export const defaultRateSettings: RateSettings = {
  onTheSpot: '当场解决',
  completionBase: '全部问题',
  onTimeBase: '已办结事项',
  followUpBase: '已办结交办事项',
  satisfiedValues: null,
};

export const settingsSchema = z.object({
  township: lineSchema,
  meetingTypeLabel: lineSchema.pipe(z.string().min(1, '会议名称不能为空')),
  categories: tagListSchema,
  identityTags: tagListSchema,
  defaultDeadlineDays: z.number().int().min(1).max(365),
  satisfactionScale: tagListSchema,
  /** Which satisfaction values count as satisfied (for 满意率 and closing). */
  satisfiedValues: z.array(lineSchema).max(20),
  /** When an item may be closed (销号): follow-up.ts. */
  closingRule: z.enum(closingRules).default('办结并回访满意'),
  /** 办结时限 counted in calendar days or in working days (working-days.ts). */
  deadlineUnit: z.enum(deadlineUnits).default('自然日'),
  /** The rates' definitions; settings stored before statistics existed read as the defaults. */
  statistics: rateSettingsSchema.default(defaultRateSettings),
});

export const defaultSettings: Settings = {
  township: '',
  meetingTypeLabel: '屋场会',
  categories: [...defaultCategories],
  identityTags: [...defaultIdentityTags],
  defaultDeadlineDays: 7,
  satisfactionScale: [...defaultSatisfactionScale],
  satisfiedValues: ['满意', '基本满意'],
  closingRule: '办结并回访满意',
  deadlineUnit: '自然日',
  statistics: defaultRateSettings,
};

export type RecordMeta = z.infer<typeof recordMetaSchema>;
export type Cadre = z.infer<typeof cadreSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Person = z.infer<typeof personSchema>;
export type Attendance = z.infer<typeof attendanceSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type ProgressEntry = z.infer<typeof progressEntrySchema>;
export type Photo = z.infer<typeof photoSchema>;
export type RateSettings = z.infer<typeof rateSettingsSchema>;
export type Settings = z.infer<typeof settingsSchema>;

/** The editable part of a record: everything but its metadata. */
export type Content<T extends RecordMeta> = Omit<T, keyof RecordMeta>;
