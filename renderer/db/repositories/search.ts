// What search from anywhere looks through: every live meeting, issue and villager, read in one
// readonly transaction, unparsed (each row was parsed on its way in).
import type { SearchRecords } from '../../../shared/domain/global-search';
import type { AppDatabase } from '../database';

export function createSearchRepository(db: AppDatabase) {
  return {
    load(): Promise<SearchRecords> {
      return db.transaction('r', [db.meetings, db.issues, db.persons], async () => ({
        meetings: await db.meetings.toArray(),
        issues: await db.issues.toArray(),
        persons: await db.persons.toArray(),
      }));
    },
  };
}
