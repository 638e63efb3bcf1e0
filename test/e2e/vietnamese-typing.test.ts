/**
 * Vietnamese typing the way it really arrives: IME compositions (CDP) and Unikey's backspace method
 * (keys, Backspace, replacement characters). Each field must end with exactly the intended text, and
 * autosave must store it in NFC.
 */
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryPage } from '../../src/shared/model/library';
import type { Meeting } from '../../src/shared/model/meeting';
import { launchApp, makeTempDir, type App } from './harness';
import { typeLikeUnikey, typeWithIme } from './typing';
import { clickButton, field, saveState, waitSaved } from './ui';

describe('gõ tiếng Việt bằng bộ gõ', () => {
  let app: App;
  let meetingId: string;

  beforeAll(async () => {
    app = await launchApp({ dataDir: makeTempDir() });
    await clickButton(app.page, 'Tạo mới');
    await app.page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).waitFor();
    meetingId = (await app.call<LibraryPage>('library:list', {})).items[0]!.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  const stored = () => app.call<Meeting>('meeting:get', { id: meetingId });

  /** Type, then wait for autosave to report the new text as stored. */
  async function typeAndSave(label: string, how: 'ime' | 'unikey', text: string): Promise<void> {
    const f = field(app.page, label);
    await f.click();
    if (how === 'ime') await typeWithIme(app.page, text);
    else await typeLikeUnikey(app.page, text);
    await expect(f.inputValue()).resolves.toBe(text);
  }

  it('Unikey in an input and a textarea: exactly the intended text, stored after autosave', async () => {
    await typeAndSave('Địa điểm', 'unikey', 'Việt Nam');
    await typeAndSave(
      'Đoạn sau các nhiệm vụ (VD: Trên đây là kết luận của ...)',
      'unikey',
      'Đồng chí Nguyễn Văn Bảo đề nghị Quận ủy Long Biên',
    );
    await waitSaved(app.page);
    await expect.poll(async () => (await stored()).place).toBe('Việt Nam');
    const m = await stored();
    expect(m.conclusions.after).toBe('Đồng chí Nguyễn Văn Bảo đề nghị Quận ủy Long Biên');
    await app.screenshot('20-typing-unikey');
  });

  it('IME composition in an input and a textarea', async () => {
    await typeAndSave('Làm việc với (bên tiếp đón)', 'ime', 'Đồng chí Bí thư Quận ủy');
    await typeAndSave('Nội dung (về việc)', 'ime', 'Long Biên năm 2021 thực hiện chủ đề');
    await expect
      .poll(async () => (await stored()).subject, { timeout: 10_000 })
      .toBe('Long Biên năm 2021 thực hiện chủ đề');
    expect((await stored()).host).toBe('Đồng chí Bí thư Quận ủy');
  });

  it('autosave during an unfinished composition does not disturb it', async () => {
    const f = field(app.page, 'Cơ quan cấp trên');
    await f.click();
    await app.page.keyboard.type('THÀNH ỦY ');
    const cdp: CDPSession = await app.page.context().newCDPSession(app.page);
    try {
      await cdp.send('Input.imeSetComposition', { text: 'HÀ', selectionStart: 2, selectionEnd: 2 });
      // Longer than the autosave debounce: a save lands while the composition is still open.
      await app.page.waitForTimeout(1500);
      await cdp.send('Input.imeSetComposition', { text: 'HÀ N', selectionStart: 4, selectionEnd: 4 });
      await cdp.send('Input.insertText', { text: 'HÀ NỘI' });
    } finally {
      await cdp.detach();
    }
    await expect(f.inputValue()).resolves.toBe('THÀNH ỦY HÀ NỘI');
    await expect.poll(async () => (await stored()).issuer.parentBody, { timeout: 10_000 }).toBe('THÀNH ỦY HÀ NỘI');
  });

  it('decomposed input (NFD, as some keyboards send it) is stored as NFC', async () => {
    const nfd = 'Long Biên'.normalize('NFD');
    expect(nfd).not.toBe('Long Biên');
    const f = field(app.page, 'Địa danh');
    await f.click();
    await app.page.keyboard.insertText(nfd);
    // The field keeps what was typed while focused; normalisation happens when stored.
    await expect(f.inputValue()).resolves.toBe(nfd);
    await app.page.keyboard.press('Control+s');
    await waitSaved(app.page);
    await expect
      .poll(async () => (await stored()).issuer.placeName, { timeout: 10_000 })
      .toBe('Long Biên'.normalize('NFC'));
    const all = JSON.stringify(await stored());
    expect(all).toBe(all.normalize('NFC'));
    await expect(saveState(app.page).textContent()).resolves.toMatch(/Đã lưu lúc/);
    await app.screenshot('21-typing-ime');
  });
});
