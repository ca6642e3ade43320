// The file:save-bytes and file:open-files handlers. Dialogs and disk access are parameters, so
// the handlers run in tests against fakes or a temporary folder.
import path from 'node:path';
import type { z } from 'zod';
import {
  maxFileBytes,
  type OpenedFile,
  type OpenResult,
  type openFilesRequestSchema,
  type SaveResult,
  type saveFileRequestSchema,
} from '../shared/ipc/contract';
import { describeFileError } from './file-errors';

type FileFilter = { name: string; extensions: string[] };

export type SaveDialogOptions = {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
  properties: Array<'createDirectory' | 'showOverwriteConfirmation'>;
};

export type OpenDialogOptions = {
  title: string;
  defaultPath?: string;
  filters: FileFilter[];
  properties: Array<'openFile' | 'multiSelections'>;
};

export type SaveFileDeps = {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  /** The folder the dialog opens in, usually Documents. */
  defaultFolder?: string;
};

export type OpenFilesDeps = {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
  defaultFolder?: string;
  /** Most bytes one request may read in total, so a large multi-selection cannot exhaust memory. */
  maxTotalBytes?: number;
};

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export const fileMessages = {
  saveTitle: '保存文件',
  notAFile: (name: string) => `“${name}”不是文件，未读取`,
  tooLarge: (name: string) => `文件“${name}”超过 ${megabytes(maxFileBytes)}，未读取`,
  overBudget: (name: string, limit: number) =>
    `所选文件合计超过 ${megabytes(limit)}，“${name}”未读取，请分批打开`,
} as const;

export async function saveFile(
  request: z.output<typeof saveFileRequestSchema>,
  deps: SaveFileDeps,
): Promise<SaveResult> {
  const choice = await deps.showSaveDialog({
    title: fileMessages.saveTitle,
    defaultPath:
      deps.defaultFolder === undefined
        ? request.suggestedName
        : path.join(deps.defaultFolder, request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };

  const fileName = path.basename(choice.filePath);
  try {
    await deps.writeFile(choice.filePath, request.bytes);
    return { status: 'saved', fileName };
  } catch (error) {
    return { status: 'failed', message: describeFileError(error, fileName) };
  }
}

/**
 * A copy of the bytes that owns its whole buffer. Structured clone sends a view's entire
 * backing buffer, and a pooled Node Buffer may share it with unrelated data.
 */
function ownedBytes(bytes: Uint8Array): Uint8Array {
  const ownsBuffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return ownsBuffer ? new Uint8Array(bytes.buffer) : bytes.slice();
}

async function readOneFile(
  filePath: string,
  budget: { remaining: number; limit: number },
  deps: OpenFilesDeps,
): Promise<OpenedFile> {
  const name = path.basename(filePath);
  try {
    const info = await deps.stat(filePath);
    if (!info.isFile()) return { name, error: fileMessages.notAFile(name) };
    if (info.size > maxFileBytes) return { name, error: fileMessages.tooLarge(name) };
    if (info.size > budget.remaining) {
      return { name, error: fileMessages.overBudget(name, budget.limit) };
    }
    const bytes = await deps.readFile(filePath);
    // The file may have grown between stat and read.
    if (bytes.byteLength > maxFileBytes) return { name, error: fileMessages.tooLarge(name) };
    if (bytes.byteLength > budget.remaining) {
      return { name, error: fileMessages.overBudget(name, budget.limit) };
    }
    budget.remaining -= bytes.byteLength;
    return { name, bytes: ownedBytes(bytes) };
  } catch (error) {
    return { name, error: describeFileError(error, name) };
  }
}

export async function openFiles(
  request: z.output<typeof openFilesRequestSchema>,
  deps: OpenFilesDeps,
): Promise<OpenResult> {
  const choice = await deps.showOpenDialog({
    title: request.title,
    ...(deps.defaultFolder === undefined ? {} : { defaultPath: deps.defaultFolder }),
    filters: request.filters,
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  });
  if (choice.canceled || choice.filePaths.length === 0) return { status: 'cancelled' };

  const limit = deps.maxTotalBytes ?? maxFileBytes;
  const budget = { remaining: limit, limit };
  const paths = request.multiple ? choice.filePaths : choice.filePaths.slice(0, 1);
  const files: OpenedFile[] = [];
  // One at a time, so at most one file beyond those already accepted is in memory.
  for (const filePath of paths) files.push(await readOneFile(filePath, budget, deps));
  return { status: 'opened', files };
}
