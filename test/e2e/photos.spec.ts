// Photos in Chromium on real IndexedDB: a 2400 × 1800 PNG made by the test is stored as a JPEG
// of 1600 × 1200 under 400 kB with its picture the right way round; a camera JPEG's EXIF (GPS)
// is not stored; a file that is not an image is refused by name and nothing stored; a follow-up
// step takes its own photo; 删除 leaves a tombstone that 撤销 lifts; the screens pass axe; the
// 记录 exported with 附照片 holds the meeting's own photos; a backup restored on another profile
// brings back every photo as it was, and so does an exchange file (导出交换文件) imported there.
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { copyRules } from '../../shared/docs/privacy';
import type { Photo, ProgressEntry } from '../../shared/domain/schemas';
import { decodeBase64 } from '../../shared/exchange/zip/base64';
import { expectAccessible } from './axe';
import { openProfile, removeProfile, type Profile } from './browser';
import { AppPage } from './pages/app-page';
import { openedDialog } from './pages/dialog';
import { downloadOf } from './pages/download';
import { exportFirstMeeting } from './pages/exchange';
import { jpegSize, twoColourPng, withExif } from './pages/images';
import { failWrites, installStorageFaults } from './pages/storage-faults';
import { storedRecords } from './pages/stored';

const baseUrl = inject('baseUrl');

