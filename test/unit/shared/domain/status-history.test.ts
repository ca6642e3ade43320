// An issue's status against its history (what an import checks): every expectation is read off
// the handbook's rules (domain.md §2: 交办 → 办理中 → 已办结 → 已回访(满意) → 销号; 不满意 → 复号;
// 当场解决 closes straight; 办结即可 skips the visit), not off the code's tables.
import { describe, expect, it } from 'vitest';
import type { ClosingPolicy } from '../../../../shared/domain/lifecycle';
import type { ProgressEntry } from '../../../../shared/domain/schemas';
import { checkStatusHistory } from '../../../../shared/domain/status-history';
import type { IssueStatus, ResponseType } from '../../../../shared/domain/vocabulary';
import { sampleProgress } from './sample-records';

const policy: ClosingPolicy = {
  closingRule: '办结并回访满意',
  satisfiedValues: ['满意', '基本满意'],
  satisfactionScale: ['满意', '基本满意', '不满意'],
};

let recorded = 0;
/** A history entry as the app writes it, recorded a minute after the one before. */
function entry(
  kind: ProgressEntry['kind'],
  toStatus: ProgressEntry['toStatus'],
  patch: Partial<ProgressEntry> = {},
): ProgressEntry {
  recorded += 1;
  const at = new Date(Date.UTC(2026, 2, 10, 8, recorded)).toISOString();
  return sampleProgress({
    kind,
    toStatus,
    date: '2026-03-10',
    text: '已处理',
    createdAt: at,
    updatedAt: at,
    ...patch,
  });
}

const finish = (patch: Partial<ProgressEntry> = {}) =>
  entry('办结', '已办结', { text: '路面已硬化', ...patch });
const visit = (satisfaction: string, patch: Partial<ProgressEntry> = {}) =>
  entry('回访', '已回访', { satisfaction, by: '王建国', ...patch });
const close = (patch: Partial<ProgressEntry> = {}) =>
  entry('销号', '已销号', { text: '', ...patch });
const reopen = (text: string) => entry('复号', '办理中', { text });

function check(
  status: IssueStatus,
  history: ProgressEntry[],
  responseType: ResponseType | null = '交办',
  rules = policy,
) {
  return checkStatusHistory(
    { id: 'issue-1', status, responseType, forwardedTo: '' },
    history,
    rules,
  );
}

const refused = (reason: string) => ({ allowed: false, reason });
const allowed = { allowed: true };

describe('the status a response on the spot gives needs no history', () => {
  it('交办 → 办理中, 当场解决 → 已办结, 纳入规划 → 纳入规划, none yet → 登记', () => {
    expect(check('办理中', [])).toEqual(allowed);
    expect(check('已办结', [], '当场解决')).toEqual(allowed);
    expect(check('纳入规划', [], '纳入规划')).toEqual(allowed);
    expect(check('登记', [], null)).toEqual(allowed);
  });
});

