// The project's own fixture file: meetings as the app holds them, for tests and the batch
// command until the exchange format exists.
import { z } from 'zod';
import { meetingBundleSchema } from '../domain/bundle';
import { settingsSchema } from '../domain/schemas';

export const fixtureFileSchema = z.object({
  format: z.literal('wuchanghui-fixture'),
  version: z.literal(1),
  settings: settingsSchema.optional(),
  meetings: z.array(meetingBundleSchema),
});

export type FixtureFile = z.infer<typeof fixtureFileSchema>;
