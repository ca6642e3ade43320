// Duplicate persons: the same name in the same 组 of the same 村 (keys.ts says what counts as
// the same), or the same phone number. Found among the file's rows and against the roster already
// kept; only reported, never resolved here.
import type { Person } from '../domain/schemas';
import { groupKey, nameKey } from './keys';
import { phoneKey } from './phone';

export type DuplicateReason = 'name' | 'phone';

export type DuplicateGroup = {
  reason: DuplicateReason;
  /** Rows of the file (Excel's numbers), in file order. */
  rowNumbers: number[];
  /** Roster persons already kept that the rows repeat. */
  personIds: string[];
  /** One Chinese sentence for the preview. */
  message: string;
};

type Candidate = {
  rowNumber: number | null;
  personId: string | null;
  person: Pick<Person, 'name' | 'village' | 'group' | 'phone'>;
};

const personKey = (p: Candidate['person']) =>
  nameKey(p.name) === ''
    ? ''
    : [p.village.trim(), groupKey(p.group), nameKey(p.name)].join('\u0000');

export function findRosterDuplicates(
  rows: readonly { rowNumber: number; person: Candidate['person'] | null }[],
  existing: readonly Person[],
): DuplicateGroup[] {
  const candidates: Candidate[] = [
    ...existing
      .filter((p) => p.deletedAt === null)
      .map((p) => ({ rowNumber: null, personId: p.id, person: p })),
    ...rows.flatMap((r) =>
      r.person ? [{ rowNumber: r.rowNumber, personId: null, person: r.person }] : [],
    ),
  ];
  // In the order of the file, as the user reads it; by name before by phone on the same row.
  return [
    ...groupsBy(candidates, 'name', (c) => personKey(c.person)),
    ...groupsBy(candidates, 'phone', (c) => phoneKey(c.person.phone)),
  ].sort((a, b) => (a.rowNumbers[0] ?? 0) - (b.rowNumbers[0] ?? 0));
}

function groupsBy(
  candidates: readonly Candidate[],
  reason: DuplicateReason,
  keyOf: (c: Candidate) => string,
): DuplicateGroup[] {
  const byKey = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const key = keyOf(candidate);
    if (key === '') continue;
    const list = byKey.get(key);
    if (list) list.push(candidate);
    else byKey.set(key, [candidate]);
  }
  const groups: DuplicateGroup[] = [];
  for (const members of byKey.values()) {
    const rowNumbers = members.flatMap((m) => (m.rowNumber === null ? [] : [m.rowNumber]));
    // Two kept persons alike are not this import's business; a row must take part.
    if (members.length < 2 || rowNumbers.length === 0) continue;
    const personIds = members.flatMap((m) => (m.personId === null ? [] : [m.personId]));
    groups.push({ reason, rowNumbers, personIds, message: describe(reason, members) });
  }
  return groups;
}

function describe(reason: DuplicateReason, members: readonly Candidate[]): string {
  const first = members[0]?.person;
  if (!first) return '';
  const rows = members.filter((m) => m.rowNumber !== null);
  const kept = members.filter((m) => m.personId !== null);
  const place = [first.village, first.group].filter(Boolean).join(' ');
  if (reason === 'name') {
    const rowList = rows.map((m) => m.rowNumber).join('、');
    const keptText = kept.length ? `，名册中已有 ${kept.length} 人` : '';
    return `同名同组：${first.name}${place ? `（${place}）` : ''}，第 ${rowList} 行${keptText}`;
  }
  const rowList = rows.map((m) => `第 ${m.rowNumber} 行（${m.person.name}）`).join('、');
  const keptText = kept.length ? `；名册中已有：${kept.map((m) => m.person.name).join('、')}` : '';
  return `同一电话 ${first.phone}：${rowList}${keptText}`;
}
