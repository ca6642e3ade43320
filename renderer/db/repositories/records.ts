// The operations every record table shares: insert with fresh metadata, revise a few fields,
// tombstone and restore. Writes are parsed with the shared schema (which also removes control
// characters), and a change that changes nothing writes nothing.
import type { Table } from 'dexie';
import type { z } from 'zod';
import { newRecordMeta, restore, reviseRecord, tombstone } from '../../../shared/domain/records';
import type { Content, RecordMeta } from '../../../shared/domain/schemas';
import type { StampSource } from './stamp';

export class RecordNotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`找不到${what}（${id}），可能已在其他窗口删除`);
  }
}

export function createRecordStore<T extends RecordMeta>(
  table: Table<T, string>,
  schema: z.ZodType<T>,
  what: string,
  stamps: StampSource,
) {
  async function load(id: string): Promise<T> {
    const found = await table.get(id);
    if (!found) throw new RecordNotFoundError(what, id);
    return found;
  }

  async function write(next: T): Promise<T> {
    const parsed = schema.parse(next);
    await table.put(parsed);
    return parsed;
  }

  return {
    async get(id: string): Promise<T | undefined> {
      const found = await table.get(id);
      return found ? schema.parse(found) : undefined;
    },
    async insert(content: Content<T>): Promise<T> {
      const record = schema.parse({ ...newRecordMeta(stamps()), ...content });
      await table.add(record);
      return record;
    },
    update(id: string, patch: Partial<Content<T>>): Promise<T> {
      return table.db.transaction('rw', table, async () => {
        const current = await load(id);
        const changed = Object.entries(patch).some(
          ([key, value]) => JSON.stringify(current[key as keyof T]) !== JSON.stringify(value),
        );
        if (!changed) return current;
        return write(reviseRecord(current, patch, stamps()));
      });
    },
    remove(id: string): Promise<T> {
      return table.db.transaction('rw', table, async () =>
        write(tombstone(await load(id), stamps())),
      );
    },
    restore(id: string): Promise<T> {
      return table.db.transaction('rw', table, async () =>
        write(restore(await load(id), stamps())),
      );
    },
  };
}

export type RecordStore<T extends RecordMeta> = ReturnType<typeof createRecordStore<T>>;

export function live<T extends RecordMeta>(records: T[]): T[] {
  return records.filter((r) => r.deletedAt === null);
}

/**
 * Parses a list read again and again (a live query), reusing the last parse of each row whose
 * version is unchanged: after a keystroke's save only the record that changed is parsed again,
 * not the meeting's sixty. A version (rev, updatedAt, deviceId, deletedAt) names one content:
 * every write here gives a new one (reviseRecord, tombstone, restore), an import writes a
 * different content only under a newer clock (merge.ts), and a backup holds versions so written.
 */
export function createListParser<T extends RecordMeta>(schema: z.ZodType<T>) {
  let last = new Map<string, T>();
  return (rows: readonly T[]): T[] => {
    const next = new Map<string, T>();
    const parsed = rows.map((row) => {
      const known = last.get(row.id);
      const value =
        known &&
        known.rev === row.rev &&
        known.updatedAt === row.updatedAt &&
        known.deviceId === row.deviceId &&
        known.deletedAt === row.deletedAt
          ? known
          : schema.parse(row);
      next.set(row.id, value);
      return value;
    });
    last = next;
    return parsed;
  };
}
