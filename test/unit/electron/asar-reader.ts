// Reads an app.asar by hand: bytes 4–8 give the size of the header pickle that starts at byte 8,
// whose UInt32 at byte 12 is the length of the JSON header at byte 16; file contents follow the
// header pickle, each at the `offset` its header entry gives.
import { readFileSync } from 'node:fs';

type Entry = { files?: Record<string, Entry>; size?: number; offset?: string };

function readHeader(bytes: Buffer): { header: Entry; contentStart: number } {
  const headerLength = bytes.readUInt32LE(12);
  const header = JSON.parse(bytes.subarray(16, 16 + headerLength).toString('utf8')) as Entry;
  return { header, contentStart: 8 + bytes.readUInt32LE(4) };
}

export function listAsar(asarPath: string): { path: string; size: number }[] {
  const { header } = readHeader(readFileSync(asarPath));
  const files: { path: string; size: number }[] = [];
  const walk = (entry: Entry, prefix: string) => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      const childPath = `${prefix}/${name}`;
      if (child.files) walk(child, childPath);
      else files.push({ path: childPath.slice(1), size: child.size ?? 0 });
    }
  };
  walk(header, '');
  return files;
}

/** The text of one top-level-relative file, e.g. 'package.json'. */
export function readAsarText(asarPath: string, filePath: string): string {
  const bytes = readFileSync(asarPath);
  const { header, contentStart } = readHeader(bytes);
  let entry: Entry | undefined = header;
  for (const part of filePath.split('/')) entry = entry?.files?.[part];
  if (entry?.offset === undefined) throw new Error(`${filePath} is not in ${asarPath}`);
  const start = contentStart + Number(entry.offset);
  return bytes.subarray(start, start + (entry.size ?? 0)).toString('utf8');
}
