// Attendee entry against the 村民名册: the persons a typed name or pinyin initials suggest, and
// which person a name typed and entered without picking a suggestion is. A name is linked to a
// person only when the roster leaves no doubt (one person of that name in the meeting's 村, in the
// 组 typed if one was); when two or more could be meant the user picks, and a name the village's
// roster does not hold joins it as a new person.
import type { Person } from '../domain/schemas';
import { textMatcher } from '../domain/name-search';
import { groupKey, nameKey } from './keys';

/** How many suggestions the list shows: more would not be read while a villager speaks. */
export const suggestionLimit = 8;

/**
 * The live persons whose name matches what was typed (as typed, or by pinyin initials): those of
 * the meeting's 村 first, names that begin with the typed text before the others; persons of other
 * villages only when the meeting's own do not fill the list (a village's few hundred names are
 * searched on every keystroke, the whole roster only when they run out). Persons already on the
 * list (`listed`, by id) are left out.
 */
export function suggestPersons(
  persons: readonly Person[],
  typed: string,
  village: string,
  listed: ReadonlySet<string> = new Set(),
  limit = suggestionLimit,
): Person[] {
  const query = typed.trim();
  if (query === '') return [];
  const home = village.trim();
  const matches = textMatcher(query);
  const wanted = (p: Person, inHome: boolean) =>
    p.deletedAt === null &&
    (p.village.trim() === home) === inHome &&
    !listed.has(p.id) &&
    matches(p.name);
  const ordered = (found: Person[]) =>
    found.toSorted(
      (a, b) =>
        Number(!a.name.startsWith(query)) - Number(!b.name.startsWith(query)) ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
  const own = ordered(persons.filter((p) => wanted(p, true)));
  if (own.length >= limit) return own.slice(0, limit);
  return [...own, ...ordered(persons.filter((p) => wanted(p, false)))].slice(0, limit);
}

/** Latin letters alone: pinyin initials to search by, never a villager's name to store. */
export function isInitials(typed: string): boolean {
  return /^[a-z][a-z\s]*$/i.test(typed.trim());
}

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
