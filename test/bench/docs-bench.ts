// Benchmark: the 屋场会记录 of a meeting with 200 attendees and 60 issues, our builder (build +
// pack) against docx's bare Packer on the same paragraphs (plain Paragraph/TextRun, same texts,
// no styling), in the same run. Goal: at most 1.5×.
// Run: node --import tsx test/bench/docs-bench.ts
import { performance } from 'node:perf_hooks';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { buildDocumentBytes } from '../../shared/docs/pack';
import type { DocumentKind } from '../../shared/docs/file-name';
import { hasReaderTools, printWithLibreOffice } from '../docs/libreoffice';
import { bigMeetingBundle } from '../fixtures/big-meeting';
import { longDescriptionBundle } from '../fixtures/long-description';

const warmUp = 5;
const iterations = 25;
const bundle = bigMeetingBundle(200, 60);

const ours = () => buildDocumentBytes('minutes', { bundle });

/** The paragraph texts of our document, table cells included, to give the bare Packer. */
async function paragraphTexts(): Promise<string[]> {
  const xml = strFromU8(unzipSync(await ours())['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((p) =>
    [...(p[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

function bare(texts: readonly string[]) {
  const doc = new Document({
    sections: [{ children: texts.map((text) => new Paragraph({ children: [new TextRun(text)] })) }],
  });
  return Packer.pack(doc, 'uint8array');
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const texts = await paragraphTexts();
for (let i = 0; i < warmUp; i++) {
  await ours();
  await bare(texts);
}
const oursTimes: number[] = [];
const bareTimes: number[] = [];
for (let i = 0; i < iterations; i++) {
  // Alternate, so drift in the machine's speed affects both alike.
  oursTimes.push(await time(ours));
  bareTimes.push(await time(() => bare(texts)));
}
const ratio = median(oursTimes) / median(bareTimes);
console.log(
  `屋场会记录, 200 attendees / 60 issues, ${texts.length} paragraphs, ${iterations} runs`,
);
console.log(`  our builder (build + pack): median ${median(oursTimes).toFixed(1)} ms`);
console.log(`  bare docx Packer:           median ${median(bareTimes).toFixed(1)} ms`);
console.log(`  ratio: ${ratio.toFixed(2)}× (goal ≤ 1.5×) ${ratio <= 1.5 ? 'OK' : 'OVER'}`);

// Page counts of the big meeting's and the long-description meeting's documents (default copy),
// when LibreOffice is there (optional here; BENCH_PAGES=0 leaves them out).
if (hasReaderTools() && process.env.BENCH_PAGES !== '0') {
  const kinds: DocumentKind[] = ['minutes', 'summary', 'sign-in', 'commitments', 'ledger'];
  const meetings = { '200-60': bundle, 'long description': longDescriptionBundle() };
  const docs: Record<string, Uint8Array> = {};
  for (const [name, b] of Object.entries(meetings)) {
    for (const kind of kinds) {
      docs[`${name} ${kind}`] =
        kind === 'ledger'
          ? await buildDocumentBytes('ledger', { bundles: [b], filter: {}, today: '2026-12-01' })
          : await buildDocumentBytes(kind, { bundle: b });
    }
  }
  const printed = printWithLibreOffice(docs);
  for (const name of Object.keys(meetings)) {
    const pages = kinds.map((k) => `${k} ${printed[`${name} ${k}`]?.pages ?? '?'}`).join(', ');
    console.log(`  pages (LibreOffice), ${name}: ${pages}`);
  }
}
