/**
 * Attendees entered the quick way: a list pasted (a running sentence, rows of a Word/Excel table)
 * shown for review before it is taken, and rows typed with the keyboard alone (Tab across a row,
 * Enter for the next person).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryPage } from '../../src/shared/model/library';
import type { Meeting, PersonMember } from '../../src/shared/model/meeting';
import { launchApp, makeTempDir, type App } from './harness';
import { clickButton, field, typeInto, waitSaved } from './ui';

const RUNNING =
  'đồng chí Trần Đình Cảnh - TUV, Phó trưởng ban thường trực Ban Tổ chức Thành ủy; đồng chí Nguyễn Thanh Minh - Phó trưởng Ban Tổ chức Thành uỷ';
const TABLE =
  'STT\tHọ và tên\tChức vụ\tĐơn vị\n1\tLê Văn Hùng\tChủ tịch\tỦy ban nhân dân xã Minh Phú\n2\tPhạm Thị Lan\tChuyên viên Văn phòng HĐND và UBND\tVăn phòng HĐND và UBND xã\n';

const name = (n: number) => `Họ tên (nhóm 1, người ${n})`;

async function focusedLabel(app: App): Promise<string> {
  return app.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const byFor = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    return el.getAttribute('aria-label') ?? byFor ?? el.textContent ?? '';
  });
}

/** Paste `text` into the focused field with Ctrl+V from the system clipboard. */
async function paste(app: App, text: string): Promise<void> {
  await app.page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await app.page.keyboard.press('ControlOrMeta+v');
}

async function storedPeople(app: App): Promise<Pick<PersonMember, 'name' | 'position' | 'unit' | 'title'>[]> {
  await app.page.keyboard.press('Control+s');
  await waitSaved(app.page);
  const { items } = await app.call<LibraryPage>('library:list', {});
  const m = await app.call<Meeting>('meeting:get', { id: items[0]!.id });
  return m.attendeeGroups[0]!.members.flatMap((x) =>
    x.kind === 'person' ? [{ name: x.name, position: x.position, unit: x.unit, title: x.title }] : [],
  );
}

describe('thành phần dự: dán danh sách và nhập bằng bàn phím', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ dataDir: makeTempDir() });
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await app.page.getByRole('button', { name: 'Tạo mới', exact: true }).waitFor();
    await app.page.keyboard.press('ControlOrMeta+n');
    await app.page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).waitFor();
    await clickButton(app.page, 'Thêm nhóm');
    await clickButton(app.page, 'Thêm người vào nhóm 1');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a running list pasted into a name is shown for review, then taken with Enter', async () => {
    const { page } = app;
    await expect(focusedLabel(app)).resolves.toBe(name(1));
    await paste(app, RUNNING);
    const review = page.getByRole('region', { name: 'Xem lại danh sách dán vào nhóm 1' });
    await review.waitFor();
    // Nothing is taken yet: the name field is still empty and there is no second row.
    await expect(field(page, name(1)).inputValue()).resolves.toBe('');
    expect(await field(page, name(2)).count()).toBe(0);
    const rows = review.getByRole('table').locator('tbody tr');
    await expect(rows.allInnerTexts()).resolves.toEqual([
      'đồng chí\tTrần Đình Cảnh\tTUV, Phó trưởng ban thường trực Ban Tổ chức Thành ủy\t',
      'đồng chí\tNguyễn Thanh Minh\tPhó trưởng Ban Tổ chức Thành uỷ\t',
    ]);
    await review.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await app.screenshot('40-attendee-paste-review');
    await page.keyboard.press('Enter');
    await review.waitFor({ state: 'detached' });
    await expect(field(page, name(1)).inputValue()).resolves.toBe('Trần Đình Cảnh');
    await expect(field(page, name(2)).inputValue()).resolves.toBe('Nguyễn Thanh Minh');
    await expect(field(page, 'Chức vụ (nhóm 1, người 2)').inputValue()).resolves.toBe(
      'Phó trưởng Ban Tổ chức Thành uỷ',
    );
    // The caret waits in the last person taken.
    await expect(focusedLabel(app)).resolves.toBe(name(2));
  });

  it('rows of a Word/Excel table pasted into a new row fill it and the rows after; Esc cancels a review', async () => {
    const { page } = app;
    await page.keyboard.press('Enter');
    await expect(focusedLabel(app)).resolves.toBe(name(3));
    await paste(app, 'A - x; B - y');
    const review = page.getByRole('region', { name: 'Xem lại danh sách dán vào nhóm 1' });
    await review.waitFor();
    await page.keyboard.press('Escape');
    await review.waitFor({ state: 'detached' });
    expect(await field(page, name(4)).count()).toBe(0);

    await field(page, name(3)).focus();
    await paste(app, TABLE);
    await review.waitFor();
    await expect(review.getByRole('table').locator('tbody tr').count()).resolves.toBe(2);
    await clickButton(page, 'Thêm 2 người vào nhóm 1');
    await review.waitFor({ state: 'detached' });
    await expect(field(page, name(3)).inputValue()).resolves.toBe('Lê Văn Hùng');
    await expect(field(page, 'Đơn vị (nhóm 1, người 4)').inputValue()).resolves.toBe('Văn phòng HĐND và UBND xã');
    expect(await field(page, name(5)).count()).toBe(0);
  });

  it('a person typed with the keyboard alone: Enter starts a row, Tab crosses name, position, unit', async () => {
    const { page } = app;
    await field(page, name(4)).focus();
    await page.keyboard.press('Enter');
    await expect(focusedLabel(app)).resolves.toBe(name(5));
    await page.keyboard.type('Hoàng Minh Tuấn');
    await page.keyboard.press('Tab');
    await expect(focusedLabel(app)).resolves.toBe('Chức vụ (nhóm 1, người 5)');
    await page.keyboard.type('Công chức Tư pháp - Hộ tịch');
    await page.keyboard.press('Tab');
    await page.keyboard.type('UBND xã Minh Phú');
    await page.keyboard.press('Enter');
    await expect(focusedLabel(app)).resolves.toBe(name(6));
    await page.keyboard.type('Đỗ Thu Hà');
    await expect(storedPeople(app)).resolves.toEqual([
      {
        name: 'Trần Đình Cảnh',
        position: 'TUV, Phó trưởng ban thường trực Ban Tổ chức Thành ủy',
        unit: '',
        title: 'đồng chí',
      },
      { name: 'Nguyễn Thanh Minh', position: 'Phó trưởng Ban Tổ chức Thành uỷ', unit: '', title: 'đồng chí' },
      { name: 'Lê Văn Hùng', position: 'Chủ tịch', unit: 'Ủy ban nhân dân xã Minh Phú', title: 'đồng chí' },
      {
        name: 'Phạm Thị Lan',
        position: 'Chuyên viên Văn phòng HĐND và UBND',
        unit: 'Văn phòng HĐND và UBND xã',
        title: 'đồng chí',
      },
      { name: 'Hoàng Minh Tuấn', position: 'Công chức Tư pháp - Hộ tịch', unit: 'UBND xã Minh Phú', title: 'đồng chí' },
      { name: 'Đỗ Thu Hà', position: '', unit: '', title: 'đồng chí' },
    ]);
    await page.locator('#sec-attendees').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.screenshot('41-attendees-table');
    expect(app.pageErrors).toEqual([]);
  });

  it('on a slow machine, letters typed right after Enter go to the new row, not the field Enter was pressed in', async () => {
    const { page } = app;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    try {
      await field(page, 'Đơn vị (nhóm 1, người 6)').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.type('Vũ Văn Nam'); // no wait in between, as a quick typist
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    const people = await storedPeople(app);
    expect(people.slice(-2)).toEqual([
      { name: 'Đỗ Thu Hà', position: '', unit: '', title: 'đồng chí' },
      { name: 'Vũ Văn Nam', position: '', unit: '', title: 'đồng chí' },
    ]);
  });
});

