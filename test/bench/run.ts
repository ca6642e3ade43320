// npm run bench: every benchmark, each printing its ratio against a baseline measured in the
// same run on the same machine. Build the renderer first (the script does).
import { benchHome } from './home-bench';

await benchHome();
