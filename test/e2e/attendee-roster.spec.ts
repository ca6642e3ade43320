// Attendee entry against the 村民名册, in Chromium on real IndexedDB and by keyboard: a roster is
// imported, then in a meeting at 石门村 pinyin initials add a person with one Enter (with the
// roster's 组 and 身份), a name two persons share is not guessed, the 组 typed tells them apart,
// ↓ picks a person of another village, a name the roster lacks joins it, initials that find
// nobody are never stored as a name, and on a full disk neither a new name nor a pick is half
// stored: the name comes back with the reason, and Enter again stores it once the disk has room;
// a name entered while the roster is still being read keeps its place before the next one.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible } from './axe';
import { openProfile, removeProfile, type Profile } from './browser';
import { AppPage, mainMenu } from './pages/app-page';
import {
  failWrites,
  failHeldReads,
  heldReads,
  holdReads,
  installStorageFaults,
  releaseReads,
} from './pages/storage-faults';
import { storedRecords } from './pages/stored';

const baseUrl = inject('baseUrl');

const csv = [
  '姓名,村,组,户主,身份,电话',
  '单𡒄花,石门村,2组,单大海,党员,13800000001',
  '张三,石门村,1组,张三,,',
  '张三,石门村,3组,张三,,',
  '曾国华,白沙村,1组,曾国华,村民代表,',
].join('\r\n');

type Stored = { id: string; name: string; village: string; group: string; personId?: string };

const stored = (page: Page, table: 'persons' | 'attendance') => storedRecords<Stored>(page, table);

