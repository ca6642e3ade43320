// Version vectors: each record counts the edits made on each device. Comparing two copies of a
// record then tells without guessing whether one already contains the other's changes (take the
// newer) or both changed since their common version (a conflict for the user to resolve).
import type { RecordMeta } from './schemas';

export type Clock = Record<string, number>;
export type ClockOrder = 'equal' | 'before' | 'after' | 'concurrent';

/** A record's clock; records written before clocks existed count their revisions as their device's. */
export function clockOf(meta: Pick<RecordMeta, 'clock' | 'deviceId' | 'rev'>): Clock {
  return meta.clock ?? { [meta.deviceId]: meta.rev };
}

/**
 * The edits a clock counts for a device. Only the clock's own entries count: a device id comes
 * from a file and may be a name every object inherits ("toString"), which must read as 0, not as
 * a function.
 */
function countFor(clock: Clock, deviceId: string): number {
  return Object.hasOwn(clock, deviceId) ? (clock[deviceId] ?? 0) : 0;
}

export function tick(clock: Clock, deviceId: string): Clock {
  return { ...clock, [deviceId]: countFor(clock, deviceId) + 1 };
}

export function mergeClocks(a: Clock, b: Clock): Clock {
  const merged: Clock = { ...a };
  for (const [device, count] of Object.entries(b))
    merged[device] = Math.max(countFor(merged, device), count);
  return merged;
}

export function clockTotal(clock: Clock): number {
  return Object.values(clock).reduce((sum, n) => sum + n, 0);
}

/** How a relates to b: 'before' means b has seen everything a has. */
export function compareClocks(a: Clock, b: Clock): ClockOrder {
  let aAhead = false;
  let bAhead = false;
  for (const device of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = countFor(a, device);
    const y = countFor(b, device);
    if (x > y) aAhead = true;
    if (y > x) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'after';
  if (bAhead) return 'before';
  return 'equal';
}
