// De-identification for printed documents (domain.md §6, 个人信息保护法). Phone numbers are
// masked unless the user asks for a full internal copy; the public variant (公示) also masks
// villagers' names and leaves out issues marked sensitive.
import { cleanText } from '../domain/text';

/**
 * internal-full: names and phones in full, for the office's own file.
 * masked: the default — names in full, phones masked.
 * public: for the notice board — villagers' names and phones masked, sensitive issues left out.
 */
export type Privacy = 'internal-full' | 'masked' | 'public';

/** The copies a user chooses between, in the words of the export dialogs. */
export const privacyLabels: Record<Privacy, string> = {
  masked: '默认（电话号码脱敏）',
  'internal-full': '内部完整版（含完整电话）',
  public: '公示版（姓名脱敏，不含敏感问题）',
};

function graphemes(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Masks a name by character (grapheme cluster, so a surrogate pair or an emoji sequence is never
 * split): the first and the last stay, everything between becomes *. 张三 → 张*, 张三明 → 张*明,
 * 欧阳娜娜 → 欧**娜, 𠀀明 → 𠀀*; a one-character name becomes *.
 */
export function maskName(name: string): string {
  const chars = graphemes(cleanText(name).trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

const mobile = /^(\+?86[\s-]?)?(1\d{2})[\s-]?(\d{4})[\s-]?(\d{4})$/;
const landline = /^(0\d{2,3})[\s-]?(\d{3,4})[\s-]?(\d{4})(\s*(?:转|-|ext\.?)\s*\d{1,5})?$/i;

/**
 * 13812341234 → 138****1234; +86 138-1234-1234 → +86 138****1234; 0738-8123456 → 0738-****3456.
 * Anything else keeps its last four digits and masks the other digits; a short number is masked
 * whole. An empty value stays empty.
 */
export function maskPhone(phone: string): string {
  const value = cleanText(phone).trim();
  if (value === '') return '';
  const m = mobile.exec(value);
  if (m) return `${m[1] ? '+86 ' : ''}${m[2]}****${m[4]}`;
  const l = landline.exec(value);
  if (l) return `${l[1]}-****${l[3]}`;
  const digits = value.replace(/\D/g, '').length;
  if (digits <= 4) return value.replace(/\d/g, '*');
  let seen = 0;
  return value.replace(/\d/g, (d) => (++seen > digits - 4 ? d : '*'));
}

const phoneInText =
  /(?<![\d])(?:(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}-\d{7,8})(?![\d])/g;

/** Masks the phone numbers written inside a free text (a description, a response), or
 * replaces each with a fixed word (the public variant shows no phone number at all). */
export function maskPhonesInText(text: string, replacement?: string): string {
  return text.replace(phoneInText, (found) => replacement ?? maskPhone(found));
}

/** Raised-by values that name no one: kept as they are in the public variant. */
const collective = /^(匿名|集体反映)$|群众$|村民$|户$/;

/** How names, phones and free texts appear under one privacy choice. */
export type Redactor = {
  privacy: Privacy;
  /** A villager's name. */
  person(name: string): string;
  /** A 反映人 value, which may name a group rather than a person. */
  raisedBy(value: string): string;
  phone(value: string): string;
  /** A free text: phones masked, and in public the known names masked too. */
  text(value: string): string;
};

export function createRedactor(privacy: Privacy, knownNames: readonly string[] = []): Redactor {
  const isPublic = privacy === 'public';
  const names = isPublic
    ? [...new Set(knownNames.map((n) => cleanText(n).trim()))]
        .filter((n) => [...n].length >= 2 && !collective.test(n))
        .sort((a, b) => b.length - a.length)
    : [];
  const person = (name: string) => (isPublic ? maskName(name) : cleanText(name).trim());
  return {
    privacy,
    person,
    raisedBy: (value) => (collective.test(value.trim()) ? value.trim() : person(value)),
    phone: (value) =>
      privacy === 'internal-full' ? cleanText(value).trim() : isPublic ? '' : maskPhone(value),
    text: (value) => {
      let out =
        privacy === 'internal-full'
          ? value
          : maskPhonesInText(value, isPublic ? '（略）' : undefined);
      for (const name of names) out = out.split(name).join(maskName(name));
      return out;
    },
  };
}