describe('参会人员 from the 村民名册', () => {
  let profile: Profile;
  let page: Page;
  let app: AppPage;

  beforeAll(async () => {
    profile = await openProfile();
    await installStorageFaults(profile.context);
    page = await profile.context.newPage();
    app = new AppPage(page);
    await page.goto(baseUrl);
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  /** Each attendee as 姓名/组, and whom of the roster (name@村/组) it names, or 无. */
  async function attendees() {
    const persons = new Map((await stored(page, 'persons')).map((p) => [p.id, p]));
    return (await stored(page, 'attendance')).map((a) => {
      const person = a.personId ? persons.get(a.personId) : undefined;
      return `${a.name}/${a.group} → ${person ? `${person.name}@${person.village}/${person.group}` : '无'}`;
    });
  }

  const entry = () => app.attendeeName();
  // The list as drawn (antd keeps its role=option copies for screen readers out of sight).
  const suggestion = (text: string) =>
    page.locator('.ant-select-item-option').getByText(text, { exact: true });
  const status = () => page.locator('.entry-outcome').textContent();
  const error = () => page.getByRole('group', { name: '添加参会人员' }).getByRole('alert');

  it('imports a roster, then opens a meeting at 石门村', async () => {
    await mainMenu(page, '村民名册').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入名册…' }).click();
    await (
      await chooser
    ).setFiles({ name: '名册.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByText('已从“名册.csv”导入 4 人').waitFor();

    await mainMenu(page, '屋场会').click();
    await app.createMeeting();
    await page.getByLabel('村(社区)', { exact: true }).fill('石门村');
    await app.waitUntilSaved();
    await app.tab(/参会人员/).click();
    await entry().waitFor();
  });

  it('adds the person pinyin initials find with one Enter, with the roster’s 组 and 身份', async () => {
    await entry().focus();
    await page.keyboard.type('sdh');
    await suggestion('单𡒄花（2组，户主 单大海，党员）').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(attendees).toEqual(['单𡒄花/2组 → 单𡒄花@石门村/2组']);
    await expect.poll(status).toBe('已从村民名册添加“单𡒄花”');
    expect(await entry().inputValue()).toBe('');
    await expect.poll(() => app.attendeeRows().first().textContent()).toContain('党员');
  });

  it('does not guess between two 张三, and takes the one of the 组 typed', async () => {
    await page.keyboard.type('张三');
    await page.keyboard.press('Enter');
    await error()
      .getByText('村民名册中有 2 位“张三”（1组、3组），请用 ↓ 选择，或先填写组')
      .waitFor();
    expect(await attendees()).toHaveLength(1);

    await page.getByLabel('组', { exact: true }).fill('三组');
    await entry().focus();
    await page.keyboard.press('Enter');
    await expect.poll(attendees).toContain('张三/3组 → 张三@石门村/3组');
    expect(await attendees()).toHaveLength(2);
  });

  it('picks a person of another village with ↓ and Enter', async () => {
    await page.getByLabel('组', { exact: true }).fill('');
    await entry().focus();
    await page.keyboard.type('曾');
    await suggestion('曾国华（白沙村，1组，村民代表）').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(attendees).toContain('曾国华/1组 → 曾国华@白沙村/1组');
  });

  it('adds a name the roster lacks to the roster of the meeting’s village', async () => {
    await page.keyboard.type('李四');
    await page.keyboard.press('Enter');
    await expect.poll(status).toBe('“李四”不在村民名册中，已加入石门村的名册');
    await expect.poll(attendees).toContain('李四/ → 李四@石门村/');
    expect((await stored(page, 'persons')).length).toBe(5);
  });

  it('never stores initials that find nobody as a name, and passes the accessibility check', async () => {
    // sdh: 单𡒄花 is already on the list, so it is not offered again.
    await page.keyboard.type('sdh');
    await page.keyboard.press('Enter');
    await error()
      .getByText('按拼音首字母“sdh”在村民名册中找不到可添加的人；新的人员请输入汉字姓名')
      .waitFor();
    expect(await attendees()).toHaveLength(4);
    expect(await entry().inputValue()).toBe('sdh');
    await expectAccessible(page, '参会人员（名册候选）');
  });

  it('on a full disk stores neither person nor attendee, gives the name back, and stores it later', async () => {
    await entry().fill('');
    const full =
      '磁盘空间不足，没有保存。请清理磁盘空间（删除不需要的文件），并尽快在“导入与备份”中做一次备份。';
    // A name the roster lacks: the person is written first, in the attendee's transaction.
    await failWrites(page, Infinity);
    await page.keyboard.type('赵六');
    await page.keyboard.press('Enter');
    // Enter cleared the entry; the refusal puts the name back.
    await expect.poll(() => entry().inputValue()).toBe('赵六');
    await error().getByText(full).waitFor();
    // A roster person taken by name and 组 (张三 of 1组 is not listed yet).
    await entry().fill('');
    await page.getByLabel('组', { exact: true }).fill('1组');
    await entry().focus();
    await page.keyboard.type('张三');
    await page.keyboard.press('Enter');
    await expect.poll(() => entry().inputValue()).toBe('张三');
    await error().getByText(full).waitFor();
    expect(await attendees()).toHaveLength(4);
    expect((await stored(page, 'persons')).length).toBe(5);

    await failWrites(page, 0);
    await page.keyboard.press('Enter');
    await expect.poll(attendees).toContain('张三/1组 → 张三@石门村/1组');
    await page.getByLabel('组', { exact: true }).fill('');
    await entry().fill('赵六');
    await page.keyboard.press('Enter');
    await expect.poll(attendees).toContain('赵六/ → 赵六@石门村/');
    expect(await attendees()).toHaveLength(6);
    expect((await stored(page, 'persons')).length).toBe(6);
  });
  it('corrects the roster with a name corrected in the list, once the field is left', async () => {
    // 李四 joined the roster with its row: the correction is the person's too.
    const li = page.getByLabel('第4位 姓名', { exact: true });
    await li.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('李思');
    await page.keyboard.press('Tab');
    await page.getByText('村民名册中的“李四”已一并改为“李思”').waitFor();
    await expect.poll(attendees).toContain('李思/ → 李思@石门村/');
    // Neither 李 nor 李四 is left in the roster: only the name the edit ended with.
    const names = async () => (await stored(page, 'persons')).map((p) => p.name).sort();
    expect(await names()).toEqual(['单𡒄花', '张三', '张三', '曾国华', '李思', '赵六'].sort());

    // 曾国华 was in the roster before the meeting: he keeps his name, and the new one joins.
    const zeng = page.getByLabel('第3位 姓名', { exact: true });
    await zeng.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('曾国桦');
    await page.keyboard.press('Tab');
    await page.getByText('“曾国桦”不在村民名册中，已加入石门村的名册').waitFor();
    await expect.poll(attendees).toContain('曾国桦/1组 → 曾国桦@石门村/1组');
    expect(await names()).toEqual(
      ['单𡒄花', '张三', '张三', '曾国华', '曾国桦', '李思', '赵六'].sort(),
    );
  });

  it('lists names in the order entered when the first waits for a slow read of the roster', async () => {
    // A new meeting at 石门村, opened afresh and its 参会人员 shown while the roster's reads are
    // held (a slow disk; the reload empties the cache that would otherwise answer the tab).
    await mainMenu(page, '屋场会').click();
    await app.createMeeting();
    await page.getByLabel('村(社区)', { exact: true }).fill('石门村');
    await app.waitUntilSaved();
    await holdReads(page, 'persons');
    await page.reload();
    await app.tab(/参会人员/).click();
    await entry().focus();
    await page.keyboard.type('周七');
    const opening = await heldReads(page);
    expect(opening).toBeGreaterThan(0);
    // 周七 is entered before the roster is read: the panel reads it itself, and that read waits.
    await page.keyboard.press('Enter');
    await expect.poll(() => entry().inputValue()).toBe('');
    // The roster the tab read on opening arrives; 单𡒄花 is found by initials and picked.
    await releaseReads(page, opening);
    await page.keyboard.type('sdh');
    await suggestion('单𡒄花（2组，户主 单大海，党员）').waitFor();
    await page.keyboard.press('Enter');
    await releaseReads(page, Infinity);
    await expect.poll(() => app.attendeeNames()).toEqual(['周七', '单𡒄花']);
    await expect.poll(status).toBe('已从村民名册添加“单𡒄花”');
  });

  it('gives a name back with the reason when the roster cannot be read, and adds it on Enter', async () => {
    await holdReads(page, 'persons');
    await page.reload();
    await app.tab(/参会人员/).click();
    await entry().focus();
    await page.keyboard.type('郑九');
    // The tab's own read waits; the one 郑九 needs fails, as on a disk that cannot be read.
    expect(await heldReads(page)).toBeGreaterThan(0);
    await failHeldReads(page, 1);
    await page.keyboard.press('Enter');
    await error()
      .getByText(
        '读取村民名册失败，“郑九”没有添加。请按回车重试；如果一直失败，请在“导入与备份”中做一次备份后重启程序。',
      )
      .waitFor();
    expect(await entry().inputValue()).toBe('郑九');
    await releaseReads(page, Infinity);
    await page.keyboard.press('Enter');
    await expect.poll(() => app.attendeeNames()).toEqual(['周七', '单𡒄花', '郑九']);
    await expect.poll(status).toBe('“郑九”不在村民名册中，已加入石门村的名册');
  });
});
