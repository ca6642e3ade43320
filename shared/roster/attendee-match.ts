// Attendee entry against the 村民名册: which person a name typed and entered without picking a
// suggestion is. A name is linked to a person only when the roster leaves no doubt (one person of
// that name in the meeting's 村, in the 组 typed if one was); when two or more could be meant the
// user picks, and a name the village's roster does not hold joins it as a new person. (What a few
// keys suggest is attendee-suggest.ts: it needs pinyin, which this module, read at start-up by the
// attendance repository, must not load.)
import type { Person } from '../domain/schemas';
import { groupKey, nameKey } from './keys';

export type TypedAttendee =
  { kind: 'person'; person: Person } | { kind: 'new' } | { kind: 'choose'; candidates: Person[] };

/**
 * Who a name typed into 姓名 (and entered without picking a suggestion) is: the one person of that
 * name in the meeting's 村 (in the 组 typed, when one was), a new person when there is none, or
 * `choose` when the roster holds several and no 组 tells them apart.
 */
export function resolveTypedAttendee(
  persons: readonly Person[],
  name: string,
  group: string,
  village: string,
): TypedAttendee {
  const key = nameKey(name);
  const home = village.trim();
  const namesakes = persons.filter(
    (p) => p.deletedAt === null && p.village.trim() === home && nameKey(p.name) === key,
  );
  const inGroup =
    group.trim() === ''
      ? namesakes
      : namesakes.filter((p) => groupKey(p.group) === groupKey(group));
  const [only, ...others] = inGroup;
  if (!only) return { kind: 'new' };
  const byGroup = new Intl.Collator('zh-CN', { numeric: true });
  return others.length === 0
    ? { kind: 'person', person: only }
    : {
        kind: 'choose',
        candidates: inGroup.toSorted((a, b) =>
          byGroup.compare(groupKey(a.group), groupKey(b.group)),
        ),
      };
}

/** The 身份 an attendee from the roster starts with: the first of the person's tags that the
 * meeting's list offers, else the one chosen in the entry row. */
export function attendeeIdentity(person: Person, offered: readonly string[], chosen: string) {
  return person.tags.find((tag) => offered.includes(tag)) ?? chosen;
}
