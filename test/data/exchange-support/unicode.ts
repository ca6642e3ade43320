// Text from all of Unicode for the exchange properties: graphemes, any code point (astral and
// lone surrogates included), CJK extension B, and the characters that have broken real software.
import fc from 'fast-check';
import type { MeetingSpec } from './laptops';

export const knownBadCharacters = [
  '\u0000',
  '\u0007',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '\u200D',
  '\u2028',
  '\u202E',
  '𠀀',
  '䶮',
  '堃',
  '👨‍👩‍👧',
];

const cjkExtensionB = fc
  .integer({ min: 0x20000, max: 0x2a6df })
  .map((codePoint) => String.fromCodePoint(codePoint));

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: cjkExtensionB, maxLength: 6 }),
  fc.constantFrom(...knownBadCharacters),
);

/** Any text short enough for a one-line field (200 characters once cleaned). */
export const anyText = fc
  .array(piece, { maxLength: 5 })
  .map((parts) => parts.join('').slice(0, 180));

/** A name is never empty once cleaned and trimmed: the suffix keeps it so. */
export const anyName = anyText.map((text) => `${text}明`);

export const meetingSpecArbitrary: fc.Arbitrary<MeetingSpec> = fc.record({
  meeting: fc.record({
    village: anyText,
    host: anyText,
    place: anyText,
    topics: anyText,
    decisions: anyText,
  }),
  attendees: fc.array(anyName, { minLength: 1, maxLength: 3 }),
  issues: fc.array(fc.record({ description: anyText, raisedBy: anyText, place: anyText }), {
    maxLength: 2,
  }),
  removeFirstAttendee: fc.boolean(),
});
