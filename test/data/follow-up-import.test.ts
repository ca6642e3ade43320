// Issue 10 items 3 and 8: follow-up taken on another laptop reaches the office through 导入 and
// merges with the office's own follow-up (no duplicate entry, no silent overwrite), and a 销号
// the office's closing rule does not allow is refused while the stored issue stays as it was.
// Through the flow ImportPanel runs (previewImport, applyImport) on fake-indexeddb.
import { describe, expect, it } from 'vitest';
import { blankStep, type FollowUpStep } from '../../shared/domain/follow-up';
import { defaultSettings, type Settings } from '../../shared/domain/schemas';
import { encodeBase64 } from '../../shared/exchange/zip/base64';
import type { ProgressKind } from '../../shared/domain/follow-up-vocabulary';
import { applyImport, previewImport } from '../../renderer/features/exchange/import-flow';
import type { Repositories } from '../../renderer/db/repositories';
import { byteJpeg } from '../fixtures/photos';
import { dumpDatabase } from './dump';
import { jsonBytes } from './exchange-support/laptops';
import { openTestDb } from './open-test-db';

type Laptop = ReturnType<typeof openTestDb>;

const step = (kind: ProgressKind, date: string, patch: Partial<FollowUpStep> = {}) => ({
  ...blankStep(kind, date),
  by: '刘强',
  text: '已处理',
  ...patch,
});

/** Laptop A records a meeting of 石门村 with two 交办 items. */
async function fieldLaptop() {
  const a = openTestDb('dev-a');
  const created = await a.repos.meetings.create(defaultSettings, '2026-03-05');
  const meeting = await a.repos.meetings.update(created.id, { village: '石门村' });
  const ids: string[] = [];
  for (const description of ['村口路灯不亮', '三组水渠堵塞']) {
    const added = await a.repos.issues.add(meeting, defaultSettings, { description });
    await a.repos.issues.setResponse(added.id, '交办', meeting.date, defaultSettings);
    ids.push(added.id);
  }
  const [lamp = '', canal = ''] = ids;
  return { ...a, meetingId: meeting.id, lamp, canal };
}

/** Imports the laptop's export as the screen does: preview, then apply. */
async function importFrom(laptop: Laptop, meetingId: string, into: Repositories, name: string) {
  const file = await laptop.repos.exchange.exportMeetings([meetingId]);
  const preview = await previewImport(into, [{ name, bytes: jsonBytes(file) }]);
  const outcome = await applyImport(into, preview);
  return { preview, outcome };
}

async function take(laptop: Laptop, issueId: string, steps: FollowUpStep[], settings: Settings) {
  for (const s of steps) await laptop.repos.progress.take(issueId, s, settings);
}

const history = async (laptop: Laptop, issueId: string) =>
  (await laptop.repos.progress.listForIssue(issueId)).map((e) => `${e.kind}@${e.deviceId}`);

