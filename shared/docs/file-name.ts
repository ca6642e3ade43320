// Chinese file names for the documents: "2026年11月27日 石门村屋场会记录.docx", safe on Windows.
import { formatChineseDate } from '../domain/dates';
import type { Meeting } from '../domain/schemas';
import { cleanLine } from '../domain/text';
import { copyRules } from './privacy';
import type { Privacy } from './privacy';

export type MeetingDocumentKind = 'minutes' | 'summary' | 'sign-in' | 'commitments';
export type DocumentKind = MeetingDocumentKind | 'ledger' | 'statistics';

export const documentKindLabels: Record<DocumentKind, string> = {
  minutes: '记录',
  summary: '纪要',
  'sign-in': '签到表',
  commitments: '承诺公示单',
  ledger: '问题台账',
  statistics: '工作情况统计表',
};

const reservedNames = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * Makes text safe as a Windows file name: the characters Windows forbids (< > : " / \ | ? * and
 * controls) become full-width look-alikes or go, trailing dots and spaces go, a reserved device
 * name gets a prefix, and the name stays within 100 characters (by code point).
 */
export function safeFileName(name: string): string {
  const replaced = cleanLine(name)
    .replace(
      /[<>:"/\\|?*]/g,
      (c) =>
        ({
          '<': '＜',
          '>': '＞',
          ':': '：',
          '"': '＂',
          '/': '／',
          '\\': '＼',
          '|': '｜',
          '?': '？',
          '*': '＊',
        })[c] ?? '',
    )
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  const short = [...replaced]
    .slice(0, 100)
    .join('')
    .replace(/[. ]+$/, '');
  if (short === '') return '未命名';
  return reservedNames.test(short) ? `_${short}` : short;
}

/** 2026年11月27日 石门村屋场会记录（脱敏版）.docx: the copy's name from the one rule set; the
 * 签到表 and the 承诺公示单 have one copy each and no suffix. */
export function documentFileName(
  kind: MeetingDocumentKind,
  meeting: Pick<Meeting, 'date' | 'village' | 'typeLabel'>,
  privacy: Privacy = 'masked',
): string {
  const label = cleanLine(meeting.typeLabel).trim() || '屋场会';
  const suffix = kind === 'commitments' || kind === 'sign-in' ? '' : copyRules[privacy].fileSuffix;
  const stem = `${formatChineseDate(meeting.date)} ${cleanLine(meeting.village).trim()}${label}${documentKindLabels[kind]}`;
  return withSuffix(stem, suffix);
}

/** 石门镇屋场会问题台账（2026年1月1日至2026年12月31日）（公示版）.docx, or .xlsx for the sheet. */
export function ledgerFileName(
  title: string,
  filterText: string,
  privacy: Privacy,
  extension: 'docx' | 'xlsx' = 'docx',
): string {
  const stem = filterText === '' ? title : `${title}（${filterText}）`;
  return withSuffix(stem, copyRules[privacy].fileSuffix, extension);
}

/** 桥头河镇屋场会工作情况统计表（2026年第一季度）.docx, or .xlsx: no personal data, one copy. */
export function statisticsFileName(
  title: string,
  periodLabel: string,
  extension: 'docx' | 'xlsx' = 'docx',
): string {
  return withSuffix(`${title}（${periodLabel}）`, '', extension);
}

/** A safe file name ending in the copy's name: a long stem is shortened, never the suffix. */
function withSuffix(stem: string, suffix: string, extension: 'docx' | 'xlsx' = 'docx'): string {
  const room = 100 - [...suffix].length;
  const short = [...safeFileName(stem)].slice(0, room).join('');
  return `${safeFileName(`${short}${suffix}`)}.${extension}`;
}
