// All repositories over one database, stamped with this device's id.
import { openDatabase, type AppDatabase } from '../database';
import { createAttendanceRepository } from './attendance';
import { createDueRepository } from './due';
import { createExchangeRepository } from './exchange';
import { createIssueRepository } from './issues';
import { createMeetingRepository } from './meetings';
import { createPhotoRepository } from './photos';
import { createProgressRepository } from './progress';
import { createRecallRepository } from './recall';
import { createRosterRepository } from './roster';
import { createSearchRepository } from './search';
import { createStatisticsRepository } from './statistics';
import {
  createExportPreferenceRepository,
  createFileLogRepository,
  createSettingsRepository,
} from './settings';
import { ensureDeviceId, systemStamps, type StampSource } from './stamp';

export function createRepositories(db: AppDatabase, stamps: StampSource, appVersion = '0.0.0') {
  return {
    db,
    meetings: createMeetingRepository(db, stamps),
    attendance: createAttendanceRepository(db, stamps),
    issues: createIssueRepository(db, stamps),
    progress: createProgressRepository(db, stamps),
    photos: createPhotoRepository(db, stamps),
    recall: createRecallRepository(db),
    roster: createRosterRepository(db, stamps),
    due: createDueRepository(db),
    statistics: createStatisticsRepository(db),
    search: createSearchRepository(db),
    settings: createSettingsRepository(db),
    fileLog: createFileLogRepository(db, stamps),
    exportPreferences: createExportPreferenceRepository(db),
    exchange: createExchangeRepository(db, stamps, appVersion),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

/** `storedVersion`: as openDatabase takes it. */
export async function openRepositories(
  db: AppDatabase,
  appVersion: string,
  storedVersion?: number,
): Promise<Repositories> {
  await openDatabase(db, storedVersion);
  const deviceId = await ensureDeviceId(db);
  const repositories = createRepositories(db, systemStamps(deviceId), appVersion);
  // An import the app closed in the middle of is taken back before anything reads its records.
  await repositories.exchange.takeBackUnfinished();
  return repositories;
}
