// The local database's name, in a module of its own: boot.ts opens the database by name before
// Dexie and the rest of the app have loaded.
export const databaseName = 'wuchanghui';
