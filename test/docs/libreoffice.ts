// LibreOffice as an independent reader: .docx bytes in, each file's PDF page count, text and
// pictures out.
// One soffice call converts every file (it is slow to start), with a private profile so parallel
// runs and a stale lock never block it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const readerTools = ['soffice', 'pdfinfo', 'pdftotext', 'pdfimages'] as const;

export function hasReaderTools(): boolean {
  return readerTools.every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);
}

/** A picture on a page of the PDF, at its own size in pixels. */
export type PrintedImage = { page: number; width: number; height: number };

export type PrintedPdf = { pages: number; text: string; images: PrintedImage[] };

/** The pictures pdfimages lists (below its two header lines), page by page. */
function listImages(pdf: string): PrintedImage[] {
  const list = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
  return list
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 4)
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
}

export function printWithLibreOffice(docs: Record<string, Uint8Array>): Record<string, PrintedPdf> {
  const dir = mkdtempSync(join(tmpdir(), 'wch-lo-'));
  try {
    const files = Object.entries(docs).map(([name, bytes]) => {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, bytes);
      return path;
    });
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      { timeout: 240_000, stdio: 'ignore' },
    );
    const printed: Record<string, PrintedPdf> = {};
    for (const name of Object.keys(docs)) {
      const pdf = join(dir, `${name}.pdf`);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      printed[name] = {
        pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
        text: text.replace(/\s+/g, ''),
        images: listImages(pdf),
      };
    }
    return printed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
