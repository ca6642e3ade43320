// The layout of domain.md §5, read back from the XML of every document type.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../shared/docs/file-name';
import { a4, charWidth, docGrid, margins, textWidth } from '../../shared/docs/layout';
import { buildDocumentBytes } from '../../shared/docs/pack';
import { signInRowHeight } from '../../shared/docs/sign-in-sheet';
import { meetingBuilder } from '../fixtures/records';
import type { DocxParts } from './docx-files';
import { attr, elements, sampleDocuments, unzipDocx, visibleText } from './docx-files';

const kinds: DocumentKind[] = [
  'minutes',
  'summary',
  'sign-in',
  'commitments',
  'ledger',
  'statistics',
];
const isLandscape = (kind: DocumentKind) => kind === 'ledger' || kind === 'statistics';
const parts = {} as Record<DocumentKind, DocxParts>;

beforeAll(async () => {
  const docs = await sampleDocuments();
  for (const kind of kinds) parts[kind] = unzipDocx(docs[kind]);
});

const doc = (kind: DocumentKind) => parts[kind]['word/document.xml'] ?? '';
const styles = (kind: DocumentKind) => parts[kind]['word/styles.xml'] ?? '';
const footers = (kind: DocumentKind) =>
  Object.entries(parts[kind])
    .filter(([path]) => /^word\/footer\d+\.xml$/.test(path))
    .map(([, xml]) => xml);

describe.each(kinds)('%s', (kind) => {
  it('is on A4 with the margins of GB/T 9704', () => {
    const size = elements(doc(kind), 'w:pgSz')[0] ?? '';
    const landscape = isLandscape(kind);
    expect(attr(size, 'w:w')).toBe(String(landscape ? a4.height : a4.width));
    expect(attr(size, 'w:h')).toBe(String(landscape ? a4.width : a4.height));
    expect(attr(size, 'w:orient')).toBe(landscape ? 'landscape' : 'portrait');
    const mar = elements(doc(kind), 'w:pgMar')[0] ?? '';
    expect(attr(mar, 'w:top')).toBe('2098');
    expect(attr(mar, 'w:bottom')).toBe('1984');
    expect(attr(mar, 'w:left')).toBe('1588');
    expect(attr(mar, 'w:right')).toBe('1474');
    // 37 / 35 / 28 / 26 mm, within a twip of the exact value.
    for (const [mm, tw] of [
      [37, margins.top],
      [35, margins.bottom],
      [28, margins.left],
      [26, margins.right],
    ] as const) {
      expect(Math.abs((mm * 1440) / 25.4 - tw)).toBeLessThan(1);
    }
  });

  it('has 22 lines of 28 characters', () => {
    const grid = elements(doc(kind), 'w:docGrid')[0] ?? '';
    const pitch = Number(attr(grid, 'w:linePitch'));
    expect(pitch).toBe(docGrid.linePitch);
    const height = a4.height - margins.top - margins.bottom;
    expect(Math.floor(height / pitch)).toBe(22);
    // Body lines are exactly one grid line high.
    const normal =
      /<w:style [^>]*w:styleId="Normal"[^>]*>.*?<\/w:style>/.exec(styles(kind))?.[0] ?? '';
    const spacing = elements(normal, 'w:spacing').find((e) => attr(e, 'w:line'));
    expect(attr(spacing ?? '', 'w:line')).toBe(String(pitch));
    expect(attr(spacing ?? '', 'w:lineRule')).toBe('exact');
    // 3号 characters condensed so that exactly 28 fit the 156 mm line.
    const condensed = elements(normal, 'w:spacing').find((e) => attr(e, 'w:val'));
    const pitchTwips = 320 + Number(attr(condensed ?? '', 'w:val'));
    expect(pitchTwips).toBe(charWidth);
    expect(Math.floor(textWidth.portrait / pitchTwips)).toBe(28);
  });

  it('names an East Asian font for every run, in the run or in its paragraph style', () => {
    const styleFonts = new Map(
      [...styles(kind).matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>(.*?)<\/w:style>/g)].map(
        (m) => [m[1], elements(m[2] ?? '', 'w:rFonts')[0] ?? ''],
      ),
    );
    let inherited = 0;
    for (const xml of [doc(kind), ...footers(kind)]) {
      const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1] ?? '');
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const p of paragraphs) {
        const style = attr(elements(p, 'w:pStyle')[0] ?? '', 'w:val') ?? 'Normal';
        const styleFont = styleFonts.get(style) ?? '';
        for (const run of [...p.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1] ?? '')) {
          const own = elements(run, 'w:rFonts')[0] ?? '';
          const eastAsia = attr(own, 'w:eastAsia') ?? attr(styleFont, 'w:eastAsia');
          expect(eastAsia, `${style}: ${run}`).toBeTruthy();
          // A run without Latin fonts of its own takes its style's Times New Roman.
          if (attr(own, 'w:ascii') === undefined) {
            inherited++;
            expect(attr(own, 'w:hAnsi'), run).toBeUndefined();
            expect(attr(styleFont, 'w:ascii'), `${style}: ${run}`).toBe('Times New Roman');
          }
        }
      }
    }
    if (kind !== 'summary') expect(inherited).toBeGreaterThan(0);
    const named = [...styleFonts.values()].filter((f) => f !== '');
    expect(named.length).toBeGreaterThan(4);
    for (const f of named) expect(attr(f, 'w:eastAsia'), f).toBeTruthy();
    const eastAsia = new Set(named.map((f) => attr(f, 'w:eastAsia')));
    for (const font of ['仿宋', '黑体', '楷体', '宋体', '方正小标宋简体'])
      expect(eastAsia).toContain(font);
  });

  it('gives every font a fallback Windows has in the font table', () => {
    const table = parts[kind]['word/fontTable.xml'] ?? '';
    expect(table).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
    expect(table).toMatch(/<w:font w:name="仿宋"><w:altName w:val="FangSong"\/>/);
    expect(table).toContain('w:name="SimSun-ExtB"');
  });

  it('gives every table and cell a width in DXA, summing to the text width', () => {
    const width = isLandscape(kind) ? textWidth.landscape : textWidth.portrait;
    const tables = [...doc(kind).matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]);
    if (kind !== 'summary' && kind !== 'minutes') expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const tblW = elements(table, 'w:tblW')[0] ?? '';
      expect(attr(tblW, 'w:type')).toBe('dxa');
      expect(Number(attr(tblW, 'w:w'))).toBe(width);
      expect(attr(elements(table, 'w:tblLayout')[0] ?? '', 'w:type')).toBe('fixed');
      const grid = elements(table, 'w:gridCol').map((g) => Number(attr(g, 'w:w')));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(width);
      for (const cell of elements(table, 'w:tcW')) {
        expect(attr(cell, 'w:type')).toBe('dxa');
        expect(Number(attr(cell, 'w:w'))).toBeGreaterThan(0);
      }
    }
    for (const w of elements(styles(kind), 'w:tblW')) expect(attr(w, 'w:type')).not.toBe('auto');
  });

  it('numbers pages "— N —" in 4号 宋体, odd right and even left', () => {
    const [odd, even] = footers(kind);
    expect(visibleText(odd ?? '')).toBe('—  —');
    expect(odd).toContain('PAGE');
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
    expect(odd).toContain('w:eastAsia="宋体"');
    expect(odd).toContain('<w:sz w:val="28"/>');
    expect(parts[kind]['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
  });

  it('writes dates without leading zeros and no character XML forbids', () => {
    const text = visibleText(doc(kind));
    expect(text).not.toMatch(/\d{4}年0\d月|月0\d日/);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(doc(kind)).not.toMatch(/[\uFFFE\uFFFF\u0000-\u0008]/);
  });
});

