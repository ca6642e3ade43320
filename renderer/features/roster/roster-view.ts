// The 村民名册 list as shown: the choices of its filters, the persons a filter lists in the order
// of 村, 组, 户主 and name, the duplicate groups among the persons kept (the import's detection
// only reports groups a file row takes part in), and the export's file name.
import { ledgerFileName } from '../../../shared/docs/file-name';
import type { Privacy } from '../../../shared/docs/privacy';
import type { Person } from '../../../shared/domain/schemas';
import { findNames, indexNames, narrows } from '../../../shared/domain/name-search';
import { groupKey, nameKey } from '../../../shared/roster/keys';
import { phoneKey } from '../../../shared/roster/phone';

export type RosterFilter = { village?: string; group?: string; text?: string };

const order = new Intl.Collator('zh-CN', { numeric: true });

const sorted = (values: Iterable<string>) =>
  [...new Set([...values].map((v) => v.trim()).filter((v) => v !== ''))].sort(order.compare);

export function rosterChoices(persons: readonly Person[], village?: string) {
  return {
    villages: sorted(persons.map((p) => p.village)),
    // The groups of the chosen village only: 一组 of two villages are two places.
    groups: sorted(
      persons.filter((p) => village === undefined || p.village === village).map((p) => p.group),
    ),
  };
}

export function compareRosterPersons(a: Person, b: Person): number {
  return (
    order.compare(a.village, b.village) ||
    order.compare(groupKey(a.group), groupKey(b.group)) ||
    order.compare(a.household, b.household) ||
    order.compare(a.name, b.name)
  );
}

/** The persons in the order the list shows them: 村, 组 by number, 户主, name. */
export function orderRoster(persons: readonly Person[]): Person[] {
  return persons.toSorted(compareRosterPersons);
}

/**
 * The persons filter after filter lists, from persons already in order (orderRoster); order is
 * kept. Their names are indexed once, and a text that extends the last one (a key typed more)
 * looks only among the names the last one found: the search runs on every keystroke.
 */
export function rosterFinder(ordered: readonly Person[]): (filter: RosterFilter) => Person[] {
  const index = indexNames(ordered.map((p) => p.name));
  let last: { text: string; found: number[] } | undefined;
  return (filter) => {
    const text = filter.text?.trim() ?? '';
    const within = last && narrows(last.text, text) ? last.found : undefined;
    const found = findNames(index, text, within);
    last = { text, found };
    // One array, not one per person (flatMap): an empty text finds every person kept.
    const shown: Person[] = [];
    for (const n of found) {
      const p = ordered[n];
      if (
        p &&
        (filter.village === undefined || p.village === filter.village) &&
        (filter.group === undefined || p.group === filter.group)
      )
        shown.push(p);
    }
    return shown;
  };
}

/** The persons a filter lists, from persons already in order (orderRoster); order is kept. */
export function filterOrderedRoster(ordered: readonly Person[], filter: RosterFilter): Person[] {
  return rosterFinder(ordered)(filter);
}

/** The persons a filter lists; the text matches the name, as typed or by pinyin initials. */
export function filterRoster(persons: readonly Person[], filter: RosterFilter): Person[] {
  return filterOrderedRoster(orderRoster(persons), filter);
}

export type StoredDuplicateGroup = {
  key: string;
  reason: 'name' | 'phone';
  persons: Person[];
};

/** Persons kept who look like one villager: same name in the same 村 and 组, or the same phone. */
export function storedDuplicateGroups(persons: readonly Person[]): StoredDuplicateGroup[] {
  const live = persons.filter((p) => p.deletedAt === null).toSorted(compareRosterPersons);
  const collect = (reason: StoredDuplicateGroup['reason'], keyOf: (p: Person) => string) => {
    const byKey = new Map<string, Person[]>();
    for (const person of live) {
      const key = keyOf(person);
      if (key === '') continue;
      byKey.set(key, [...(byKey.get(key) ?? []), person]);
    }
    return [...byKey]
      .filter(([, members]) => members.length > 1)
      .map(([key, members]) => ({ key: `${reason}:${key}`, reason, persons: members }));
  };
  return [
    ...collect('name', (p) =>
      nameKey(p.name) === ''
        ? ''
        : [p.village.trim(), groupKey(p.group), nameKey(p.name)].join('\u0000'),
    ),
    ...collect('phone', (p) => phoneKey(p.phone)),
  ];
}

/** 村民名册（石门村 三组）（脱敏版）.xlsx: the filter on screen and the copy, as the 台账 names it. */
export function rosterFileName(filter: RosterFilter, privacy: Privacy): string {
  const place = [filter.village, filter.group].filter((v) => v !== undefined && v !== '').join(' ');
  return ledgerFileName('村民名册', place, privacy, 'xlsx');
}

/** 村 and 组 as one short place, for the lists and messages. */
export function placeOf(person: Pick<Person, 'village' | 'group'>): string {
  return [person.village, person.group].filter((v) => v.trim() !== '').join(' ');
}
