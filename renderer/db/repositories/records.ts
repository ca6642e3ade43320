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
