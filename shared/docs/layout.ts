// The page of GB/T 9704-2012 (domain.md §5) in the units Word stores: twips (1/20 pt) for lengths,
// half-points for font sizes. Every document builder takes its measures from here.

const twipsPerMm = 1440 / 25.4;

export function mmToTwips(mm: number): number {
  return Math.round(mm * twipsPerMm);
}

/** A4 portrait. Landscape swaps the two. */
export const a4 = { width: 11906, height: 16838 } as const;

/**
 * 37 / 35 / 28 / 26 mm as Word itself writes them for 3.7 / 3.5 / 2.8 / 2.6 cm: Word rounds
 * through 567 twips per cm, so 28 mm is 1588 rather than 1587.4. Text block 156 × 225 mm.
 */
export const margins = { top: 2098, bottom: 1984, left: 1588, right: 1474 } as const;

/** The page number sits about 7 mm below the text block (GB/T 9704 §7.5). */
export const footerDistance = mmToTwips(25.5);
export const headerDistance = mmToTwips(15);

export const textWidth = {
  portrait: a4.width - margins.left - margins.right,
  landscape: a4.height - margins.left - margins.right,
} as const;
const textHeight = a4.height - margins.top - margins.bottom;

export const linesPerPage = 22;
export const charsPerLine = 28;

/** Font sizes in half-points, by their Chinese names. */
export const sizes = {
  erHao: 44, // 2号, 22 pt: title
  sanHao: 32, // 3号, 16 pt: body
  siHao: 28, // 4号, 14 pt: page numbers
  xiaoSi: 24, // 小四, 12 pt: tables of the portrait documents
  wuHao: 21, // 五号, 10.5 pt: the ledger's wide table
} as const;

/**
 * 22 lines of 28 characters. Lines: Word's line grid (linePitch, in twips), and every body
 * paragraph has exactly that line height, so readers without a grid count 22 lines too.
 * Characters: not Word's character grid, which LibreOffice lays out differently (cells of the
 * body size plus charSpace, two cells for a character wider than one, so half the characters to
 * a line); instead each 3号 character is condensed by 0.25 pt (w:spacing -5), to 15.75 pt, so
 * exactly 28 fit the 156 mm line in Word, WPS and LibreOffice alike.
 */
export const docGrid = { linePitch: Math.floor(textHeight / linesPerPage) } as const;

/** Condensing of body characters, in twentieths of a point. */
export const bodyCharacterSpacing = -5;

/** One character of body text, in twips: the unit of indents. */
export const charWidth = sizes.sanHao * 10 + bodyCharacterSpacing;

/**
 * Font names. The East Asian font is always set explicitly. Body text uses 仿宋 (FangSong), which
 * every Windows since Vista ships and which covers GBK, not 仿宋_GB2312 (absent from Windows 10+
 * and limited to the 6,763 GB2312 characters); 楷体 and 黑体 likewise. The title font
 * 方正小标宋简体 is on most government machines but on no default Windows: the font table names
 * 宋体 as its alternative (w:altName) and describes it as a GB2312 serif, so Word and WPS
 * substitute 宋体 when it is missing. Word has no per-run fallback list, so characters no 仿宋 font
 * has are given fonts Windows ships for them (see text-runs.ts).
 */
export const fonts = {
  latin: 'Times New Roman',
  title: '方正小标宋简体',
  body: '仿宋',
  heading1: '黑体',
  heading2: '楷体',
  song: '宋体',
  extB: 'SimSun-ExtB',
  extG: 'SimSun-ExtG',
  emoji: 'Segoe UI Emoji',
} as const;

export type FontRole = 'title' | 'body' | 'heading1' | 'heading2' | 'song';

/** What the font table says about each font: Word and WPS use it to substitute a missing one. */
export const fontTableEntries: readonly {
  name: string;
  altName?: string;
  panose: string;
  charset: string;
  family: 'roman' | 'modern' | 'swiss' | 'auto';
  pitch: 'variable' | 'fixed';
}[] = [
  {
    name: fonts.latin,
    panose: '02020603050405020304',
    charset: '00',
    family: 'roman',
    pitch: 'variable',
  },
  {
    name: fonts.title,
    altName: fonts.song,
    panose: '02000000000000000000',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
  },
  {
    name: fonts.body,
    altName: 'FangSong',
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: fonts.heading1,
    altName: 'SimHei',
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: fonts.heading2,
    altName: 'KaiTi',
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: fonts.song,
    altName: 'SimSun',
    panose: '02010600030101010101',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
  },
  {
    name: fonts.extB,
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: fonts.extG,
    altName: fonts.extB,
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: fonts.emoji,
    panose: '020B0502040204020203',
    charset: '00',
    family: 'swiss',
    pitch: 'variable',
  },
];

export const styleIds = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  footer: 'Footer',
} as const;

/** The sizes table text comes in; each has a left and a centred paragraph style. */
export const tableTextSizes = [sizes.siHao, sizes.xiaoSi, sizes.wuHao] as const;
export type TableTextSize = (typeof tableTextSizes)[number];

export function tableTextStyleId(size: TableTextSize, centred: boolean): string {
  return `TableText${size}${centred ? 'Centred' : ''}`;
}
