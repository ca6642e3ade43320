// The contract between the renderer and the Electron main process. The preload implements
// DesktopApi and nothing more; main parses every request with these schemas.
// Request schemas are strict: an unknown key (such as `__proto__`) rejects the whole request.
import { z } from 'zod';
import { forbiddenFileNameCharacters, maxFileBytes, maxFileNameLength } from './limits';

export { channels, mainEvents, type Channel, type MainEvent } from './channels';
export { forbiddenFileNameCharacters, maxFileBytes, maxFileNameLength } from './limits';

const fileName = z
  .string()
  .min(1)
  .max(maxFileNameLength)
  .refine((name) => name.search(forbiddenFileNameCharacters) === -1, '文件名含有不允许的字符')
  .refine((name) => name !== '.' && name !== '..', '文件名无效');

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(60),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileName,
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= maxFileBytes, '文件过大'),
  filters: z.array(fileFilterSchema).max(5).default([]),
});

export const openFilesRequestSchema = z.strictObject({
  title: z.string().max(60).default('选择文件'),
  filters: z.array(fileFilterSchema).max(5).default([]),
  multiple: z.boolean().default(true),
});

/** app:get-info takes no argument. */
export const appInfoRequestSchema = z.undefined();

/** Why a backup was made. Main asks for 'quit' and 'daily'; the renderer starts 'before-restore'. */
export const backupReasons = ['quit', 'daily', 'before-restore'] as const;
export const requestedBackupReasons = ['quit', 'daily'] as const;

// Its size is checked where the backup is written (writeBackup), which answers the request with
// the size and the limit: a refusal here would leave main waiting for an answer until it timed out.
const backupBytes = z.instanceof(Uint8Array).refine((b) => b.byteLength > 0, '备份数据为空');

/** An answer to main's request carries its id back; a restore backup is the renderer's own. */
export const writeAutoBackupRequestSchema = z.discriminatedUnion('reason', [
  z.strictObject({
    reason: z.enum(requestedBackupReasons),
    requestId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
    bytes: backupBytes,
  }),
  z.strictObject({ reason: z.literal('before-restore'), bytes: backupBytes }),
]);

/** backup:list-auto takes no argument. */
export const listAutoBackupsRequestSchema = z.undefined();

/** backup:read-auto names one file of the list; main checks it is one of our backup names. */
export const readAutoBackupRequestSchema = z.strictObject({
  name: z
    .string()
    .regex(
      /^wuchanghui-backup-[0-9TZ-]{20}[a-z-]{4,20}(?:-m\d{1,7}-i\d{1,7})?(?:-n\d{1,9})?\.json$/,
    ),
});

/** What the file log records; the log in main gets the same words as 文件记录. */
export const fileLogActions = ['导出', '导入', '备份', '恢复'] as const;

const count = z.number().int().min(0).max(1_000_000_000);

/**
 * A summary for main's log file: what was done and to which file, with counts. No personal data
 * crosses: a file name (no folders) and numbers only.
 */
export const writeLogRequestSchema = z.strictObject({
  action: z.enum(fileLogActions),
  fileName,
  counts: z
    .strictObject({ added: count, updated: count, unchanged: count, conflicts: count })
    .partial()
    .optional(),
});

/** log:open-folder takes no argument. */
export const openLogFolderRequestSchema = z.undefined();

export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;
export type OpenFilesRequest = z.input<typeof openFilesRequestSchema>;

export type SaveResult =
  | { status: 'saved'; fileName: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** modifiedAt (ms since 1970) tells apart two chosen files of the same name, where known. */
export type OpenedFile =
  | { name: string; bytes: Uint8Array; modifiedAt?: number }
  | { name: string; error: string; modifiedAt?: number };

export type OpenResult = { status: 'opened'; files: OpenedFile[] } | { status: 'cancelled' };

/** logFolder holds main's rotating log file (main.log, then main.old.log). */
export type AppInfo = { version: string; dataFolder: string; logFolder: string; platform: string };

export type WriteLogRequest = z.input<typeof writeLogRequestSchema>;

export type OpenFolderResult = { status: 'opened' } | { status: 'failed'; message: string };

export type BackupReason = (typeof backupReasons)[number];
export type RequestedBackupReason = (typeof requestedBackupReasons)[number];
export type WriteAutoBackupRequest = z.input<typeof writeAutoBackupRequestSchema>;

/** What main sends on mainEvents.backupRequested; answer with writeAutoBackup. */
export type BackupRequest = { requestId: string; reason: RequestedBackupReason };

/**
 * 'skipped': a backup of an empty database was not written because a backup holding data
 * exists (an empty database never pushes good backups out). 'downloaded': the browser was handed
 * the file as a download; whether and where it is saved is the browser's and the user's call.
 */
export type BackupResult =
  | { status: 'saved'; fileName: string }
  | { status: 'downloaded'; fileName: string }
  | { status: 'skipped'; message: string }
  | { status: 'failed'; message: string };

/**
 * One file in the backups folder; time is the ISO 8601 UTC instant in its name. meetings and
 * issues are the live ones it holds, null for a backup written before they were counted.
 */
export type AutoBackupInfo = {
  name: string;
  reason: BackupReason;
  size: number;
  time: string;
  meetings: number | null;
  issues: number | null;
};

export type ReadBackupResult =
  { status: 'read'; name: string; bytes: Uint8Array } | { status: 'failed'; message: string };

export type DesktopApi = {
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  openFiles(request: OpenFilesRequest): Promise<OpenResult>;
  appInfo(): Promise<AppInfo>;
  writeAutoBackup(request: WriteAutoBackupRequest): Promise<BackupResult>;
  /** Calls listener for each backup main asks for; returns the function that unsubscribes. */
  onBackupRequested(listener: (request: BackupRequest) => void): () => void;
  /** The automatic backups and safety copies, newest first. */
  listAutoBackups(): Promise<AutoBackupInfo[]>;
  /** The bytes of one listed backup, for the same preview as a chosen file. */
  readAutoBackup(request: { name: string }): Promise<ReadBackupResult>;
  /** Adds an import/export/backup/restore summary to main's log file. */
  writeLog(request: WriteLogRequest): Promise<void>;
  /** Opens the folder of the log file in the system's file manager. */
  openLogFolder(): Promise<OpenFolderResult>;
};
