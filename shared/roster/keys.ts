// What makes two rosters' words the same person. Names are compared without spaces: two-character
// names are often padded for alignment with an ideographic space (U+3000). Groups are compared by
// number: 一组, 1组, 第一组, 01 and 一 are one 村民小组 in the ways offices write it.
const digits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99; null when the text is not such a numeral. */
function chineseNumber(text: string): number | null {
  const match = /^([一二两三四五六七八九])?(十)?([零〇一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, units] = match;
  if (!ten) {
    // Without 十 one digit alone (一); the pattern puts it in the first group.
    const single = tens && !units ? tens : null;
    return single === null ? null : (digits[single] ?? null);
  }
  return (tens ? (digits[tens] ?? 0) : 1) * 10 + (units ? (digits[units] ?? 0) : 0);
}

export function groupKey(group: string): string {
  const bare = group
    .replace(/\s/g, '')
    .replace(/^第/, '')
    .replace(/(?:村民小组|小组|组)$/, '');
  if (/^\d+$/.test(bare)) return String(Number(bare));
  const number = chineseNumber(bare);
  return number === null ? bare : String(number);
}

export function nameKey(name: string): string {
  return name.replace(/\s/g, '');
}
