// Settings live as one value in keyValues; a stored value that no longer parses falls back to
// the defaults field by field rather than failing the app.
import { defaultSettings, settingsSchema, type Settings } from '../../../shared/domain/schemas';
import type { PageNumberPlacement } from '../../../shared/docs/page';
import { privacyLabels, type Privacy } from '../../../shared/docs/privacy';
import type { AppDatabase, FileLogEntry } from '../database';
import type { StampSource } from './stamp';

const settingsKey = 'settings';

export function createSettingsRepository(db: AppDatabase) {
  return {
    async get(): Promise<Settings> {
      const stored = await db.keyValues.get(settingsKey);
      const value = typeof stored?.value === 'object' && stored.value !== null ? stored.value : {};
      const merged = settingsSchema.safeParse({ ...defaultSettings, ...value });
      return merged.success ? merged.data : defaultSettings;
    },
    async save(settings: Settings): Promise<Settings> {
      const parsed = settingsSchema.parse(settings);
      await db.keyValues.put({ key: settingsKey, value: parsed });
      return parsed;
    },
  };
}

export type ExportPreference = { privacy: Privacy; pageNumbers: PageNumberPlacement };

/** The choices made for each document type are remembered for the next export of that type. */
export function createExportPreferenceRepository(db: AppDatabase) {
  const key = (kind: string) => `export:${kind}`;
  return {
    async get(kind: string): Promise<ExportPreference> {
      const stored = (await db.keyValues.get(key(kind)))?.value as
        Partial<Record<keyof ExportPreference, unknown>> | undefined;
      const privacy = Object.keys(privacyLabels).find((p) => p === stored?.privacy) as
        Privacy | undefined;
      return {
        privacy: privacy ?? 'masked',
        pageNumbers: stored?.pageNumbers === 'centred' ? 'centred' : 'outer',
      };
    },
    async save(kind: string, preference: ExportPreference): Promise<void> {
      await db.keyValues.put({ key: key(kind), value: preference });
    },
  };
}

/** 导出 / 导入 / 备份 / 恢复, logged locally: what, when, which file, on which device. */
export function createFileLogRepository(db: AppDatabase, stamps: StampSource) {
  return {
    async record(entry: Pick<FileLogEntry, 'action' | 'what' | 'fileName'>): Promise<void> {
      const { now, deviceId } = stamps();
      await db.fileLog.add({ ...entry, at: now, deviceId });
    },
    list(): Promise<FileLogEntry[]> {
      return db.fileLog.orderBy('at').reverse().toArray();
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
