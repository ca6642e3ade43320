// The page's first module. It starts the blank-database check (a raw IndexedDB open, slow on a
// large or cold profile) at once, while the app's code, about a megabyte, still loads and runs;
// main.tsx then waits for the answer instead of asking only after all of it has run.
import { probeBlankDatabase } from './features/exchange/startup-checks';
import { databaseName } from './db/database-name';

const probe = probeBlankDatabase(indexedDB, databaseName);
void import('./main').then(({ start }) => start(probe));