describe('交办: each later status needs the steps that lead to it', () => {
  it('已办结 after a 办结 with its result; not without one', () => {
    expect(check('已办结', [finish()])).toEqual(allowed);
    expect(check('已办结', [])).toEqual(refused('办理记录中没有使它变为“已办结”的一步'));
    expect(check('已办结', [finish({ text: '' })])).toEqual(refused('请填写办理结果'));
  });

  it('已回访 after 办结 and a 回访 on the scale in 设置', () => {
    expect(check('已回访', [finish(), visit('不满意')])).toEqual(allowed);
    expect(check('已回访', [finish(), visit('非常满意')])).toEqual(
      refused('回访须选择满意度（满意、基本满意、不满意）'),
    );
    expect(check('已回访', [visit('满意')])).toEqual(refused('“办理中”的问题不能直接改为“已回访”'));
  });

  it('已销号 only after 办结 and a satisfied 回访', () => {
    expect(check('已销号', [finish(), visit('满意'), close()])).toEqual(allowed);
    expect(check('已销号', [finish(), visit('基本满意'), close()])).toEqual(allowed);
    expect(check('已销号', [finish(), close()])).toEqual(
      refused('交办事项须先回访，群众满意后才能销号'),
    );
    expect(check('已销号', [finish(), visit('不满意'), close()])).toEqual(
      refused('群众不满意不销号：请复号重新办理'),
    );
    expect(check('已销号', [close()])).toEqual(refused('“办理中”的问题不能直接改为“已销号”'));
    expect(check('已销号', [])).toEqual(refused('办理记录中没有使它变为“已销号”的一步'));
  });

  it('under the rule 办结即可, 办结 is enough to close', () => {
    const lenient: ClosingPolicy = { ...policy, closingRule: '办结即可' };
    expect(check('已销号', [finish(), close()], '交办', lenient)).toEqual(allowed);
    expect(check('已销号', [close()], '交办', lenient)).toEqual(
      refused('“办理中”的问题不能直接改为“已销号”'),
    );
  });

  it('a visit answered unsatisfied is reopened with a reason and handled again before closing', () => {
    const rounds = [
      finish(),
      visit('不满意'),
      reopen('灯又不亮'),
      finish({ text: '换了线路' }),
      visit('满意'),
      close(),
    ];
    expect(check('已销号', rounds)).toEqual(allowed);
    // A 复号 after the 销号: by its history the issue is being handled again.
    expect(check('已销号', [finish(), visit('满意'), close(), reopen('又坏了')])).toEqual(
      refused('按办理记录，它现在应为“办理中”'),
    );
    // A 复号 without its reason changed nothing, so the second 办结 came from 已回访.
    expect(check('已办结', [finish(), visit('不满意'), reopen(''), finish()])).toEqual(
      refused('“已回访”的问题不能直接改为“已办结”'),
    );
  });

  it('a deleted entry does not count', () => {
    const deleted = visit('满意', { deletedAt: '2026-03-11T00:00:00.000Z' });
    expect(check('已销号', [finish(), deleted, close()])).toEqual(
      refused('交办事项须先回访，群众满意后才能销号'),
    );
  });

  it('an entry whose kind does not lead to the status it names is not taken at its word', () => {
    expect(check('已办结', [entry('进展', '已办结', { text: '开工' })])).toEqual(
      refused('办理记录“进展”不会使状态变为“已办结”'),
    );
  });
});

describe('settled on the spot, planned items', () => {
  it('当场解决 may close straight from 已办结; 不予支持 is not visited without a 回访', () => {
    expect(check('已销号', [close()], '当场解决')).toEqual(allowed);
    expect(check('已回访', [], '不予支持')).toEqual(
      refused('办理记录中没有使它变为“已回访”的一步'),
    );
  });

  it('a 当场解决 issue reopened after an unsatisfied visit is not closed without a new visit', () => {
    const redone = [visit('不满意'), reopen('路灯仍不亮'), finish({ text: '换了灯头' })];
    expect(check('已办结', redone, '当场解决')).toEqual(allowed);
    expect(check('已销号', [...redone, close()], '当场解决')).toEqual(
      refused('复号后重新办结的事项须再次回访，群众满意后才能销号'),
    );
    expect(check('已销号', [...redone, visit('满意'), close()], '当场解决')).toEqual(allowed);
  });

  it('纳入规划 starts with a review that finds the funds, or is finished', () => {
    const start = entry('规划复核', '办理中', { text: '资金已落实' });
    expect(check('办理中', [start], '纳入规划')).toEqual(allowed);
    expect(check('已办结', [finish()], '纳入规划')).toEqual(allowed);
    expect(check('办理中', [], '纳入规划')).toEqual(
      refused('办理记录中没有使它变为“办理中”的一步'),
    );
  });
});

describe('histories from two laptops and of one moment', () => {
  it('the same 办结 recorded on two laptops changes nothing the second time', () => {
    const onA = finish({ deviceId: 'laptop-a' });
    const onB = finish({ deviceId: 'laptop-b', text: '已修好' });
    expect(check('已销号', [onA, onB, visit('满意'), close()])).toEqual(allowed);
  });

  it('steps of one day recorded in the same instant are taken in the order that works', () => {
    const at = '2026-03-12T15:00:00.000Z';
    const same = { date: '2026-03-12', createdAt: at, updatedAt: at };
    // Stored as the database returns them (by id), not as they happened.
    const history = [finish(), close(same), visit('满意', same)];
    expect(check('已销号', history)).toEqual(allowed);
  });

  it('a 回访 dated by mistake before the 办结 it followed still counts in the order recorded', () => {
    const history = [
      finish({ date: '2026-03-09' }),
      visit('满意', { date: '2026-03-08' }),
      close({ date: '2026-03-09' }),
    ];
    expect(check('已销号', history)).toEqual(allowed);
  });
});
