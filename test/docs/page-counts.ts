// Page counts of every document for the two large fixtures (200 attendees and 60 issues; one
// issue with a 6,000-character description), printed by LibreOffice: the figures issue 8 asks
// for. Run: `npx tsx test/docs/page-counts.ts` (needs soffice and pdfinfo, as the doc tests do).
import { buildDocumentBytes } from '../../shared/docs/pack';
import { bigMeetingBundle } from '../fixtures/big-meeting';
import { longDescriptionBundle } from '../fixtures/long-description';
import { printWithLibreOffice } from './libreoffice';

const kinds = ['minutes', 'summary', 'sign-in', 'commitments'] as const;
const fixtures = { '200/60': bigMeetingBundle(), 'long description': longDescriptionBundle() };

const docs: Record<string, Uint8Array> = {};
for (const [name, bundle] of Object.entries(fixtures)) {
  for (const kind of kinds) docs[`${name}: ${kind}`] = await buildDocumentBytes(kind, { bundle });
  docs[`${name}: ledger`] = await buildDocumentBytes('ledger', {
    bundles: [bundle],
    filter: {},
    today: '2026-12-01',
  });
}
const printed = printWithLibreOffice(
  Object.fromEntries(Object.values(docs).map((bytes, i) => [`doc${i}`, bytes])),
);
Object.keys(docs).forEach((name, i) => console.log(`${name}\t${printed[`doc${i}`]?.pages} pages`));
