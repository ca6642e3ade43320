// What build/electron-builder.yml promises: the fuses, the installers and our own icon.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appId } from '../../../shared/app-identity';

const root = path.resolve(import.meta.dirname, '../../..');
type Target = { target: string; arch?: string[] };
type Config = {
  appId: string;
  electronFuses: Record<string, boolean>;
  files: string[];
  win: { icon: string; target: Target[] };
  nsis: Record<string, unknown>;
  linux: { icon: string; target: string[]; maintainer?: string };
};
const config = parse(readFileSync(path.join(root, 'build/electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder settings', () => {
  it('sets every fuse the issue names, and the V8 snapshot fuse explicitly', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('keeps the app id of shared/app-identity.ts', () => {
    expect(config.appId).toBe(appId);
  });

  it('builds a per-user Chinese NSIS installer with shortcuts, and a portable exe, for x64', () => {
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      installerLanguages: ['zh_CN'],
      language: '2052',
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
    });
  });

  it('builds an AppImage and a deb for Linux, with a maintainer (deb requires one)', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^@\s]+>/);
  });

  it('ships our own icon: a 512×512 PNG and an .ico with a 256×256 image', () => {
    const png = readFileSync(path.join(root, config.linux.icon));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const ico = readFileSync(path.join(root, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i]);
    expect(widths).toContain(0); // 0 means 256 in an ICO directory entry
  });
});
