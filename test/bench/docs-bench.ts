// Benchmark: the 屋场会记录 of a meeting with 200 attendees and 60 issues, our builder (build +
// pack) against docx's bare Packer on the same paragraphs (plain Paragraph/TextRun, same texts,
// no styling), in the same run. Goal: at most 1.5×.
// Run: node --import tsx test/bench/docs-bench.ts
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
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

/** One run: medians of our builder and of the bare Packer, alternating, after a warm-up. */
export async function benchDocs() {
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
  return {
    oursMs: median(oursTimes),
    bareMs: median(bareTimes),
    paragraphs: texts.length,
    iterations,
  };
}

/** Page counts (default copy) of the big meeting's documents and of the long-description
 * meeting's, when LibreOffice is there (optional here). */
export async function bigMeetingPages(): Promise<string | null> {
  if (!hasReaderTools()) return null;
  const kinds: DocumentKind[] = ['minutes', 'summary', 'sign-in', 'commitments', 'ledger'];
  const meetings = { '200/60': bundle, 'long description': longDescriptionBundle() };
  const docs: Record<string, Uint8Array> = {};
  for (const [m, b] of Object.values(meetings).entries()) {
    for (const kind of kinds) {
      docs[`${m}-${kind}`] =
        kind === 'ledger'
          ? await buildDocumentBytes('ledger', { bundles: [b], filter: {}, today: '2026-12-01' })
          : await buildDocumentBytes(kind, { bundle: b });
    }
  }
  const printed = printWithLibreOffice(docs);
  return Object.keys(meetings)
    .map(
      (name, m) =>
        `${name}: ${kinds.map((k) => `${k} ${printed[`${m}-${k}`]?.pages ?? '?'}`).join(', ')}`,
    )
    .join('; ');
}

// Run on its own: node --import tsx test/bench/docs-bench.ts
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchDocs();
  const ratio = result.oursMs / result.bareMs;
  console.log(
    `屋场会记录, 200 attendees / 60 issues, ${result.paragraphs} paragraphs, ${iterations} runs`,
  );
  console.log(`  our builder (build + pack): median ${result.oursMs.toFixed(1)} ms`);
  console.log(`  bare docx Packer:           median ${result.bareMs.toFixed(1)} ms`);
  console.log(`  ratio: ${ratio.toFixed(2)}× (goal ≤ 1.5×) ${ratio <= 1.5 ? 'OK' : 'OVER'}`);
  const pages = await bigMeetingPages();
  if (pages !== null) console.log(`  pages (LibreOffice): ${pages}`);
}
