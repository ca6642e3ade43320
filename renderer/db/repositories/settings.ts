// Settings live as one value in keyValues. They are read field by field: a stored field that no
// longer parses falls back to its default alone (and is named, so 设置 can say so), the others
// are kept; the rates' definitions are read one by one the same way. Writes change only the given fields, in one transaction, and a write that changes
// nothing is not made.
import {
  defaultRateSettings,
  defaultSettings,
  rateSettingsSchema,
  settingsSchema,
  type RateSettings,
  type Settings,
} from '../../../shared/domain/schemas';
import type { PageNumberPlacement } from '../../../shared/docs/page';
import { privacyLabels, type Privacy } from '../../../shared/docs/privacy';
import type { AppDatabase, FileLogEntry } from '../database';
import type { StampSource } from './stamp';

const settingsKey = 'settings';

/** Some fields to change; the rates' definitions may be changed one at a time too. */
export type SettingsPatch = Partial<Omit<Settings, 'statistics'>> & {
  statistics?: Partial<RateSettings>;
};

export type StoredSettings = {
  settings: Settings;
  /** Fields whose stored value was invalid and that show their default instead. */
  fallbacks: (keyof Settings)[];
};

const settingsKeys = Object.keys(settingsSchema.shape) as (keyof Settings)[];

const asRecord = (stored: unknown) =>
  (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;

/** The rates' definitions, each read alone: an unreadable one falls back, the others stay. */
function readRateSettings(stored: unknown): { statistics: RateSettings; isFallback: boolean } {
  const whole = rateSettingsSchema.safeParse(stored);
  if (whole.success) return { statistics: whole.data, isFallback: false };
  const value = asRecord(stored);
  const statistics = { ...defaultRateSettings };
  for (const key of Object.keys(rateSettingsSchema.shape) as (keyof RateSettings)[]) {
    const parsed = rateSettingsSchema.shape[key].safeParse(value[key]);
    if (parsed.success) Object.assign(statistics, { [key]: parsed.data });
  }
  return { statistics, isFallback: true };
}

export function readSettings(stored: unknown): StoredSettings {
  const value = asRecord(stored);
  const settings = { ...defaultSettings };
  const fallbacks: (keyof Settings)[] = [];
  for (const key of settingsKeys) {
    if (!(key in value)) continue; // a field added after these settings were stored
    if (key === 'statistics') {
      const { statistics, isFallback } = readRateSettings(value[key]);
      settings.statistics = statistics;
      if (isFallback) fallbacks.push(key);
      continue;
    }
    const parsed = settingsSchema.shape[key].safeParse(value[key]);
    if (parsed.success) Object.assign(settings, { [key]: parsed.data });
    else fallbacks.push(key);
  }
  return { settings, fallbacks };
}

/** The settings as stored (read field by field); inside a transaction, it must hold keyValues. */
export async function loadSettings(db: AppDatabase): Promise<StoredSettings> {
  return readSettings((await db.keyValues.get(settingsKey))?.value);
}

export function createSettingsRepository(db: AppDatabase) {
  const load = () => loadSettings(db);
  return {
    read: load,
    async get(): Promise<Settings> {
      return (await load()).settings;
    },
    /** Change some fields; the others, and the definitions not in the patch, stay as stored. */
    update(patch: SettingsPatch): Promise<Settings> {
      return db.transaction('rw', db.keyValues, async () => {
        const stored = await db.keyValues.get(settingsKey);
        const current = readSettings(stored?.value);
        const statistics = { ...current.settings.statistics, ...patch.statistics };
        const next = settingsSchema.parse({ ...current.settings, ...patch, statistics });
        if (stored && current.fallbacks.length === 0 && sameJson(current.settings, next))
          return next;
        await db.keyValues.put({ key: settingsKey, value: next });
        return next;
      });
    },
    async save(settings: Settings): Promise<Settings> {
      const parsed = settingsSchema.parse(settings);
      await db.keyValues.put({ key: settingsKey, value: parsed });
      return parsed;
    },
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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
