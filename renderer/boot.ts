// The page's first module. It starts the blank-database check (a raw IndexedDB open, slow on a
// large or cold profile) at once, then loads the data side of the start (opening.ts), which opens
// the database and begins the first reads, beside the app's screens (main.tsx, about a megabyte),
// which then draw what it found instead of asking only after all of their code has run.
import { probeBlankDatabase } from './features/exchange/startup-checks';
import { databaseName } from './db/database-name';

const probe = probeBlankDatabase(indexedDB, databaseName);
const opening = import('./opening').then(({ openAtStart }) => openAtStart(probe));
void import('./main').then(({ start }) => start(opening));
