// Phone numbers as villagers and cadres write them: mobiles (11 digits, perhaps with +86 and
// spaces), landlines with an area code (0731-8888888) or without one in the county. Stored
// without spaces so the same number typed twice is found as a duplicate.
export type PhoneCheck = { ok: true; phone: string } | { ok: false; problem: string };

/**
 * A phone a default copy left out (exchange/withheld.ts; an empty phone is written empty). A
 * computer that has no number for the record keeps the mark as its phone (shown and printed as
 * it is), so the full files it writes say "not known here", never "no phone". Read from a
 * roster sheet, it is no number.
 */
export const withheldPhone = '（略）';

const fullWidthDigit = /[０-９]/g;

export function normalizePhone(raw: string): PhoneCheck {
  const text = raw
    .replace(fullWidthDigit, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[－—]/g, '-')
    .replace(/[\s()（）]/g, '');
  if (text === '' || raw.trim() === withheldPhone) return { ok: true, phone: '' };
  // Excel shows a long number in a General cell as 1.38123E+10 and saves the CSV that way: the
  // last digits are gone and no reader can bring them back.
  if (/^\d(\.\d+)?e\+?\d+$/i.test(text)) {
    return {
      ok: false,
      problem: `“${raw.trim()}”是科学计数法，号码的后几位已丢失。请在 Excel 中把该列设为“文本”、改正号码后重新保存`,
    };
  }
  if (text.includes('*') || text.includes('＊')) {
    return {
      ok: false,
      problem: `“${raw.trim()}”是脱敏后的号码，无法导入。请改用内部完整版或原始表格`,
    };
  }
  const mobile = /^(?:\+?86|0086)?-?(1[3-9]\d{9})$/.exec(text)?.[1];
  if (mobile) return { ok: true, phone: mobile };
  if (/^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$/.test(text) || /^\d{7,8}$/.test(text)) {
    return { ok: true, phone: text };
  }
  return {
    ok: false,
    problem: `“${raw.trim()}”不是有效的电话号码（手机号为 11 位，座机如 0731-8888888）`,
  };
}

/** The digits alone: 0731-8888888 and 07318888888 are one number. */
export function phoneKey(phone: string): string {
  return phone.replace(/\D/g, '');
}