describe('contents', () => {
  it('keeps every name of the sample, in full where the copy is internal', () => {
    const text = visibleText(doc('minutes'));
    for (const name of ['𠀀明', '王䶮', '李堃', '小芳🌸', '赵𡒄', '周𬱖', '吴𪚥生', '欧阳娜娜']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('138****1234');
    expect(text).not.toContain('13812341234');
  });

  it('puts no phone number on the sign-in sheet, and rows at least 1 cm high', () => {
    const text = visibleText(doc('sign-in'));
    for (const phone of ['1381234', '8123456', '1111', '2222', '****']) {
      expect(text).not.toContain(phone);
    }
    expect(text).toContain('签名（或按手印）');
    expect(text).toMatch(/应到\s*15\s*人/);
    const heights = elements(doc('sign-in'), 'w:trHeight').map((h) => Number(attr(h, 'w:val')));
    expect(heights.length).toBeGreaterThan(15);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(567);
    expect(signInRowHeight).toBeGreaterThanOrEqual(567);
  });

  it('leaves out a phone written into the place or the topics of the sign-in sheet', async () => {
    const b = meetingBuilder(0x2224, '2026-11-27', {
      village: '石门村',
      place: '李德堃家禾坪（联系人13812341234）',
      topics: '修路，有事联系0738 8123456',
    });
    b.attend('李德堃');
    const text = visibleText(
      unzipDocx(await buildDocumentBytes('sign-in', { bundle: b.bundle }))['word/document.xml'] ??
        '',
    );
    expect(text).toContain('李德堃家禾坪（联系人（略））');
    expect(text).toContain('修路，有事联系（略）');
    for (const phone of ['1234', '8123456']) expect(text).not.toContain(phone);
  });

  it('leaves out a phone typed into a name, 组 or 身份 on the sign-in sheet', async () => {
    const b = meetingBuilder(0x2225, '2026-11-27', { village: '石门村' });
    b.attend('王五13900001111', { group: '三组 电话8123456', identity: '村民代表 139 0000 2222' });
    const text = visibleText(
      unzipDocx(await buildDocumentBytes('sign-in', { bundle: b.bundle }))['word/document.xml'] ??
        '',
    );
    expect(text).toContain('王五（略）');
    expect(text).toContain('三组 电话（略）');
    expect(text).toContain('村民代表 （略）');
    for (const digits of ['1111', '8123456', '2222']) expect(text).not.toContain(digits);
  });

  it('masks names and leaves out phones and sensitive issues on the notice', () => {
    const text = visibleText(doc('commitments'));
    expect(text).not.toContain('𠀀明');
    expect(text).not.toMatch(/138\*{4}|1381234/);
    expect(text).not.toContain('宅基地界址');
    expect(text).toContain('坑洼');
  });

  it('lays the 出席 continuation lines after the colon', () => {
    const para = [...doc('summary').matchAll(/<w:p>(.*?)<\/w:p>/g)]
      .map((m) => m[1] ?? '')
      .find((p) => visibleText(p).startsWith('出席：'));
    const ind = elements(para ?? '', 'w:ind')[0] ?? '';
    expect(Number(attr(ind, 'w:hanging'))).toBe(3 * charWidth);
    expect(Number(attr(ind, 'w:left'))).toBe(5 * charWidth);
    expect(para).toMatch(/w:eastAsia="黑体".*出席：/);
  });
});

describe('page numbers for single-sided printing', () => {
  it('centres them on every page when asked', async () => {
    const { loadSample } = await import('./docx-files');
    const { buildDocumentBytes } = await import('../../shared/docs/pack');
    const meeting = loadSample().meetings[0];
    if (!meeting) throw new Error('no meeting');
    const bytes = await buildDocumentBytes(
      'minutes',
      { bundle: meeting },
      { pageNumbers: 'centred' },
    );
    const docx = unzipDocx(bytes);
    const footerXml = Object.entries(docx).filter(([p]) => /^word\/footer\d+\.xml$/.test(p));
    expect(footerXml).toHaveLength(1);
    expect(footerXml[0]?.[1]).toContain('<w:jc w:val="center"/>');
    expect(docx['word/settings.xml']).not.toContain('<w:evenAndOddHeaders/>');
  });
});

describe('column widths fit their text', () => {
  /** Width in ems, measured here on its own: a Chinese character 1, any other 0.55, and a
   * quarter where Chinese meets a digit. */
  const ems = (text: string) => {
    let w = 0;
    let prevWide: boolean | undefined;
    for (const c of text) {
      const wide = (c.codePointAt(0) ?? 0) >= 0x2e80;
      w += wide ? 1 : 0.55;
      if (prevWide !== undefined && prevWide !== wide) w += 0.25;
      prevWide = wide;
    }
    return w;
  };
  const mustFit = (text: string) =>
    /^\d{4}年\d{1,2}月\d{1,2}日$/.test(text) ||
    /^\d{1,3}$/.test(text) ||
    ['石门镇交通站', '石门镇自然资源所', '欧阳娜娜', '吴𪚥生', '138****1234'].includes(text);

  it('never wraps a header, a date, a number, a name or a unit', async () => {
    const { bigMeetingBundle } = await import('../fixtures/big-meeting');
    const { longDescriptionBundle } = await import('../fixtures/long-description');
    const { buildDocumentBytes } = await import('../../shared/docs/pack');
    const docs = [
      ...kinds.map(doc),
      ...(await Promise.all(
        [bigMeetingBundle(), longDescriptionBundle()].flatMap((bundle) => [
          buildDocumentBytes('minutes', { bundle }),
          buildDocumentBytes('commitments', { bundle }),
          buildDocumentBytes('sign-in', { bundle }),
          buildDocumentBytes('ledger', { bundles: [bundle], filter: {}, today: '2026-12-01' }),
        ]),
      ).then((all) => all.map((b) => unzipDocx(b)['word/document.xml'] ?? ''))),
    ];
    let checked = 0;
    for (const xml of docs) {
      for (const table of [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0])) {
        const mar = /<w:tblCellMar>(.*?)<\/w:tblCellMar>/.exec(table)?.[1] ?? '';
        const side = (s: string) => Number(attr(elements(mar, `w:${s}`)[0] ?? '', 'w:w'));
        const padding = side('left') + side('right');
        const rows = [...table.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
        rows.forEach((row, r) => {
          for (const cell of [...row.matchAll(/<w:tc>.*?<\/w:tc>/g)].map((m) => m[0])) {
            const width = Number(attr(elements(cell, 'w:tcW')[0] ?? '', 'w:w'));
            const paragraphs = [...cell.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]);
            for (const p of paragraphs) {
              const text = visibleText(p);
              if (r > 0 && !mustFit(text)) continue;
              const size = Number(/TableText(\d+)/.exec(p)?.[1]);
              const needed = (ems(text) * size * 20) / 2 + padding;
              expect(needed, `“${text}” in ${width} twips at ${size / 2} pt`).toBeLessThanOrEqual(
                width,
              );
              checked++;
            }
          }
        });
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
