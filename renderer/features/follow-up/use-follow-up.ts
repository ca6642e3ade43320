// The live data of one issue's follow-up (the issue, its meeting, its history) and the action
// that takes a step; a refusal or a failed write comes back as the Chinese reason to show.
import { useLiveQuery } from 'dexie-react-hooks';
import type { FollowUpStep } from '../../../shared/domain/follow-up';
import type { Issue, Meeting, ProgressEntry } from '../../../shared/domain/schemas';
import { useRepositories, useSettings } from '../../app/data-context';
import { describeError } from '../../app/errors';
import { FollowUpRefusedError } from '../../db/repositories/progress';
import { RecordNotFoundError } from '../../db/repositories/records';
import { followUpLabels } from './labels';

export type FollowUpData =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; issue: Issue; meeting: Meeting | undefined; history: ProgressEntry[] };

export function useFollowUp(issueId: string) {
  const repos = useRepositories();
  const settings = useSettings();
  const data = useLiveQuery(
    async (): Promise<FollowUpData> => {
      const issue = await repos.issues.get(issueId);
      if (!issue || issue.deletedAt !== null) return { state: 'missing' };
      const [meeting, history] = await Promise.all([
        repos.meetings.get(issue.meetingId),
        repos.progress.listForIssue(issueId),
      ]);
      return { state: 'ready', issue, meeting, history };
    },
    [repos, issueId],
    { state: 'loading' } as FollowUpData,
  );

  /** Takes the step; resolves to null when written, or to the reason it was not. */
  async function take(step: FollowUpStep): Promise<string | null> {
    try {
      await repos.progress.take(issueId, step, settings);
      return null;
    } catch (error) {
      if (error instanceof FollowUpRefusedError || error instanceof RecordNotFoundError)
        return error.message;
      // The browser's own words (a full disk's QuotaExceededError) are English: say it in Chinese.
      return `${followUpLabels.failed}${describeError(error)}`;
    }
  }

  return { data, settings, take };
}