describe('chủ trì chọn từ thành phần dự bằng cách gõ', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ dataDir: makeTempDir() });
    await app.page.getByRole('button', { name: 'Tạo mới', exact: true }).waitFor();
    await app.page.keyboard.press('ControlOrMeta+n');
    await app.page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a few letters of an attendee’s name, ↓ and Enter fill the chair’s name, position, unit and title', async () => {
    const { page } = app;
    await clickButton(page, 'Thêm nhóm');
    await clickButton(page, 'Thêm người vào nhóm 1');
    await page.keyboard.type('Nguyễn Việt Hà');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Chủ tịch Ủy ban nhân dân huyện');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ủy ban nhân dân huyện Gia Lâm');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('ông');
    const name = field(page, 'Họ tên người chủ trì');
    await name.focus();
    await page.keyboard.type('viet ha');
    const options = page.getByRole('listbox', { name: 'Gợi ý họ tên người chủ trì' }).getByRole('option');
    await expect(options.first().textContent()).resolves.toContain('Nguyễn Việt Hà');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(name.inputValue()).resolves.toBe('Nguyễn Việt Hà');
    await expect(field(page, 'Chức vụ người chủ trì').inputValue()).resolves.toBe('Chủ tịch Ủy ban nhân dân huyện');
    await expect(field(page, 'Đơn vị người chủ trì').inputValue()).resolves.toBe('Ủy ban nhân dân huyện Gia Lâm');
    await expect(field(page, 'Danh xưng người chủ trì').inputValue()).resolves.toBe('ông');
    expect(app.pageErrors).toEqual([]);
  });

  it('“Dùng cho các buổi sau” keeps the notice’s recipients and archive line for the next new meeting', async () => {
    const { page } = app;
    await clickButton(page, 'Thêm nơi nhận (Thông báo kết luận)');
    await page.keyboard.type('Thường trực Huyện ủy');
    await typeInto(page, 'Lưu (Thông báo kết luận)', 'VT, VP');
    await clickButton(page, 'Dùng người ký, nơi nhận và nơi lưu của thông báo kết luận này cho các buổi sau');
    await expect.poll(() => page.getByText(/Các buổi làm việc tạo sau sẽ bắt đầu/).count()).toBeGreaterThan(0);
    await clickButton(page, '← Thư viện');
    await page.getByRole('button', { name: 'Tạo mới', exact: true }).click();
    await page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).waitFor();
    await expect(field(page, 'Nơi nhận 1 (Thông báo kết luận)').inputValue()).resolves.toBe('Thường trực Huyện ủy');
    await expect(field(page, 'Lưu (Thông báo kết luận)').inputValue()).resolves.toBe('VT, VP');
    expect(app.pageErrors).toEqual([]);
  });
});
