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

export function searchKey(text: string): SearchKey {
  const readings = pinyin(text, {
    pattern: 'first',
    toneType: 'none',
    type: 'all',
    multiple: true,
    surname: 'head',
  });
  const letters = readings.map((r) => {
    if (r.isZh) {
      const initials = [r.first, ...r.polyphonic].map((p) => p.charAt(0).toLowerCase());
      return new Set(initials.filter((c) => c !== ''));
    }
    return han.test(r.origin) ? null : new Set([r.origin.toLowerCase()]);
  });
  return {
    text: text.toLowerCase(),
    chars: readings.map((r) => r.origin.toLowerCase()),
    letters,
  };
}

/**
 * Whether a text matches what was typed: the typed text appears in it, or, spaces ignored, each
 * typed character stands for one of consecutive characters of the text, starting anywhere: a
 * Latin letter for an initial, any other character for itself (so 张s finds 张三).
 */
export function matchesKey(key: SearchKey, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '' || key.text.includes(q)) return true;
  const typed = [...q.replace(/\s+/g, '')];
  const fits = (c: string, at: number) =>
    key.chars[at] === c || (/[a-z]/.test(c) && (key.letters[at]?.has(c) ?? true));
  for (let start = 0; start + typed.length <= key.chars.length; start++) {
    if (typed.every((c, i) => fits(c, start + i))) return true;
  }
  return false;
}

const cache = new Map<string, SearchKey>();
const cacheLimit = 50_000;

/** matchesKey for a text whose key is built once and remembered (names repeat across lists). */
export function matchesText(text: string, query: string): boolean {
  let key = cache.get(text);
  if (!key) {
    if (cache.size >= cacheLimit) cache.clear();
    key = searchKey(text);
    cache.set(text, key);
  }
  return matchesKey(key, query);
}
