// Finding a name or a place by what a facilitator types: the text itself, or the initials of its
// pinyin ("sdh" finds 单𡒄花). Surnames are read as surnames (单 shàn, 曾 zēng, 解 xiè, 仇 qiú,
// 区 ōu, 查 zhā, 朴 piáo), and every other reading of a polyphonic character counts too, since
// the person typing may read it either way. A Chinese character the dictionary has no reading
// for (many of extension B, where villagers' rarest names are) matches any one letter: nobody
// can be expected to know its pinyin, and the letters around it still narrow the list.
import { pinyin } from 'pinyin-pro';

/** Per character of a text: the character, and the letters one typed letter may stand for
 * (null: any letter). */
export type SearchKey = {
  text: string;
  chars: string[];
  letters: (ReadonlySet<string> | null)[];
};

const han = /\p{Script=Han}/u;

const lettersByChar = new Map<string, ReadonlySet<string> | null>();

/**
 * The letters one typed letter may stand for at a character: the initials of every reading the
 * dictionary has for it (the surname's among them: 单 gives s, d and c), the character itself
 * when it is not Chinese, null for a Chinese character without a reading. A character's readings
 * do not depend on the text around it, so each is looked up once: a roster of 8,000 names has a
 * few hundred distinct characters.
 */
function lettersOf(char: string): ReadonlySet<string> | null {
  const known = lettersByChar.get(char);
  if (known !== undefined) return known;
  // For a single character, `multiple` gives one reading per entry.
  const readings = pinyin(char, {
    pattern: 'first',
    toneType: 'none',
    type: 'all',
    multiple: true,
  });
  const letters = readings.some((r) => r.isZh)
    ? new Set(
        readings
          .flatMap((r) => [r.first, ...r.polyphonic])
          .map((p) => p.charAt(0).toLowerCase())
          .filter((c) => c !== ''),
      )
    : han.test(char)
      ? null
      : new Set([char.toLowerCase()]);
  lettersByChar.set(char, letters);
  return letters;
}

export function searchKey(text: string): SearchKey {
  const chars = [...text];
  return {
    text: text.toLowerCase(),
    chars: chars.map((c) => c.toLowerCase()),
    letters: chars.map(lettersOf),
  };
}

/** What was typed, prepared once for every text it is matched against. */
type Typed = { query: string; chars: string[]; isLetter: boolean[] };

function prepare(query: string): Typed {
  const q = query.trim().toLowerCase();
  const chars = [...q.replace(/\s+/g, '')];
  return { query: q, chars, isLetter: chars.map((c) => /[a-z]/.test(c)) };
}

function matchesTyped(key: SearchKey, typed: Typed): boolean {
  if (typed.query === '' || key.text.includes(typed.query)) return true;
  const { chars, isLetter } = typed;
  for (let start = 0; start + chars.length <= key.chars.length; start++) {
    let i = 0;
    for (; i < chars.length; i++) {
      const at = start + i;
      if (key.chars[at] === chars[i]) continue;
      if (!isLetter[i] || !(key.letters[at]?.has(chars[i] ?? '') ?? true)) break;
    }
    if (i === chars.length) return true;
  }
  return false;
}

/**
 * Whether a text matches what was typed: the typed text appears in it, or, spaces ignored, each
 * typed character stands for one of consecutive characters of the text, starting anywhere: a
 * Latin letter for an initial, any other character for itself (so 张s finds 张三).
 */
export function matchesKey(key: SearchKey, query: string): boolean {
  return matchesTyped(key, prepare(query));
}

const cache = new Map<string, SearchKey>();
const cacheLimit = 50_000;

function keyOf(text: string): SearchKey {
  let key = cache.get(text);
  if (!key) {
    if (cache.size >= cacheLimit) cache.clear();
    key = searchKey(text);
    cache.set(text, key);
  }
  return key;
}

/**
 * matchesText for one query and many texts (a list filtered on every keystroke): the query is
 * prepared once, each text's key built once and remembered (names repeat across lists).
 */
export function textMatcher(query: string): (text: string) => boolean {
  const typed = prepare(query);
  return (text) => matchesTyped(keyOf(text), typed);
}

/** matchesKey for a text whose key is built once and remembered. */
export function matchesText(text: string, query: string): boolean {
  return textMatcher(query)(text);
}

/**
 * Many names prepared once for matching on every keystroke (a roster of 8,000): each name's
 * characters as code points and, per character, the letters one typed letter may stand for as
 * bits (a = 1, b = 2, …; every bit for a character without a reading), in flat typed arrays, so a
 * query scans them without building or looking up anything per name.
 */
export type NameIndex = {
  texts: readonly string[];
  /** Where each name's characters start in codes and letters; one more entry for the end. */
  starts: Int32Array;
  codes: Int32Array;
  letters: Int32Array;
};

const anyLetter = (1 << 26) - 1;

const letterBit = (char: string) => {
  const at = char.charCodeAt(0) - 97;
  return char.length === 1 && at >= 0 && at < 26 ? 1 << at : 0;
};

// A character whose lower case is more than one code point matches only as typed (includes).
const codeOf = (char: string) => ([...char].length === 1 ? (char.codePointAt(0) ?? -1) : -1);

export function indexNames(names: readonly string[]): NameIndex {
  const keys = names.map(keyOf);
  const length = keys.reduce((sum, key) => sum + key.chars.length, 0);
  const index: NameIndex = {
    texts: keys.map((key) => key.text),
    starts: new Int32Array(names.length + 1),
    codes: new Int32Array(length),
    letters: new Int32Array(length),
  };
  let at = 0;
  keys.forEach((key, n) => {
    index.starts[n] = at;
    key.chars.forEach((char, i) => {
      const letters = key.letters[i];
      index.codes[at] = codeOf(char);
      index.letters[at] =
        letters === null || letters === undefined
          ? anyLetter
          : [...letters].reduce((bits, l) => bits | letterBit(l), 0);
      at++;
    });
  });
  index.starts[names.length] = at;
  return index;
}

function matchesAt(index: NameIndex, n: number, typed: Typed, codes: Int32Array, bits: Int32Array) {
  if (index.texts[n]?.includes(typed.query)) return true;
  const first = index.starts[n] ?? 0;
  const end = (index.starts[n + 1] ?? 0) - codes.length;
  for (let start = first; start <= end; start++) {
    let i = 0;
    for (; i < codes.length; i++) {
      const at = start + i;
      if (index.codes[at] !== codes[i] && ((index.letters[at] ?? 0) & (bits[i] ?? 0)) === 0) break;
    }
    if (i === codes.length) return true;
  }
  return false;
}

/**
 * The positions of the names that match what was typed (as matchesText does), in order; among
 * `within` only when given (the result of a query this one extends: typing a character more can
 * only drop names).
 */
export function findNames(index: NameIndex, query: string, within?: readonly number[]): number[] {
  const typed = prepare(query);
  const positions = within ?? Array.from(index.texts.keys());
  if (typed.query === '') return [...positions];
  const codes = Int32Array.from(typed.chars, codeOf);
  const bits = Int32Array.from(typed.chars, letterBit);
  return positions.filter((n) => matchesAt(index, n, typed, codes, bits));
}

/** Whether every name query `next` matches is also matched by `previous` (it extends it). */
export function narrows(previous: string, next: string): boolean {
  const before = prepare(previous).query;
  return before !== '' && prepare(next).query.startsWith(before);
}
