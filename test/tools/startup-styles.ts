// npm run styles: writes renderer/app/startup-styles.css (see renderer/app/startup-styles.tsx).
// With --check it writes nothing and exits 1 when the file is not what the installed antd would
// make (the unit test startup-styles.test.ts runs it so).
import { readFileSync, writeFileSync } from 'node:fs';

// antd reads NODE_ENV when it loads, so it is set before the module that draws is imported.
process.env.NODE_ENV = 'production';
const { startupStylesCss } = await import('../../renderer/app/startup-styles');

const file = new URL('../../renderer/app/startup-styles.css', import.meta.url);
const css = `${startupStylesCss()}\n`;
if (process.argv.includes('--check')) {
  const stored = readFileSync(file, 'utf8');
  if (stored !== css) {
    console.error('renderer/app/startup-styles.css is out of date: run npm run styles');
    process.exit(1);
  }
  console.log('renderer/app/startup-styles.css is up to date');
} else {
  writeFileSync(file, css);
  console.log(`wrote renderer/app/startup-styles.css (${css.length} characters)`);
}
