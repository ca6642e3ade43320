// Checks, before `npm test`, that this machine has the system packages the tests use: Chromium
// (end-to-end tests on real IndexedDB), LibreOffice (opens every generated .docx), poppler
// (reads the PDFs back) and the CJK fonts (hanazono covers CJK extension B). As root on Debian
// or Ubuntu it installs what is missing with apt-get; otherwise it stops at once with one line
// that names the missing packages and the command that installs them.
// Usage: node build/check-machine.mjs
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

function onPath(command) {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    if (folder === '') continue;
    try {
      accessSync(path.join(folder, command), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

/** Each Debian package the tests need, and how to tell that it is there. */
const requirements = [
  { name: 'chromium', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { name: 'libreoffice-writer-nogui', present: () => onPath('soffice') },
  { name: 'poppler-utils', present: () => onPath('pdftotext') },
  {
    name: 'fonts-noto-cjk',
    present: () => existsSync('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'),
  },
  {
    name: 'fonts-hanazono',
    present: () => existsSync('/usr/share/fonts/truetype/hanazono/HanaMinB.ttf'),
  },
];

const missing = () => requirements.filter((r) => !r.present()).map((r) => r.name);
const installCommand = (names) => `apt-get install -y --no-install-recommends ${names.join(' ')}`;

const first = missing();
if (first.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!isRoot || !onPath('apt-get')) {
  console.error(
    `npm test needs these missing system packages: ${first.join(' ')}; install them as root: ` +
      `apt-get update && ${installCommand(first)}`,
  );
  process.exit(1);
}

console.log(`Installing the system packages the tests need: ${first.join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', '--no-install-recommends', ...first],
]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(
      `apt-get ${args[0]} failed (exit ${result.status}); run: ${installCommand(first)}`,
    );
    process.exit(1);
  }
}
const still = missing();
if (still.length > 0) {
  console.error(`still missing after apt-get install: ${still.join(' ')}`);
  process.exit(1);
}
