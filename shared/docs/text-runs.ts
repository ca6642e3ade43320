// Text to Word runs. Every string passes the one sanitiser (domain/text.ts) and is split by
// script: no 仿宋 font has the characters beyond the Basic Multilingual Plane, so those runs carry
// the font Windows ships for them (SimSun-ExtB for extension B–F, SimSun-ExtG for G and later)
// on every slot of w:rFonts, since Word may class a supplementary character as East Asian or not.
// Extension A goes to 宋体, which covers GB 18030 where 仿宋/楷体/黑体 cover GBK only. Emoji go to
// Segoe UI Emoji. Every run states its East Asian font explicitly.
import { TextRun } from 'docx';
import type { IFontAttributesProperties } from 'docx';
import { cleanText } from '../domain/text';
import { fonts } from './layout';
import type { FontRole } from './layout';

export type ScriptClass = 'main' | 'extA' | 'extB' | 'extG' | 'emoji';

export type ScriptSegment = { text: string; script: ScriptClass };

function classify(cp: number): ScriptClass | 'extend' {
  if (cp < 0x3400) return cp === 0x200d || cp === 0x20e3 ? 'extend' : 'main';
  if (cp <= 0x4dbf) return 'extA';
  if (cp < 0x10000) return cp === 0xfe0e || cp === 0xfe0f ? 'extend' : 'main';
  if (cp < 0x20000) return 'emoji';
  if (cp < 0x30000) return 'extB';
  if (cp < 0x40000) return 'extG';
  // Tags and variation selectors (plane 14) belong to the character before them.
  if (cp >= 0xe0000 && cp <= 0xe01ef) return 'extend';
  return 'main';
}

/** Splits text into runs of one script class; joiners and selectors stay with their character. */
export function splitByScript(text: string): ScriptSegment[] {
  const segments: ScriptSegment[] = [];
  let current: ScriptSegment | undefined;
  for (const char of text) {
    const found = classify(char.codePointAt(0) ?? 0);
    const script = found === 'extend' ? (current?.script ?? 'main') : found;
    if (current && current.script === script) current.text += char;
    else {
      current = { text: char, script };
      segments.push(current);
    }
  }
  return segments;
}

const latin = fonts.latin;

function roleFont(eastAsia: string): IFontAttributesProperties {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' };
}

function allSlots(name: string): IFontAttributesProperties {
  return { ascii: name, hAnsi: name, cs: name, eastAsia: name, hint: 'eastAsia' };
}

const roleFonts: Record<FontRole, IFontAttributesProperties> = {
  title: roleFont(fonts.title),
  body: roleFont(fonts.body),
  heading1: roleFont(fonts.heading1),
  heading2: roleFont(fonts.heading2),
  song: allSlots(fonts.song),
};

const scriptFonts: Record<Exclude<ScriptClass, 'main'>, IFontAttributesProperties> = {
  extA: roleFont(fonts.song),
  extB: allSlots(fonts.extB),
  extG: allSlots(fonts.extG),
  emoji: allSlots(fonts.emoji),
};

/** The fonts of a run of one script in a given role. */
export function fontFor(role: FontRole, script: ScriptClass): IFontAttributesProperties {
  return script === 'main' ? roleFonts[role] : scriptFonts[script];
}

export type RunStyle = {
  role?: FontRole;
  /** Half-points; the paragraph style's size when left out. */
  size?: number;
  bold?: boolean;
  underline?: boolean;
};

/** Sanitised, script-split runs of one line of text (newlines become spaces). */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const clean = cleanText(text).replace(/[\t\r\n]+/g, ' ');
  const role = style.role ?? 'body';
  return splitByScript(clean).map(
    (segment) =>
      new TextRun({
        text: segment.text,
        font: fontFor(role, segment.script),
        ...(style.size === undefined ? {} : { size: style.size }),
        ...(style.bold ? { bold: true } : {}),
        ...(style.underline ? { underline: {} } : {}),
      }),
  );
}

/** A multi-line text as its lines, sanitised, without empty lines. */
export function textLines(text: string): string[] {
  return cleanText(text)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
