// One sanitiser for every string that is stored or printed. It keeps every valid character
// (CJK extension B and beyond, emoji, ZWJ sequences) and removes only what XML 1.0 forbids:
// C0 controls other than tab/newline/carriage return, U+FFFE, U+FFFF and lone surrogates.
// DEL and C1 controls are removed too: they are invisible and only ever arrive by accident.

const forbidden =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Orders strings by UTF-16 code units: for ISO dates, ids and keys, where that is their order,
 * without the collator that localeCompare goes through (many times slower). */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export type SanitizedText = { text: string; removed: number };

export function sanitizeText(input: string): SanitizedText {
  let removed = 0;
  const text = input.replace(forbidden, () => {
    removed += 1;
    return '';
  });
  return { text, removed };
}

export function cleanText(input: string): string {
  return sanitizeText(input).text;
}

/** For single-line fields: also folds newlines and tabs into one space. */
export function cleanLine(input: string): string {
  return cleanText(input).replace(/[\t\r\n]+/g, ' ');
}
