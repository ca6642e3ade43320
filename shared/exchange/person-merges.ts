// Roster merges across laptops. A merge leaves the dropped person as a tombstone that names the
// kept one (mergedIntoId); files carry those tombstones with the persons they became, an import
// moves the attendance that still names a dropped person to where it went, and two laptops that
// merged the same pair in opposite directions settle on one of the two merges, the same on both.
import { clockOf, clockTotal, compareClocks, mergeClocks } from '../domain/clock';
import type { Person } from '../domain/schemas';
import type { PlannedRecord } from './merge';

type MergeLink = Pick<Person, 'id' | 'deletedAt' | 'mergedIntoId'>;

/** A person a roster merge dropped: deleted, and naming the person it became. */
export function isMergedAway<T extends MergeLink>(
  person: T | undefined,
): person is T & { mergedIntoId: string } {
  return person !== undefined && person.deletedAt !== null && person.mergedIntoId !== undefined;
}

/**
 * Where a person went through every merge (A into B into C gives C): the person itself when it
 * was not merged. The chain stops at a person `get` does not know, and a chain that comes back
 * on itself moves nobody.
 */
export function mergeTargetOf(id: string, get: (id: string) => MergeLink | undefined): string {
  const seen = new Set<string>([id]);
  let at = id;
  for (;;) {
    const person = get(at);
    if (!isMergedAway(person) || get(person.mergedIntoId) === undefined) return at;
    if (seen.has(person.mergedIntoId)) return id;
    seen.add(person.mergedIntoId);
    at = person.mergedIntoId;
  }
}

/**
 * The persons a file carries for the persons its attendance names: those, where each went
 * (when one named was merged away), and every person merged into any of them, through chains.
 * In the order of `persons`.
 */
export function withMergedPersons<T extends MergeLink>(
  namedIds: Iterable<string>,
  persons: readonly T[],
): T[] {
  const byId = new Map(persons.map((p) => [p.id, p]));
  const mergedInto = new Map<string, string[]>();
  for (const p of persons) {
    if (isMergedAway(p))
      mergedInto.set(p.mergedIntoId, [...(mergedInto.get(p.mergedIntoId) ?? []), p.id]);
  }
  const chosen = new Set<string>();
  const queue: string[] = [];
  const choose = (id: string) => {
    if (chosen.has(id) || !byId.has(id)) return;
    chosen.add(id);
    queue.push(id);
  };
  for (const id of namedIds) {
    // Forward: a named person that was merged away brings the person it became.
    let at: string | undefined = id;
    while (at !== undefined && !chosen.has(at)) {
      choose(at);
      const person = byId.get(at);
      at = isMergedAway(person) ? person.mergedIntoId : undefined;
    }
  }
  // Backward: every person merged into a chosen one, and into those.
  for (let i = 0; i < queue.length; i++)
    for (const dropped of mergedInto.get(queue[i] as string) ?? []) choose(dropped);
  return persons.filter((p) => chosen.has(p.id));
}

/** Which of two merges of the same pair stands: the later one; at the same instant, a fixed order. */
export function laterMerge<T extends Pick<Person, 'id' | 'deletedAt' | 'deviceId'>>(a: T, b: T): T {
  const key = (m: T) => [m.deletedAt ?? '', m.deviceId, m.id] as const;
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++)
    if (x[i] !== y[i]) return (x[i] as string) > (y[i] as string) ? a : b;
  return a;
}

/** A copy of a person under a clock that has seen both copies (no tick: both laptops compute it). */
function underBothClocks(chosen: Person, other: Person): Person {
  const clock = mergeClocks(clockOf(chosen), clockOf(other));
  return { ...chosen, clock, rev: clockTotal(clock) };
}

/** The stored copy stays, under a clock that has seen the incoming one too. */
function keepLocal(plan: PlannedRecord, local: Person): PlannedRecord {
  const write = underBothClocks(local, plan.incoming as Person);
  const { write: _none, ...rest } = plan;
  return compareClocks(clockOf(write), clockOf(local)) === 'equal'
    ? { ...rest, decision: 'unchanged' }
    : { ...rest, decision: 'unchanged', write };
}

/** The file's copy as it came: the other laptop stores exactly that, so both store the same. */
function takeIncoming(plan: PlannedRecord, received: Person, local: Person): PlannedRecord {
  return { ...plan, decision: 'updated', write: underBothClocks(received, local) };
}

/**
 * A file's planned persons with opposite merges settled: this laptop merged P into Q while the
 * file's laptop merged Q into P. Their copies of P and Q are concurrent and would otherwise be two
 * conflicts; instead the later merge stands on both laptops (laterMerge), with its copies of both
 * persons under clocks that have seen both sides, so each laptop stores the same two records
 * whichever file it reads first, and an exchange back changes nothing.
 */
export function settleOppositeMerges(
  planned: readonly PlannedRecord[],
  received: readonly Person[],
): PlannedRecord[] {
  const asReceived = new Map(received.map((p) => [p.id, p]));
  const persons = new Map(
    planned.filter((p) => p.table === 'persons').map((p) => [p.incoming.id, p]),
  );
  const settled = new Map<string, PlannedRecord>();
  for (const p of persons.values()) {
    const theirs = p.incoming as Person;
    if (!isMergedAway(theirs) || settled.has(theirs.id)) continue;
    const q = persons.get(theirs.mergedIntoId);
    const localP = p.local as Person | undefined;
    const ours = q?.local as Person | undefined;
    if (!q || !localP || !isMergedAway(ours) || ours.mergedIntoId !== theirs.id) continue;
    const theirsStands = laterMerge(theirs, ours) === theirs;
    for (const [plan, local] of [
      [p, localP],
      [q, ours],
    ] as const)
      settled.set(
        plan.incoming.id,
        theirsStands
          ? takeIncoming(plan, asReceived.get(plan.incoming.id) ?? (plan.incoming as Person), local)
          : keepLocal(plan, local),
      );
  }
  if (settled.size === 0) return [...planned];
  return planned.map((p) => (p.table === 'persons' ? (settled.get(p.incoming.id) ?? p) : p));
}
