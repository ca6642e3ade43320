// Electron's fuse wire, read and written by hand for the packaging tests: a sentinel string,
// then a version byte (1), a length byte and one byte per fuse ('0' off, '1' on, 'r' removed).
import { readFileSync } from 'node:fs';

export const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** The V1 fuses in wire order (Electron's docs/tutorial/fuses.md). */
export const fuseOrder = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
] as const;

/** The wire of an unmodified Electron: only RunAsNode, the two Node options and file:// on. */
export const electronDefaultWire = '10110001';

/** The bytes of a stand-in executable that carries a fuse wire like a real Electron. */
export function standInExecutable(wire: string): Buffer {
  return Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for Electron in the packaging test"\nexit 0\n# '),
    Buffer.from(fuseSentinel),
    Buffer.from([1, wire.length]),
    Buffer.from(`${wire}\n`),
  ]);
}

/** Fuse name → on/off, read from an executable. */
export function readFuses(executablePath: string): Record<string, boolean> {
  const bytes = readFileSync(executablePath);
  const at = bytes.indexOf(fuseSentinel);
  if (at === -1) throw new Error(`no fuse wire in ${executablePath}`);
  const start = at + fuseSentinel.length;
  if (bytes[start] !== 1) throw new Error(`fuse wire version ${bytes[start]} is not 1`);
  const length = bytes[start + 1] ?? 0;
  const fuses: Record<string, boolean> = {};
  for (let i = 0; i < Math.min(length, fuseOrder.length); i++) {
    fuses[fuseOrder[i] ?? ''] = bytes[start + 2 + i] === '1'.charCodeAt(0);
  }
  return fuses;
}
