// What the statistics count: every meeting, attendance row, issue and progress entry, read in one
// readonly transaction. Rows are passed on as stored (each was parsed on its way in); the count
// itself skips deleted ones (statistics.ts).
import type { StatisticsRecords } from '../../../shared/domain/statistics';
import type { AppDatabase } from '../database';

export function createStatisticsRepository(db: AppDatabase) {
  return {
    load(): Promise<StatisticsRecords> {
      const tables = [db.meetings, db.attendance, db.issues, db.progress];
      return db.transaction('r', tables, async () => ({
        meetings: await db.meetings.toArray(),
        attendance: await db.attendance.toArray(),
        issues: await db.issues.toArray(),
        progress: await db.progress.toArray(),
      }));
    },
  };
}