describe('photos of a meeting and of a follow-up step', () => {
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

  const photos = () => storedRecords<Photo>(page, 'photos');
  const live = async () => (await photos()).filter((p) => p.deletedAt === null);
  const panel = (name: string) => page.getByRole('region', { name, exact: true });

  /** The colour at (x, y) of a stored JPEG, decoded by the browser. */
  const pixel = (jpeg: string, x: number, y: number) =>
    page.evaluate(
      async ({ jpeg, x, y }) => {
        const blob = await (await fetch(`data:image/jpeg;base64,${jpeg}`)).blob();
        const image = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
      },
      { jpeg, x, y },
    );

  it('stores a large PNG shrunk to a JPEG of 1600 px under 400 kB, and refuses a non-image', async () => {
    const meetingId = await app.createMeeting();
    await app.tab('照片').click();
    const meetingPhotos = panel('照片');
    await meetingPhotos.getByText('还没有照片').waitFor();

    await meetingPhotos.getByTestId('photo-input').setInputFiles({
      name: '会场全景.png',
      mimeType: 'image/png',
      buffer: twoColourPng(2400, 1800),
    });
    await expect.poll(async () => (await live()).length).toBe(1);
    const [stored] = await live();
    const bytes = decodeBase64(stored!.jpeg)!;
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(bytes.byteLength).toBe(stored!.bytes);
    expect(bytes.byteLength).toBeLessThanOrEqual(400 * 1024);
    // 2400 × 1800 scaled by 1600 / 2400.
    expect(jpegSize(bytes)).toEqual({ width: 1600, height: 1200 });
    expect(stored).toMatchObject({ meetingId, progressId: null, kind: '现场', caption: '' });
    // Red on the left, blue on the right: the picture is the one given, the right way round.
    const [r1, , b1] = await pixel(stored!.jpeg, 200, 600);
    const [r2, , b2] = await pixel(stored!.jpeg, 1400, 600);
    expect(r1! - b1!).toBeGreaterThan(150);
    expect(b2! - r2!).toBeGreaterThan(150);
    await expect.poll(() => meetingPhotos.getByTestId('photo').count()).toBe(1);

    // A PDF renamed .jpg: named and refused, nothing more stored.
    await meetingPhotos.getByLabel('照片类别').focus();
    await page.keyboard.type('签到表');
    await page.keyboard.press('Enter');
    await meetingPhotos.getByTestId('photo-input').setInputFiles({
      name: '签到表𠀀.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('%PDF-1.7\n%屋场会签到表\n'),
    });
    await expect
      .poll(() => meetingPhotos.getByRole('alert').textContent())
      .toContain('“签到表𠀀.jpg”不是 JPEG、PNG 或 WebP 格式的图片，没有添加');
    expect((await photos()).length).toBe(1);
    // The add button's loading icon goes with the work, however quick: no icon is left hidden
    // inside it (antd's own, growing and shrinking, stayed behind after about one quick refusal
    // in six).
    for (const name of ['甲.jpg', '乙.jpg', '丙.jpg']) {
      await meetingPhotos.getByTestId('photo-input').setInputFiles({
        name,
        mimeType: 'image/jpeg',
        buffer: Buffer.from('%PDF-1.7\n'),
      });
      await expect.poll(() => meetingPhotos.getByRole('alert').textContent()).toContain(name);
      const button = meetingPhotos.getByRole('button', { name: '添加照片', exact: true });
      await expect
        .poll(() => button.locator('.ant-btn-icon, .ant-btn-loading-icon').count())
        .toBe(0);
    }
    await expectAccessible(page, '会议照片');
  });

  it('leaves out a camera JPEG’s EXIF and keeps the kind chosen; caption, view, delete, 撤销', async () => {
    const camera = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(400, 300);
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#3a7';
      context.fillRect(0, 0, 400, 300);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      return [...new Uint8Array(await blob.arrayBuffer())];
    });
    const gps = 'GPS 28.1234N 112.5678E';
    const file = withExif(new Uint8Array(camera), gps);
    expect(file.includes(gps)).toBe(true);
    const meetingPhotos = panel('照片');
    await meetingPhotos.getByTestId('photo-input').setInputFiles({
      name: '签到表.jpg',
      mimeType: 'image/jpeg',
      buffer: file,
    });
    await expect.poll(async () => (await live()).length).toBe(2);
    const signed = (await live()).find((p) => p.kind === '签到表')!;
    const bytes = Buffer.from(decodeBase64(signed.jpeg)!);
    expect(jpegSize(bytes)).toEqual({ width: 400, height: 300 });
    expect(bytes.includes('Exif')).toBe(false);
    expect(bytes.includes(gps)).toBe(false);

    await expect.poll(() => meetingPhotos.getByTestId('photo').count()).toBe(2);
    const card = meetingPhotos.getByTestId('photo').nth(1);
    await card.getByLabel('照片说明').fill('签到表第一页 䶮');
    await card.getByLabel('照片说明').blur();
    await expect
      .poll(async () => (await photos()).find((p) => p.id === signed.id)?.caption)
      .toBe('签到表第一页 䶮');

    await card.getByRole('button', { name: '查看大图：签到表第一页 䶮' }).click();
    const dialog = await openedDialog(page);
    expect(await dialog.getByRole('img', { name: '签到表第一页 䶮' }).count()).toBe(1);
    await expectAccessible(page, '照片大图', '.ant-modal');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await card.getByRole('button', { name: '删除照片' }).click();
    await expect.poll(() => meetingPhotos.getByTestId('photo').count()).toBe(1);
    expect((await photos()).find((p) => p.id === signed.id)?.deletedAt).not.toBeNull();
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => meetingPhotos.getByTestId('photo').count()).toBe(2);
    expect((await photos()).find((p) => p.id === signed.id)?.deletedAt).toBeNull();
  });

  it('attaches a photo to a step of the follow-up', async () => {
    await app.tab(/群众诉求/).click();
    await page.keyboard.press('Alt+N');
    const card = app.issueCard(1);
    await card.waitFor();
    await card.getByRole('textbox', { name: '问题描述' }).fill('村道塌方需要修复');
    await card.getByLabel('处置方式').focus();
    await page.keyboard.type('交办');
    await page.keyboard.press('Enter');
    await card.getByLabel('责任单位').fill('乡交通站');
    await card.getByLabel('责任人').fill('刘站长');
    await app.waitUntilSaved();
    await card.getByRole('link', { name: '跟踪办理' }).click();
    await page.waitForURL(/#\/issues\/[0-9a-f-]{36}$/);

    await page.getByRole('button', { name: '登记办理进展', exact: true }).click();
    const form = page.getByRole('form', { name: '登记办理进展' });
    await form.getByLabel('办理情况', { exact: true }).fill('塌方段已回填');
    await form.getByRole('button', { name: '记入' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('history-entry').count()).toBe(1);

    const [entry] = await storedRecords<ProgressEntry>(page, 'progress');
    const stepPhotos = page
      .getByTestId('history-entry')
      .getByRole('region', { name: /进展的照片$/ });
    await stepPhotos.getByTestId('photo-input').setInputFiles({
      name: '整改后.png',
      mimeType: 'image/png',
      buffer: twoColourPng(800, 600),
    });
    await expect.poll(async () => (await live()).length).toBe(3);
    const fix = (await live()).find((p) => p.progressId !== null)!;
    expect(fix).toMatchObject({ progressId: entry!.id, kind: '整改前后', width: 800, height: 600 });
    expect(fix.meetingId).toBe((await live()).find((p) => p.progressId === null)!.meetingId);
    await expect.poll(() => stepPhotos.getByTestId('photo').count()).toBe(1);
    await expectAccessible(page, '办理进展的照片');

    // Real storage: the photo is still there after a reload.
    await page.reload();
    await expect.poll(() => stepPhotos.getByTestId('photo').count()).toBe(1);
  });

  it('exports the 记录 with 附照片: the meeting’s own photos, chosen by keyboard', async () => {
    const own = (await live())
      .filter((p) => p.progressId === null)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(own.map((p) => p.kind)).toEqual(['现场', '签到表']);
    await page.goto(`${baseUrl}#/meetings/${own[0]!.meetingId}`);
    await page.getByRole('main').getByRole('button', { name: '导出', exact: true }).click();
    await page.getByRole('menuitem', { name: '记录', exact: true }).click();
    const dialog = await openedDialog(page);
    // Two: the step's photo belongs to the step.
    const withPhotos = dialog.getByRole('checkbox', { name: '附照片（本场会议共2张）' });
    expect(await withPhotos.isChecked()).toBe(false);

    await dialog.getByRole('radio', { name: copyRules.public.label }).check();
    expect(await withPhotos.isDisabled()).toBe(true);
    await dialog.getByText('公示版不附照片。').waitFor();
    await dialog.getByRole('radio', { name: copyRules.masked.label }).check();
    await dialog
      .getByText('签到表照片（1张，有群众姓名和签名）此版本不附，附1张照片，', { exact: false })
      .waitFor();
    await dialog.getByRole('radio', { name: copyRules['internal-full'].label }).check();
    await withPhotos.focus();
    await page.keyboard.press('Space');
    expect(await withPhotos.isChecked()).toBe(true);
    await dialog.getByText('附2张照片，印在附件“现场照片”中；办理进展的照片不附。').waitFor();
    await expectAccessible(page, '导出记录', '.ant-modal');

    const file = await downloadOf(page, () =>
      dialog.getByRole('button', { name: '导出', exact: true }).click(),
    );
    const parts = unzipSync(readFileSync(await file.path()));
    const media = Object.entries(parts)
      .filter(([path]) => path.startsWith('word/media/'))
      .map(([, bytes]) => Buffer.from(bytes).toString('base64'));
    expect(media.sort()).toEqual(own.map((p) => p.jpeg).sort());
    const text = [
      ...strFromU8(parts['word/document.xml']!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g),
    ]
      .map((m) => m[1])
      .join('');
    expect(text).toContain('附件：1. 现场照片');
    const firstCaption = own[0]!.caption === '' ? '' : ` — ${own[0]!.caption}`;
    expect(text).toContain(`附件1现场照片图1 现场${firstCaption}图2 签到表 — 签到表第一页 䶮`);
  });

  it('travels in a backup restored on another computer, byte for byte', async () => {
    await page.goto(`${baseUrl}#/exchange`);
    const download = await downloadOf(page, () =>
      page.getByRole('button', { name: '备份', exact: true }).click(),
    );
    const backup = readFileSync(await download.path());
    const here = await photos();

    const other = await openProfile();
    try {
      const otherPage = await other.context.newPage();
      await otherPage.goto(`${baseUrl}#/exchange`);
      const chooser = otherPage.waitForEvent('filechooser');
      await otherPage.getByRole('button', { name: '恢复…' }).click();
      await (
        await chooser
      ).setFiles({ name: '备份.json', mimeType: 'application/json', buffer: backup });
      const dialog = await openedDialog(otherPage);
      await dialog.getByText('照片').waitFor();
      expect(await dialog.textContent()).toContain('3 张');
      await downloadOf(otherPage, () => dialog.getByRole('button', { name: '恢复' }).click());
      await otherPage.getByText(/^已恢复/).waitFor();
      const there = await storedRecords<Photo>(otherPage, 'photos');
      const byId = (list: Photo[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
      expect(byId(there)).toEqual(byId(here));
      expect(there.map((p) => p.jpeg.length).every((n) => n > 1000)).toBe(true);
    } finally {
      await other.close();
      removeProfile(other);
    }
  });

  it('travels in an exchange file imported on another computer, and shows there', async () => {
    const exchange = await exportFirstMeeting(page, baseUrl);
    const here = await photos();
    const meetingId = here[0]!.meetingId;

    const other = await openProfile();
    try {
      const otherPage = await other.context.newPage();
      await otherPage.goto(`${baseUrl}#/exchange`);
      const chooser = otherPage.waitForEvent('filechooser');
      await otherPage.getByRole('button', { name: '选择文件…' }).click();
      await (
        await chooser
      ).setFiles({ name: '交换文件.json', mimeType: 'application/json', buffer: exchange });
      await otherPage.getByRole('table', { name: '导入预览' }).waitFor();
      await otherPage.getByRole('button', { name: '导入（1 个文件）' }).click();
      await otherPage.getByText('已导入 1 个文件，新增照片 3 张').waitFor();
      const there = await storedRecords<Photo>(otherPage, 'photos');
      const byId = (list: Photo[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
      expect(byId(there)).toEqual(byId(here));

      await otherPage.goto(`${baseUrl}#/meetings/${meetingId}`);
      await new AppPage(otherPage).tab('照片').click();
      const meetingPhotos = otherPage.getByRole('region', { name: '照片', exact: true });
      await expect.poll(() => meetingPhotos.getByTestId('photo').count()).toBe(2);
    } finally {
      await other.close();
      removeProfile(other);
    }
  });

  it('on a full disk stores no photo and says so; by keyboard, once there is room, it does', async () => {
    const meetingId = (await photos())[0]!.meetingId;
    await page.goto(`${baseUrl}#/meetings/${meetingId}`);
    await app.tab('照片').click();
    const meetingPhotos = panel('照片');
    await expect.poll(() => meetingPhotos.getByTestId('photo').count()).toBe(2);
    const before = await photos();
    const scene = { name: '院坝.png', mimeType: 'image/png', buffer: twoColourPng(320, 240) };

    await failWrites(page, Infinity);
    await meetingPhotos.getByTestId('photo-input').setInputFiles(scene);
    await expect
      .poll(() => meetingPhotos.getByRole('alert').textContent())
      .toContain('照片没有保存：磁盘空间不足');
    expect(await photos()).toEqual(before);

    await failWrites(page, 0);
    // 添加照片 reached and pressed from the keyboard opens the file chooser. The chooser is
    // awaited before anything else is sent: Playwright starts intercepting choosers when the
    // first listener is added, without waiting, so a key sent right after could open one first.
    const chooser = page.waitForEvent('filechooser');
    const add = meetingPhotos.getByRole('button', { name: '添加照片' });
    await add.focus();
    await expect.poll(() => add.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(scene);
    await expect.poll(async () => (await live()).length).toBe(before.length + 1);
    await expect.poll(() => meetingPhotos.getByTestId('photo').count()).toBe(3);
  });
});