describe('follow-up from another laptop', () => {
  it('lands at the office and merges with the office’s own, without duplicates', async () => {
    const a = await fieldLaptop();
    const office = openTestDb('dev-office');
    await importFrom(a, a.meetingId, office.repos, '石门村.json');

    // The office phones about the lamp; meanwhile laptop A follows both items up.
    await take(
      office,
      a.lamp,
      [step('进展', '2026-03-07', { method: '电话', text: '已催镇供电所' })],
      defaultSettings,
    );
    await take(
      a,
      a.lamp,
      [
        step('进展', '2026-03-08', { method: '现场', text: '已换灯泡' }),
        step('办结', '2026-03-09', { text: '路灯已修好' }),
        step('回访', '2026-03-10', { satisfaction: '满意', method: '走访' }),
        step('销号', '2026-03-10'),
      ],
      defaultSettings,
    );
    await take(a, a.canal, [step('办结', '2026-03-09', { text: '已清淤' })], defaultSettings);

    const { preview, outcome } = await importFrom(a, a.meetingId, office.repos, '石门村-跟踪.json');
    expect(preview.rows[0]?.refusals).toEqual([]);
    // The two issues changed; five history entries are new (four for the lamp, one for the canal).
    expect(outcome.batch.files[0]?.counts).toMatchObject({
      new: 5,
      updated: 2,
      conflict: 0,
      refused: 0,
    });
    expect(await office.repos.issues.get(a.lamp)).toMatchObject({
      status: '已销号',
      result: '路灯已修好',
      satisfaction: '满意',
      closedOn: '2026-03-10',
    });
    expect((await office.repos.issues.get(a.canal))?.status).toBe('已办结');
    // The office's own step stays, laptop A's arrive with their device, in the order they happened.
    expect(await history(office, a.lamp)).toEqual([
      '进展@dev-office',
      '进展@dev-a',
      '办结@dev-a',
      '回访@dev-a',
      '销号@dev-a',
    ]);

    // The same file again changes nothing and makes no second copy of any entry.
    const before = await dumpDatabase(office.db, ['issues', 'progress', 'conflicts']);
    const again = await importFrom(a, a.meetingId, office.repos, '石门村-跟踪.json');
    expect(again.outcome.batch.files[0]?.counts).toMatchObject({
      new: 0,
      updated: 0,
      conflict: 0,
      refused: 0,
    });
    expect(await dumpDatabase(office.db, ['issues', 'progress', 'conflicts'])).toEqual(before);
  });

  it('a step taken on both sides is a conflict to resolve, never an overwrite', async () => {
    const a = await fieldLaptop();
    const office = openTestDb('dev-office');
    await importFrom(a, a.meetingId, office.repos, '石门村.json');
    await take(
      office,
      a.canal,
      [step('办结', '2026-03-09', { text: '办公室：已派人清淤' })],
      defaultSettings,
    );
    await take(
      a,
      a.canal,
      [
        step('办结', '2026-03-09', { text: '现场：已清淤' }),
        step('回访', '2026-03-11', { satisfaction: '基本满意' }),
      ],
      defaultSettings,
    );

    const { outcome } = await importFrom(a, a.meetingId, office.repos, '石门村-跟踪.json');

    expect(outcome.conflicts).toBe(1);
    expect(await office.repos.issues.get(a.canal)).toMatchObject({
      status: '已办结',
      result: '办公室：已派人清淤',
    });
    // Both 办结 entries are kept in the history (same date: their order is the laptops' clocks'),
    // each really recorded, on its own laptop.
    expect((await history(office, a.canal)).sort()).toEqual([
      '办结@dev-a',
      '办结@dev-office',
      '回访@dev-a',
    ]);
    const [conflict] = await office.repos.exchange.listConflicts();
    await office.repos.exchange.resolve(conflict?.id ?? '', 'theirs');
    expect(await office.repos.issues.get(a.canal)).toMatchObject({
      status: '已回访',
      result: '现场：已清淤',
      satisfaction: '基本满意',
    });
  });
});

