// The start-up styles file (renderer/app/startup-styles.css) is what the installed antd would
// make for the start-up screen's components: run `npm run styles` after updating antd or changing
// which components the start-up screen draws. (That the app then makes none of those styles
// itself is checked in Chromium by startup.spec.ts.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('start-up styles', () => {
  it('are up to date with the installed antd', () => {
    // Its own process: antd names its style scopes by NODE_ENV, read once when it loads.
    const check = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'test/tools/startup-styles.ts', '--check'],
      { encoding: 'utf8' },
    );
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('list the frame and home screen components for antd’s style cache', () => {
    const css = readFileSync('renderer/app/startup-styles.css', 'utf8');
    const listed = /\.data-ant-cssinjs-cache-path\{content:"([^"]*)"/.exec(css)?.[1] ?? '';
    const components = listed.split(';').map((path) => path.split('|')[1]);
    for (const drawn of ['Layout-Layout', 'Button-Button', 'Tag-Tag', 'Empty-Empty']) {
      expect(components).toContain(drawn);
    }
    // The main menu, the home headings, the 逾期 tabs and the home tables are the app's own (plain
    // elements, app.css): their antd styles would only be bytes to parse at every start.
    for (const notDrawn of ['Menu-Menu', 'Typography-Typography', 'Tabs-Tabs', 'Table-Table']) {
      expect(components).not.toContain(notDrawn);
    }
  });
});
