// One meeting with everything recorded at it: what documents are built from and what the
// exchange format carries.
import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { attendanceSchema, issueSchema, meetingSchema, progressEntrySchema } from './schemas';

export const meetingBundleSchema = lazySchema(() =>
  z.object({
    meeting: meetingSchema,
    attendance: z.array(attendanceSchema),
    issues: z.array(issueSchema),
    progress: z.array(progressEntrySchema),
  }),
);

export type MeetingBundle = z.infer<typeof meetingBundleSchema>;

/** The live records only, attendance in list order and issues by number. */
export function liveBundle(bundle: MeetingBundle): MeetingBundle {
  return {
    meeting: bundle.meeting,
    attendance: bundle.attendance
      .filter((a) => a.deletedAt === null)
      .sort((a, b) => a.order - b.order),
    issues: bundle.issues.filter((i) => i.deletedAt === null).sort((a, b) => a.seq - b.seq),
    progress: bundle.progress.filter((p) => p.deletedAt === null),
  };
}
