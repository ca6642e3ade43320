// What became of one demo issue: the follow-up steps a township office would have taken by
// `today`, in order. Old commitments are mostly closed, recent ones still open (some overdue), a
// few were reopened after an unsatisfied 回访, planned items are reviewed quarterly.
import { addDays, daysBetween } from '../domain/dates';
import { blankStep, type FollowUpStep } from '../domain/follow-up';
import type { ProgressKind } from '../domain/follow-up-vocabulary';
import type { Issue } from '../domain/schemas';
import type { Random } from './random';
import * as words from './words';

type Subject = Pick<Issue, 'status' | 'responseType' | 'deadline' | 'owner' | 'forwardedTo'>;

export function planLifecycle(
  rng: Random,
  issue: Subject,
  meetingDate: string,
  today: string,
  results: readonly string[],
): FollowUpStep[] {
  const steps: FollowUpStep[] = [];
  const by = issue.owner || '村委会';
  const add = (kind: ProgressKind, date: string, patch: Partial<FollowUpStep> = {}) => {
    const last = steps[steps.length - 1]?.date ?? meetingDate;
    steps.push({ ...blankStep(kind, date < last ? last : date), by, ...patch });
  };
  const last = () => steps[steps.length - 1]?.date ?? meetingDate;

  function handle(from: string, deadline: string, round: number) {
    if (issue.responseType === '上报转办' && round === 0) {
      add('转办答复', addDays(from, rng.int(2, 6)), {
        department: issue.forwardedTo,
        text: rng.pick(words.departmentAnswers),
      });
    }
    for (let k = rng.int(0, 1) + (round > 0 ? 1 : 0); k > 0; k--) {
      add('进展', addDays(last(), rng.int(1, 4)), {
        method: rng.pick(['电话', '走访', '现场', '其他'] as const),
        text: rng.pick(words.progressTexts),
      });
    }
    if (rng.chance(0.04)) return; // still open: overdue once its deadline passes
    const late = rng.chance(0.12);
    add('办结', addDays(deadline, late ? rng.int(1, 12) : -rng.int(0, 3)), {
      text: rng.pick(results),
    });
    const satisfaction =
      round > 0 ? '满意' : rng.pick(['满意', '满意', '满意', '满意', '满意', '基本满意', '不满意']);
    add('回访', addDays(last(), rng.int(1, 7)), {
      by: rng.pick(words.cadres).name,
      method: rng.pick(['电话', '走访'] as const),
      satisfaction,
      text: satisfaction === '不满意' ? '群众反映问题没有彻底解决' : '群众表示认可',
    });
    if (satisfaction === '不满意') {
      add('复号', addDays(last(), 1), { text: '回访不满意：问题反复，重新办理' });
      handle(last(), addDays(last(), 15), round + 1);
    } else if (rng.chance(0.97)) {
      add('销号', addDays(last(), rng.int(0, 3)));
    }
  }

  if (issue.status === '已办结') {
    // Settled on the spot: closed straight away, or left for the office to close.
    if (rng.chance(0.3)) add('销号', addDays(meetingDate, rng.int(1, 10)));
  } else if (issue.status === '纳入规划') {
    const reviews = Math.min(Math.floor(daysBetween(meetingDate, today) / 90), 4);
    for (let i = 0; i < reviews; i++) {
      const date = addDays(last(), 90);
      if (rng.chance(0.15)) {
        add('规划复核', date, { text: '项目资金已落实，转入办理', startWork: true });
        handle(date, addDays(date, 60), 0);
        break;
      }
      add('规划复核', date, {
        text: '项目资金尚未落实，继续跟踪',
        nextReviewOn: addDays(date, 90),
      });
    }
  } else if (issue.status === '办理中') {
    handle(meetingDate, issue.deadline || addDays(meetingDate, 15), 0);
  }
  // What happens after today has not happened yet: keep the steps taken by then.
  const taken = steps.findIndex((s) => s.date > today);
  return taken === -1 ? steps : steps.slice(0, taken);
}
