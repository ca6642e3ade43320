// Attendee entry against the 村民名册: the persons a typed name or pinyin initials suggest.
import type { Person } from '../domain/schemas';
import { textMatcher } from '../domain/name-search';

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
