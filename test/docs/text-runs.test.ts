import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { splitByScript, textRuns } from '../../shared/docs/text-runs';
import { cleanText, sanitizeText } from '../../shared/domain/text';
import { attr, elements, unzipDocx } from './docx-files';

describe('the one sanitiser', () => {
  it('removes what XML 1.0 forbids', () => {
    const { text, removed } = sanitizeText('a\uFFFEb\u0000c\uFFFFd\u0007e');
    expect(text).toBe('abcde');
    expect(removed).toBe(4);
  });

  it('removes lone surrogates but keeps pairs', () => {
    expect(cleanText('王\uD840明')).toBe('王明');
    expect(cleanText('王\uDC00明')).toBe('王明');
    expect(cleanText('\uDC00\uD840\uDC00\uD840')).toBe('𠀀');
  });

  it('keeps every valid character: extension A and B, emoji with ZWJ, tab and newline', () => {
    const valid = '𠀀明 王䶮 李堃 𡒄𪚥𬱖 👩‍🌾 小芳🌸 🇨🇳\t第一行\n第二行';
    expect(cleanText(valid)).toBe(valid);
  });
});

describe('runs split by plane', () => {
  it('gives a supplementary character a run of its own in SimSun-ExtB', () => {
    expect(splitByScript('王𠀀明')).toEqual([
      { text: '王', script: 'main' },
      { text: '𠀀', script: 'extB' },
      { text: '明', script: 'main' },
    ]);
  });

  it('keeps joiners and selectors with their character, never splitting a pair', () => {
    const segments = splitByScript('张👩‍🌾❤️𠀀\u{E0100}明');
    expect(segments.map((s) => s.script)).toEqual(['main', 'emoji', 'main', 'extB', 'main']);
    expect(segments.map((s) => s.text).join('')).toBe('张👩‍🌾❤️𠀀\u{E0100}明');
    for (const s of segments) expect(cleanText(s.text)).toBe(s.text);
  });

  it('classes extension A, B–F, G and emoji', () => {
    expect(splitByScript('䶮').map((s) => s.script)).toEqual(['extA']);
    expect(splitByScript('𬱖').map((s) => s.script)).toEqual(['extB']);
    expect(splitByScript('\u{30000}').map((s) => s.script)).toEqual(['extG']);
    expect(splitByScript('🌸').map((s) => s.script)).toEqual(['emoji']);
  });

  it('writes runs whose every font slot names the font for the plane', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: textRuns('王𠀀明\uFFFE') })] }],
    });
    const xml = unzipDocx(await Packer.pack(doc, 'uint8array'))['word/document.xml'] ?? '';
    const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1] ?? '');
    expect(runs.map((r) => />([^<]*)<\/w:t>/.exec(r)?.[1])).toEqual(['王', '𠀀', '明']);
    const fonts = runs.map((r) => elements(r, 'w:rFonts')[0] ?? '');
    expect(fonts.map((f) => attr(f, 'w:eastAsia'))).toEqual(['仿宋', 'SimSun-ExtB', '仿宋']);
    for (const slot of ['w:ascii', 'w:hAnsi', 'w:cs'])
      expect(attr(fonts[1] ?? '', slot)).toBe('SimSun-ExtB');
    expect(xml).not.toContain('\uFFFE');
  });
});
