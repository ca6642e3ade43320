// De-identification (domain.md §6, 个人信息保护法): the one set of rules for what each copy of a
// document shows on paper and carries in its data part. Every document builder, the data part
// written into a file (exchange/withheld.ts), the file names and the export dialogs read them here.
import type { Photo } from '../domain/schemas';
import { cleanText } from '../domain/text';

/**
 * internal-full: names and phones in full, for the office's own file.
 * masked: the default — names in full, phones masked on paper and left out of the data part.
 * public: for the notice board — villagers' names masked, no phones, sensitive issues left out,
 * no data part.
 */
export type Privacy = 'internal-full' | 'masked' | 'public';

export type CopyRule = {
  /** The choice in the export dialogs. */
  label: string;
  /** Exactly what the copy prints, said under the choice. */
  paper: string;
  /** Exactly what the file carries besides the printed text (记录 and 纪要). */
  data: string;
  /** The copy's name in its file name. */
  fileSuffix: string;
  phonesOnPaper: 'full' | 'masked' | 'none';
  villagerNames: 'full' | 'masked';
  sensitiveIssues: boolean;
  /** The meeting's data inside the file, for the office's 导入. */
  dataPart: 'full' | 'without-phones' | 'none';
  /** The meeting's photos a 记录 may print when 附照片 is chosen: a 签到表 photo shows villagers'
   * names and signatures, and no photo goes on the notice board. */
  photos: 'all' | 'without-sign-in' | 'none';
};

export const copyRules: Record<Privacy, CopyRule> = {
  masked: {
    label: '默认（电话号码脱敏）',
    paper: '纸面：姓名完整，电话号码脱敏（如138****1234）。',
    data:
      '文件内附本场会议数据和照片供乡镇办公室导入，其中不含电话号码和签到表照片，' +
      '已删除的人员、诉求和照片只留编号不留内容。',
    fileSuffix: '（脱敏版）',
    phonesOnPaper: 'masked',
    villagerNames: 'full',
    sensitiveIssues: true,
    dataPart: 'without-phones',
    photos: 'without-sign-in',
  },
  'internal-full': {
    label: '内部完整版（含完整电话）',
    paper: '纸面：姓名和电话号码完整，仅供内部使用。',
    data:
      '文件内附本场会议的完整数据（含电话号码、全部照片和已删除的记录），' +
      '仅供内部存档和导入，请勿外传。',
    fileSuffix: '（内部完整版）',
    phonesOnPaper: 'full',
    villagerNames: 'full',
    sensitiveIssues: true,
    dataPart: 'full',
    photos: 'all',
  },
  public: {
    label: '公示版（姓名脱敏，不含敏感问题）',
    paper:
      '纸面：群众姓名脱敏（如李*堃，屋场和地点中的姓名也脱敏），干部姓名照常，不印电话号码，' +
      '不含标为敏感的问题，可以张贴公示。',
    data: '文件内不附任何会议数据。',
    fileSuffix: '（公示版）',
    phonesOnPaper: 'none',
    villagerNames: 'masked',
    sensitiveIssues: false,
    dataPart: 'none',
    photos: 'none',
  },
};

/** What a document of a copy contains, on paper and in the file, for the export dialogs;
 * `withData` for the documents that carry the meeting's data (记录, 纪要). */
export function copyContents(privacy: Privacy, withData: boolean): string {
  const rule = copyRules[privacy];
  return `${rule.paper}${withData ? rule.data : '文件内不附会议数据。'}`;
}

/** The photos a 记录 of this copy prints when 附照片 is chosen: the meeting's own live photos that
 * still hold their bytes (a follow-up step's belong to the step, not to the meeting's record),
 * in the order given, less those the copy's rule keeps off paper. */
export function printedPhotos(photos: readonly Photo[], privacy: Privacy): Photo[] {
  const rule = copyRules[privacy].photos;
  return photos.filter(
    (p) =>
      p.deletedAt === null &&
      p.progressId === null &&
      p.jpeg !== '' &&
      (rule === 'all' || (rule === 'without-sign-in' && p.kind !== '签到表')),
  );
}

/** What 附照片 adds to a 记录 of this copy, said under the choice in the export dialog. */
export function photosNote(photos: readonly Photo[], privacy: Privacy): string {
  if (copyRules[privacy].photos === 'none') return '公示版不附照片。';
  const printed = printedPhotos(photos, privacy).length;
  const signIn = printedPhotos(photos, 'internal-full').filter((p) => p.kind === '签到表').length;
  const left =
    copyRules[privacy].photos === 'without-sign-in' && signIn > 0
      ? `签到表照片（${signIn}张，有群众姓名和签名）此版本不附，`
      : '';
  return printed === 0
    ? `${left}没有可附的照片。`
    : `${left}附${printed}张照片，印在附件“现场照片”中；办理进展的照片不附。`;
}

