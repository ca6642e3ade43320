// The page's first module. It starts the blank-database check (a raw IndexedDB open, slow on a
// large or cold profile) at once, then the data side of the start (opening.ts), which opens the
// database and begins the first reads. The app's screens (main.tsx, about a megabyte, which the
// page has named so that the browser fetches and compiles it meanwhile) run after that: running
// them takes the page's thread for about 100 ms, which the database's answers would otherwise
// wait behind, and this way the first reads go on while they run.
import { probeDatabase } from './features/exchange/startup-checks';
import { databaseName } from './db/database-name';

const probe = probeDatabase(indexedDB, databaseName);
const opening = import('./opening').then(({ openAtStart }) => openAtStart(probe));
void opening.then(() => import('./main')).then(({ start }) => start(opening));
