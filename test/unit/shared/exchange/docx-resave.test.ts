// Does the data part survive LibreOffice re-saving the .docx? Measured with LibreOffice 7.4: yes.
// It rewrites every part (re-serialised XML, data descriptors, its own relationship ids) but keeps
// customXml/itemN.xml, itemPropsN.xml and their relationships, so the office can import a minutes
// file a village re-saved in LibreOffice. Needs soffice on PATH and fails without it: a skipped
// test would hide exactly the regression it exists to catch.
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedDataPart, extractDataPart } from '../../../../shared/exchange/docx-data';
import { plainDocx } from './zip-fixtures';

const run = promisify(execFile);
let work = '';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wch-resave-'));
});

function requireLibreOffice(): void {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe', timeout: 30_000 });
  } catch (error) {
    throw new Error(
      'LibreOffice (soffice) is required for the re-save test and was not found on PATH. ' +
        'Install it (apt-get install libreoffice-writer) instead of skipping this test.',
      { cause: error },
    );
  }
}

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The bytes LibreOffice writes when it opens `docx` and saves it as .docx again. */
async function resaveWithLibreOffice(docx: Uint8Array, round: number): Promise<Uint8Array> {
  const input = join(work, `in-${round}`);
  const output = join(work, `out-${round}`);
  await mkdir(input);
  await writeFile(join(input, 'meeting.docx'), docx);
  const profile = pathToFileURL(join(work, 'profile')).href;
  const { stderr } = await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      output,
      join(input, 'meeting.docx'),
    ],
    { timeout: 90_000 },
  );
  try {
    return new Uint8Array(await readFile(join(output, 'meeting.docx')));
  } catch {
    throw new Error(`LibreOffice wrote no file. stderr: ${stderr}`);
  }
}

const json = JSON.stringify(
  {
    version: 1,
    text: '𠀀 䶮 😀 "quotes" <tag> & ]]> \n 行末',
    rows: Array.from({ length: 30_000 }, (_, i) => ({ id: i, name: `村民${i}`, note: '修路 <&>' })),
  },
  null,
  2,
);

describe('the data part through a LibreOffice re-save', () => {
  it('survives two re-saves intact', async () => {
    requireLibreOffice();
    expect(json.length).toBeGreaterThan(2_000_000);
    const original = embedDataPart(await plainDocx(), json);
    const once = await resaveWithLibreOffice(original, 1);
    const twice = await resaveWithLibreOffice(once, 2);

    // LibreOffice really rewrote the package (it is not our bytes coming back).
    const rewritten = unzipSync(once);
    expect(strFromU8(rewritten['word/document.xml']!)).not.toBe(
      strFromU8(unzipSync(original)['word/document.xml']!),
    );
    expect(Object.keys(rewritten)).toEqual(
      expect.arrayContaining(['customXml/item1.xml', 'customXml/itemProps1.xml']),
    );
    expect(extractDataPart(once)).toEqual({ status: 'found', json });
    expect(extractDataPart(twice)).toEqual({ status: 'found', json });
    // Two cold LibreOffice runs on a loaded 2-core machine: room for both (90 s each).
  }, 240_000);
});
