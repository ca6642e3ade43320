// Device identity and the clock every write is stamped with.
import type { Stamp } from '../../../shared/domain/records';
import type { AppDatabase } from '../database';

const deviceIdKey = 'deviceId';

/** A random id made once per installation (per browser profile), never derived from hardware. */
export async function ensureDeviceId(db: AppDatabase): Promise<string> {
  return db.transaction('rw', db.keyValues, async () => {
    const existing = await db.keyValues.get(deviceIdKey);
    if (typeof existing?.value === 'string') return existing.value;
    const deviceId = crypto.randomUUID();
    await db.keyValues.put({ key: deviceIdKey, value: deviceId });
    return deviceId;
  });
}

export type StampSource = () => Stamp;

export function systemStamps(deviceId: string, now: () => Date = () => new Date()): StampSource {
  return () => ({ deviceId, now: now().toISOString() });
}