/** The copies a user chooses between, in the words of the export dialogs. */
export const privacyLabels: Record<Privacy, string> = {
  masked: copyRules.masked.label,
  'internal-full': copyRules['internal-full'].label,
  public: copyRules.public.label,
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

/** Full-width digits, + - ( ) and the ideographic space (what a Chinese input method types) as
 * their ASCII forms, one character for one, so every position in the text stays where it was. */
function asciiPhoneSigns(text: string): string {
  return text.replace(/[０-９＋－（）\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

const mobile = /^(\+?86[\s-]?)?(1\d{2})[\s-]?(\d{4})[\s-]?(\d{4})$/;
const landline = /^\(?(0\d{2,3})\)?[\s-]?(\d{3,4})[\s-]?(\d{4})(\s*(?:转|-|ext\.?)\s*\d{1,5})?$/i;

/**
 * 13812341234 → 138****1234; +86 138-1234-1234 → +86 138****1234; 0738-8123456 and
 * (0738)8123456 → 0738-****3456; full-width digits (１３８１２３４１２３４) alike. Anything else
 * keeps its last four digits and masks the other digits; a short number is masked whole. An empty
 * value stays empty.
 */
export function maskPhone(phone: string): string {
  const value = asciiPhoneSigns(cleanText(phone)).trim();
  // No digit, nothing to mask: the text as written (the （略） of a default copy keeps its brackets).
  if (!/\d/.test(value)) return cleanText(phone).trim();
  const m = mobile.exec(value);
  if (m) return `${m[1] ? '+86 ' : ''}${m[2]}****${m[4]}`;
  const l = landline.exec(value);
  if (l) return `${l[1]}-****${l[3]}`;
  const digits = value.replace(/\D/g, '').length;
  if (digits <= 4) return value.replace(/\d/g, '*');
  let seen = 0;
  return value.replace(/\d/g, (d) => (++seen > digits - 4 ? d : '*'));
}

/** A mobile number (13812341234, 138 1234 1234, +86 138-1234-1234), a landline with its area
 * code (0738-8123456, 0738 8123456, (0738)8123456), or one without it right after a word that
 * says it is a phone (电话8123456, 座机：81234567; a number of 7 or 8 digits alone may as well be
 * an amount), not inside a longer number. */
const phoneInText =
  /(?<!\d)(?:(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|(?:0[1-9]\d{1,2}|\(0[1-9]\d{1,2}\))[\s-]?\d{7,8}|(?<=(?:电话|手机|手机号|座机|固话|联系方式|号码|tel)[\s:：是为]{0,3})\d{7,8})(?!\d)/gi;

/** Masks the phone numbers written inside a free text (a description, a response), or
 * replaces each with a fixed word (the public variant shows no phone number at all). Numbers
 * typed in full-width digits are found too; the rest of the text is left as it is. */
export function maskPhonesInText(text: string, replacement?: string): string {
  let out = '';
  let from = 0;
  for (const found of asciiPhoneSigns(text).matchAll(phoneInText)) {
    out += text.slice(from, found.index) + (replacement ?? maskPhone(found[0]));
    from = found.index + found[0].length;
  }
  return out + text.slice(from);
}

/** Villagers as a group, which names no one: 村民, 群众, 村民代表, 低保户 … */
const groupWord =
  '(?:村民|群众|居民|农户|住户|党员|(?:低保|五保|贫困|脱贫|困难|养殖|种植|承包)户)(?:代表)?';
/** What may come before a group word: a place (石门村三组, 5组) and a number (部分, 全体, 12户). */
const groupPlace = '(?:[^\\s、，,；;等]*?(?:村|组|社区|屋场|队))?';
const groupSize =
  '(?:部分|全体|多名|多位|若干|其他|广大|众多|[0-9一二三四五六七八九十百几]+(?:名|位|户|人))?';
/** 反映人 values that name no one: printed as they are in every copy. */
const namesNoOne = new RegExp(`^(?:匿名|集体反映|${groupPlace}${groupSize}${groupWord})$`);
/** The words after the names in a 反映人 value: 李德堃户, 张三丰等村民, 王五等3户, 赵四等人. */
const afterNames =
  /^(.+?)((?:等|及)(?:[0-9一二三四五六七八九十百几]+(?:户|人|名|位))?(?:人|村民|群众|居民|农户|住户|邻居|家属)?|一家|户)$/;
/** One name of several: 张三丰、李四 */
const namePiece = /[^、，,；;\s/]+/g;

/** A 反映人 value as the part that names persons and the words after it; a value that names no
 * one is all words. */
function splitRaisedBy(value: string): { named: string; after: string } {
  if (namesNoOne.test(value)) return { named: '', after: value };
  const m = afterNames.exec(value);
  return m ? { named: m[1] ?? '', after: m[2] ?? '' } : { named: value, after: '' };
}

/** The persons a 反映人 value names: 张三丰、李四等村民 → 张三丰, 李四; 李德堃户 → 李德堃;
 * 三组群众, 部分村民, 匿名 → none. Any other value is a name. */
export function raisedByNames(value: string): string[] {
  const { named } = splitRaisedBy(cleanText(value).trim());
  return (named.match(namePiece) ?? []).filter((n) => !namesNoOne.test(n));
}

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

export function createRedactor(privacy: Privacy, villagerNames: readonly string[] = []): Redactor {
  const rule = copyRules[privacy];
  const masksNames = rule.villagerNames === 'masked';
  const names = masksNames
    ? [...new Set(villagerNames.flatMap(raisedByNames))]
        .filter((n) => [...n].length >= 2)
        .sort((a, b) => b.length - a.length)
    : [];
  const person = (name: string) => (masksNames ? maskName(name) : cleanText(name).trim());
  const phones = rule.phonesOnPaper;
  return {
    privacy,
    person,
    raisedBy: (value) => {
      const { named, after } = splitRaisedBy(cleanText(value).trim());
      const persons = named.replace(namePiece, (n) => (namesNoOne.test(n) ? n : person(n)));
      return `${persons}${after}`;
    },
    phone: (value) =>
      phones === 'full' ? cleanText(value).trim() : phones === 'none' ? '' : maskPhone(value),
    text: (value) => {
      let out =
        phones === 'full'
          ? value
          : maskPhonesInText(value, phones === 'none' ? '（略）' : undefined);
      for (const name of names) out = out.split(name).join(maskName(name));
      return out;
    },
  };
}