describe('a 销号 the office’s closing rule does not allow', () => {
  it('is refused with its history; the stored issue and everything else stay as they were', async () => {
    const a = await fieldLaptop();
    const office = openTestDb('dev-office');
    await importFrom(a, a.meetingId, office.repos, '石门村.json');
    // Laptop A closes straight after 办结 (its 设置 say 办结即可); the office keeps the default.
    const lenient = await a.repos.settings.update({ closingRule: '办结即可' });
    await take(
      a,
      a.lamp,
      [step('办结', '2026-03-09', { text: '路灯已修好' }), step('销号', '2026-03-09')],
      lenient,
    );
    await take(a, a.canal, [step('办结', '2026-03-09', { text: '已清淤' })], lenient);
    const lampBefore = await office.repos.issues.get(a.lamp);
    const historyBefore = await office.repos.progress.listForIssue(a.lamp);

    const { preview, outcome } = await importFrom(a, a.meetingId, office.repos, '石门村-销号.json');

    const message =
      '“石门村-销号.json”中的石门村 2026年3月5日屋场会 第1条“村口路灯不亮”未导入：' +
      '文件中的办理状态“已销号”不符合办理规则（交办事项须先回访，群众满意后才能销号）。' +
      '本机的这条诉求仍为“办理中”，没有改动。它在文件中的 2 条办理记录也未导入。';
    expect(preview.rows[0]?.refusals).toEqual([message]);
    expect(outcome.batch.files[0]?.refusals).toEqual([message]);
    expect(outcome.refusedIssues).toBe(1);
    expect(await office.repos.issues.get(a.lamp)).toEqual(lampBefore);
    expect(await office.repos.progress.listForIssue(a.lamp)).toEqual(historyBefore);
    expect(await office.repos.exchange.listConflicts()).toEqual([]);
    // The rest of the file is imported: the canal's 办结 is allowed by any rule.
    expect((await office.repos.issues.get(a.canal))?.status).toBe('已办结');
    expect(await history(office, a.canal)).toEqual(['办结@dev-a']);
    // 撤销 of the batch takes back only what it wrote: the canal, never the lamp.
    expect(outcome.batch.files[0]?.written.map((w) => w.recordId).sort()).toEqual(
      [a.canal, (await office.repos.progress.listForIssue(a.canal))[0]?.id ?? ''].sort(),
    );
    const log = await office.repos.fileLog.list();
    expect(log[0]).toMatchObject({ fileName: '石门村-销号.json' });
    expect(log[0]?.what).toBe(`新增 1，更新 1，冲突 0。${message}`);

    // Once the office adopts the same rule, the same file brings the 销号 in.
    await office.repos.settings.update({ closingRule: '办结即可' });
    await importFrom(a, a.meetingId, office.repos, '石门村-销号.json');
    expect((await office.repos.issues.get(a.lamp))?.status).toBe('已销号');
    expect(await history(office, a.lamp)).toEqual(['办结@dev-a', '销号@dev-a']);
  });

  it('leaves out the photos of the refused history, and counts them in its message', async () => {
    const a = await fieldLaptop();
    const office = openTestDb('dev-office');
    await importFrom(a, a.meetingId, office.repos, '石门村.json');
    const lenient = await a.repos.settings.update({ closingRule: '办结即可' });
    // A photo of each 办结: the lamp's is closed straight after (refused at the office), the
    // canal's is not.
    const photoOf = async (issueId: string, caption: string) => {
      const { entry } = await a.repos.progress.take(
        issueId,
        step('办结', '2026-03-09', { text: '已修好' }),
        lenient,
      );
      const [photo] = await a.repos.photos.add([
        {
          meetingId: a.meetingId,
          progressId: entry.id,
          kind: '整改前后',
          caption,
          width: 1600,
          height: 1200,
          bytes: byteJpeg.byteLength,
          jpeg: encodeBase64(byteJpeg),
        },
      ]);
      return photo?.id ?? '';
    };
    const lampPhoto = await photoOf(a.lamp, '路灯修好后');
    await take(a, a.lamp, [step('销号', '2026-03-09')], lenient);
    const canalPhoto = await photoOf(a.canal, '水渠清淤后');

    const { preview, outcome } = await importFrom(a, a.meetingId, office.repos, '石门村-销号.json');

    const message =
      '“石门村-销号.json”中的石门村 2026年3月5日屋场会 第1条“村口路灯不亮”未导入：' +
      '文件中的办理状态“已销号”不符合办理规则（交办事项须先回访，群众满意后才能销号）。' +
      '本机的这条诉求仍为“办理中”，没有改动。它在文件中的 2 条办理记录和 1 张照片也未导入。';
    expect(preview.rows[0]?.refusals).toEqual([message]);
    // One photo is new here (the canal's), none refused for room: the lamp's is not counted.
    expect(preview.rows[0]?.photos).toMatchObject({ new: 1, refused: 0 });
    expect(outcome.photosAdded).toBe(1);
    expect(await office.db.photos.get(lampPhoto)).toBeUndefined();
    expect((await office.db.photos.get(canalPhoto))?.caption).toBe('水渠清淤后');
  });
});
