// Helpers for the document tests: the sample fixture, building documents, and reading the
// parts of a .docx back (unzipped with fflate, which docx itself depends on).
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { FixtureFile } from '../../shared/docs/fixture';
import { fixtureFileSchema } from '../../shared/docs/fixture';
import { buildDocumentBytes } from '../../shared/docs/pack';
import type { DocumentKind } from '../../shared/docs/file-name';
import { defaultSettings } from '../../shared/domain/schemas';
import { computeStatistics } from '../../shared/domain/statistics';

export function loadSample(): FixtureFile {
  const url = new URL('../fixtures/sample-meetings.json', import.meta.url);
  return fixtureFileSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

export type DocxParts = Record<string, string>;

export function unzipDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const parts: DocxParts = {};
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('.xml') || path.endsWith('.rels')) parts[path] = strFromU8(data);
  }
  return parts;
}

/** The files under word/media/ (the pictures), by name. */
export function docxMedia(bytes: Uint8Array): Record<string, Uint8Array> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).filter(([path]) => path.startsWith('word/media/')),
  );
}

/** The bytes of every document type for the first sample meeting; the ledger and the 2026
 * statistics of all. */
export async function sampleDocuments(
  sample = loadSample(),
): Promise<Record<DocumentKind, Uint8Array>> {
  const meeting = sample.meetings[0];
  if (!meeting) throw new Error('sample has no meeting');
  const input = sample.settings
    ? { bundle: meeting, settings: sample.settings }
    : { bundle: meeting };
  return {
    minutes: await buildDocumentBytes('minutes', input),
    summary: await buildDocumentBytes('summary', input),
    'sign-in': await buildDocumentBytes('sign-in', input),
    commitments: await buildDocumentBytes('commitments', input),
    ledger: await buildDocumentBytes('ledger', {
      bundles: sample.meetings,
      filter: {},
      today: '2026-12-01',
      ...(sample.settings ? { settings: sample.settings } : {}),
    }),
    statistics: await buildDocumentBytes('statistics', {
      statistics: computeStatistics({
        meetings: sample.meetings.map((b) => b.meeting),
        attendance: sample.meetings.flatMap((b) => b.attendance),
        issues: sample.meetings.flatMap((b) => b.issues),
        progress: sample.meetings.flatMap((b) => b.progress),
        period: { kind: 'year', year: 2026 },
        today: '2026-12-01',
        settings: sample.settings ?? defaultSettings,
      }),
      settings: sample.settings ?? defaultSettings,
    }),
  };
}

/** The text of a part's w:t elements, joined. */
export function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => (m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))
    .join('');
}

/** Every attribute value of one element, e.g. all w:w of w:tcW. */
export function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?/?>`, 'g'))].map((m) => m[0]);
}

export function attr(element: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
}
