// npm run bench: every benchmark, each printing its ratio against a baseline measured in the
// same run on the same machine. The script builds the renderer first.
import { benchHome } from './home-bench';
import { benchImport } from './import-bench';
import { benchKeystroke } from './keystroke-bench';

await import('./docs-bench');
await benchHome();
await benchImport();
await benchKeystroke();
