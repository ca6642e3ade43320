// The 导入 flow, the one ImportPanel runs and the data tests call: check every chosen file (off the
// main thread where a Worker exists), preview the accepted ones, then apply them with the
// 文件记录 of every file, imported or skipped, in the import's last transaction.
import type { ExchangeFile } from '../../../shared/exchange/format';
import { describeRefusal } from '../../../shared/exchange/gate';
import { countDecisions, issueRefusals, type Decision } from '../../../shared/exchange/merge';
import {
  countPhotos,
  photoCapRefusal,
  type PhotoCounts,
} from '../../../shared/exchange/photo-merge';
import type { ImportBatch } from '../../db/database';
import type { Repositories } from '../../db/repositories';
import type { UndoResult } from '../../db/repositories/imports';
import { sendToLogFile } from './log-file';
import { checkFiles, type ChosenFile } from './read-files';

/** One chosen file on the preview: its counts once checked, or why it is refused. */
export type ImportRow = {
  /** Position in the choice: two files may share a name. */
  key: string;
  /** The name the log and the batch use: the file name, told apart when another shares it. */
  label: string;
  name: string;
  size: number | null;
  modifiedAt: number | null;
  counts?: Record<Decision, number>;
  rejected?: string;
  /** The issues of an accepted file that the lifecycle rules keep out, one message each. */
  refusals?: string[];
  /** What becomes of an accepted file's photos. */
  photos?: PhotoCounts;
};

export type ImportPreview = {
  rows: ImportRow[];
  accepted: { name: string; file: ExchangeFile }[];
  skipped: { name: string; reason: string }[];
};

const kilobytes = (bytes: number) =>
  bytes < 1024 ? `${bytes} 字节` : `${(bytes / 1024).toFixed(1)} KB`;

function pad(n: number) {
  return String(n).padStart(2, '0');
}

/** 2026-11-27 08:30, local time, as the file list shows it. */
export function formatModified(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The file's name, with its size and modified time when another chosen file has the same name. */
function labelsFor(files: readonly ChosenFile[]): string[] {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return files.map((f) => {
    if ((counts.get(f.name) ?? 0) < 2) return f.name;
    const nth = (seen.get(f.name) ?? 0) + 1;
    seen.set(f.name, nth);
    const details = [
      `第 ${nth} 个`,
      f.bytes ? kilobytes(f.bytes.byteLength) : null,
      f.modifiedAt ? `修改于 ${formatModified(f.modifiedAt)}` : null,
    ].filter((d) => d !== null);
    return `${f.name}（${details.join('，')}）`;
  });
}

export async function previewImport(
  repos: Repositories,
  files: readonly ChosenFile[],
): Promise<ImportPreview> {
  const labels = labelsFor(files);
  const results = await checkFiles(files);
  const accepted = results.flatMap((r, i) =>
    r.ok ? [{ name: labels[i] ?? r.name, file: r.file, index: i }] : [],
  );
  const plans = await repos.exchange.preview(accepted);
  const photoPlans = await repos.exchange.previewPhotos(accepted, plans);
  const rows = results.map((r, i): ImportRow => {
    const chosen = files[i];
    const base = {
      key: String(i),
      label: labels[i] ?? r.name,
      name: r.name,
      size: chosen?.bytes?.byteLength ?? chosen?.size ?? null,
      modifiedAt: chosen?.modifiedAt ?? null,
    };
    if (!r.ok) return { ...base, rejected: r.message };
    const at = accepted.findIndex((a) => a.index === i);
    const planned = plans[at] ?? [];
    const refusals = issueRefusals(planned).map((r) => describeRefusal(base.label, r));
    const photos = countPhotos(photoPlans[at] ?? []);
    return { ...base, counts: countDecisions(planned), refusals, photos };
  });
  return {
    rows,
    accepted: accepted.map(({ name, file }) => ({ name, file })),
    skipped: rows.flatMap((r) => (r.rejected ? [{ name: r.label, reason: r.rejected }] : [])),
  };
}

export type ImportOutcome = {
  batch: ImportBatch;
  conflicts: number;
  skipped: number;
  /** Issues the lifecycle rules kept out. */
  refusedIssues: number;
  /** Photos added, and one message per file whose photos would have passed the cap. */
  photosAdded: number;
  photoRefusals: string[];
};

/**
 * Writes the accepted files and logs every file; on any failure throws, having taken back what it
 * wrote (ImportNotTakenBack when even that failed: the next start takes it back).
 */
export async function applyImport(
  repos: Repositories,
  preview: ImportPreview,
): Promise<ImportOutcome> {
  const batch = await repos.exchange.apply(preview.accepted, preview.skipped);
  for (const file of batch.files) sendToLogFile('导入', file.name);
  const conflicts = batch.files.reduce((n, f) => n + f.counts.conflict, 0);
  const refusedIssues = batch.files.reduce((n, f) => n + (f.refusals?.length ?? 0), 0);
  const photosAdded = batch.files.reduce((n, f) => n + (f.photos?.new ?? 0), 0);
  const photoRefusals = batch.files.flatMap((f) =>
    f.photos?.refused ? [photoCapRefusal(f.name, f.photos.refused)] : [],
  );
  return {
    batch,
    conflicts,
    skipped: preview.skipped.length,
    refusedIssues,
    photosAdded,
    photoRefusals,
  };
}

/** The preview's rows after the import: each imported file with the issues the import kept out
 * (planned again inside its transaction, so these are what it did). */
export function withAppliedRefusals(
  rows: readonly ImportRow[],
  outcome: ImportOutcome,
): ImportRow[] {
  const applied = new Map(outcome.batch.files.map((f) => [f.name, f.refusals ?? []]));
  return rows.map((r) => {
    const refusals = r.rejected ? undefined : applied.get(r.label);
    return refusals ? { ...r, refusals } : r;
  });
}

/** The screen's message after an import: what was written, what waits, what was skipped. */
export function describeImport(outcome: ImportOutcome): string {
  const parts = [`已导入 ${outcome.batch.files.length} 个文件`];
  if (outcome.photosAdded > 0) parts.push(`新增照片 ${outcome.photosAdded} 张`);
  if (outcome.conflicts > 0) parts.push(`有 ${outcome.conflicts} 条冲突待处理`);
  if (outcome.refusedIssues > 0)
    parts.push(`${outcome.refusedIssues} 条诉求不符合办理规则，未导入（见下表和文件记录）`);
  if (outcome.skipped > 0) parts.push(`${outcome.skipped} 个文件未导入（见下表和文件记录）`);
  return [parts.join('，'), ...outcome.photoRefusals].join('。');
}

/**
 * The screen's message after 撤销本批: what was taken back, and why the rest stayed (changed
 * since the import, waited on by a later import's conflict, or still pointed at by a record that
 * stays).
 */
export function describeUndo(result: UndoResult): string {
  const parts = [`已撤销 ${result.undone} 条`];
  if (result.keptChanged > 0) parts.push(`${result.keptChanged} 条在导入后又被修改，保留未动`);
  if (result.keptConflicted > 0)
    parts.push(`${result.keptConflicted} 条有后来导入的冲突待处理，也保留未动`);
  if (result.keptLinked > 0)
    parts.push(
      `${result.keptLinked} 条仍有留下的记录挂在上面（如改过的参会人员所在的会议），也保留未动`,
    );
  return parts.join('；');
}
