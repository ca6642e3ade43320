// Base64 (RFC 4648, standard alphabet) without atob/Buffer, which shared/ may not assume.
// Package parts carry binary payloads as base64 text because it is immune to the whitespace,
// escaping and character-set rewrites an office suite applies when it re-saves XML.
import { strFromU8, strToU8 } from 'fflate';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const codes = strToU8(alphabet, true);
const values = new Int16Array(128).fill(-1);
for (let i = 0; i < codes.length; i++) values[codes[i]!] = i;
const pad = 61; // '='

export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = codes[n >>> 18]!;
    out[o++] = codes[(n >>> 12) & 63]!;
    out[o++] = rest > 1 ? codes[(n >>> 6) & 63]! : pad;
    out[o++] = rest > 2 ? codes[n & 63]! : pad;
  }
  return strFromU8(out, true);
}

/** The bytes of strict base64 (no whitespace), or null if the text is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const chars = strToU8(text, true);
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((chars.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < chars.length; i += 4) {
    const isLast = i + 4 === chars.length;
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = chars[i + k]!;
      const isPad = c === pad && isLast && k >= 4 - padding;
      const v = isPad ? 0 : c < 128 ? values[c]! : -1;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
