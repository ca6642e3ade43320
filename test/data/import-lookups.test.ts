// Issue 10 item 1: the ten-year demo township (130,000 records in eleven files) imports in the
// browser. Before planning, an import looked up every record of its files one request at a time
// (twice: for the preview and again inside the write), even in an empty database. These tests
// count the database requests an import makes, on the demo township at a small scale: the
// lookups grow with what the database holds, not with one request per imported record.
import type { DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import { demoExchangeFiles } from '../../shared/demo/files';
import { generateTownship } from '../../shared/demo/township';
import { countDecisions } from '../../shared/exchange/merge';
import { recordTables, type ExchangeRecord } from '../../shared/exchange/format';
import { openTestDb } from './open-test-db';

type Requests = { idsLookedUp: number; conflictIndexReads: number; largestWrite: number };

/** A database whose requests are counted: ids asked for one by one, and reads of the conflict index. */
function countedDb(deviceId: string) {
  const laptop = openTestDb(deviceId);
  const requests: Requests = { idsLookedUp: 0, conflictIndexReads: 0, largestWrite: 0 };
  laptop.db.use({
    stack: 'dbcore',
    name: 'count-requests',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            // Characters of JSON in one put of records (the import's batch is one value of its own).
            if (req.type === 'put' && (recordTables as readonly string[]).includes(name))
              requests.largestWrite = Math.max(
                requests.largestWrite,
                JSON.stringify(req.values).length,
              );
            return table.mutate(req);
          },
          getMany: (req) => {
            requests.idsLookedUp += req.keys.length;
            return table.getMany(req);
          },
          query: (req) => {
            if (name === 'conflicts' && req.query.index.name) requests.conflictIndexReads += 1;
            return table.query(req);
          },
          openCursor: (req) => {
            if (name === 'conflicts' && req.query.index.name) requests.conflictIndexReads += 1;
            return table.openCursor(req);
          },
        };
      },
    }),
  });
  const reset = () =>
    Object.assign(requests, { idsLookedUp: 0, conflictIndexReads: 0, largestWrite: 0 });
  return { ...laptop, requests, reset };
}

async function demoFiles(scale = 0.02) {
  return demoExchangeFiles(generateTownship({ seed: 7, scale }));
}

function distinctRecords(files: Awaited<ReturnType<typeof demoFiles>>) {
  const ids = new Set<string>();
  for (const { file } of files)
    for (const table of recordTables)
      for (const r of file.records[table] as ExchangeRecord[]) ids.add(`${table}:${r.id}`);
  return ids.size;
}

describe('the requests an import makes before it plans', () => {
  it('into an empty database: no record is looked up, every distinct record is new', async () => {
    const files = await demoFiles();
    const office = countedDb('dev-office');
    const planned = await office.repos.exchange.preview(files);
    const batch = await office.repos.exchange.apply(files);

    expect(office.requests).toMatchObject({ idsLookedUp: 0, conflictIndexReads: 0 });
    const newCount = (plans: typeof planned) =>
      plans.reduce((n, p) => n + countDecisions(p).new, 0);
    expect(newCount(planned)).toBe(distinctRecords(files));
    expect(batch.files.reduce((n, f) => n + f.counts.new, 0)).toBe(distinctRecords(files));
    const stored = await Promise.all(recordTables.map((t) => office.db.table(t).count()));
    expect(stored.reduce((a, b) => a + b, 0)).toBe(distinctRecords(files));
  });

  it('the same files again: still no record looked up one by one, and nothing changes', async () => {
    const files = await demoFiles();
    const office = countedDb('dev-office');
    await office.repos.exchange.apply(files);
    office.reset();

    const batch = await office.repos.exchange.apply(files);

    expect(office.requests.idsLookedUp).toBe(0);
    const counts = batch.files.map((f) => f.counts);
    expect(counts.every((c) => c.new === 0 && c.updated === 0 && c.conflict === 0)).toBe(true);
    expect(batch.files.flatMap((f) => f.written)).toEqual([]);
  });

  it('one meeting into a full database: only that meeting’s records are looked up', async () => {
    const files = await demoFiles();
    const office = countedDb('dev-office');
    await office.repos.exchange.apply(files);
    const [meetingId] = await office.repos.exchange.meetingIdsBetween('2000-01-01', '2100-01-01');
    const exported = await office.repos.exchange.exportMeetings([meetingId ?? '']);
    const one = [{ name: '一场会.json', file: exported }];
    office.reset();

    const [planned] = await office.repos.exchange.preview(one);

    expect(office.requests.idsLookedUp).toBe(distinctRecords(one));
    expect(countDecisions(planned ?? [])).toEqual({
      new: 0,
      updated: 0,
      unchanged: distinctRecords(one),
      conflict: 0,
      refused: 0,
    });
  });

  it('writes in slices of at most 100,000 characters of JSON, and every record arrives', async () => {
    // Scale 0.1: about 6,000 attendance rows, millions of characters.
    const files = await demoFiles(0.1);
    const office = countedDb('dev-office');
    const attendance = new Set(
      files.flatMap(({ file }) => file.records.attendance.map((a) => a.id)),
    );
    expect(attendance.size).toBeGreaterThan(5000);

    await office.repos.exchange.apply(files);

    // A slice's rows hold at most 100,000 characters; the array adds a comma per row (a few
    // hundred) and its brackets.
    expect(office.requests.largestWrite).toBeGreaterThan(50_000);
    expect(office.requests.largestWrite).toBeLessThanOrEqual(101_000);
    expect(await office.db.attendance.count()).toBe(attendance.size);
  });
});
