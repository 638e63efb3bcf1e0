/**
 * What entering a meeting costs a secretary, counted while the steps of ui.ts are carried out with
 * real key events and clicks. Content is the characters the documents contain (also counted as
 * Telex keystrokes); everything else is overhead: Tab and Enter to move on, Ctrl+A before typing
 * over, arrows in a dropdown, shortcuts. The driver behaves as a keyboard-first user: it moves with
 * Tab (or Shift+Tab) when the next field is at most MAX_TABS stops away, uses a shortcut the step
 * offers, and clicks otherwise; it never retypes a value already there.
 */
import type { Locator, Page } from 'playwright-core';
import type { Meeting } from '../../src/shared/model/meeting';
import { field, meetingSteps, OPEN_OFFICE_FIELDS, type Step } from './ui';

/** Beyond this many Tab presses a click is quicker (KLM: a keystroke 0.3 s, pointing and clicking about 1.5 s). */
export const MAX_TABS = 4;
/** Seconds per keystroke at a fixed typing speed (200 keystrokes a minute, about 40 words). */
export const SECONDS_PER_KEY = 0.3;
/** Seconds per click: move the hand to the mouse, point, click (keystroke-level model). */
export const SECONDS_PER_CLICK = 1.5;

export interface EntryCounts {
  /** Characters the documents contain that were typed. */
  contentChars: number;
  /** The same characters as Telex keystrokes (`ệ` = e, e, j). */
  contentKeys: number;
  /** Every other keystroke: navigation, Tab/Enter, Ctrl+A, arrows in dropdowns, shortcuts. */
  overheadKeys: number;
  /** Every click; a dropdown chosen with the mouse is two (open, pick). */
  clicks: number;
  /** Of the clicks, those spent on dropdowns. */
  dropdownClicks: number;
}

export const emptyCounts = (): EntryCounts => ({
  contentChars: 0,
  contentKeys: 0,
  overheadKeys: 0,
  clicks: 0,
  dropdownClicks: 0,
});

/** Time at the fixed speed above. */
export function entrySeconds(c: EntryCounts): number {
  return (c.contentKeys + c.overheadKeys) * SECONDS_PER_KEY + c.clicks * SECONDS_PER_CLICK;
}

const EXTRA_KEY_MARKS = /[\u0302\u0306\u031b\u0300\u0301\u0303\u0309\u0323]/g;

/** Keystrokes to type `text` with Telex: one a letter, one more a mark (â ă ơ đ) and one a tone. */
export function telexKeys(text: string): number {
  const nfd = text.normalize('NFD');
  const marks = nfd.match(EXTRA_KEY_MARKS)?.length ?? 0;
  const dd = (text.match(/[đĐ]/g) ?? []).length;
  return nfd.replace(EXTRA_KEY_MARKS, '').length + marks + dd;
}

/**
 * Where `el` sits in the Tab order relative to the focused element (null: not reachable by Tab).
 * No named function inside: tsx would wrap it in a `__name` helper the page lacks.
 */
function tabDistance(el: Element): number | null {
  const all = [
    ...document.querySelectorAll<HTMLElement>(
      'input:not([type=hidden]), select, textarea, button, a[href], [tabindex]',
    ),
  ].filter(
    (x) =>
      !(x as HTMLInputElement).disabled && x.tabIndex >= 0 && x.getClientRects().length > 0 && !x.closest('[inert]'),
  );
  const a = all.indexOf(document.activeElement as HTMLElement);
  const t = all.indexOf(el as HTMLElement);
  return a < 0 || t < 0 ? null : t - a;
}

export class EntryDriver {
  readonly counts = emptyCounts();
  constructor(readonly page: Page) {}

  private async key(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      this.counts.overheadKeys++;
    }
  }

  async click(target: Locator): Promise<void> {
    await target.click();
    this.counts.clicks++;
  }

  private async isFocused(target: Locator): Promise<boolean> {
    return target.evaluate((el) => el === document.activeElement);
  }

  /** Put the focus on `target`: already there, a few Tabs, or a click. Returns how it got there. */
  async reach(target: Locator): Promise<'focus' | 'tab' | 'click'> {
    await target.waitFor({ state: 'attached' });
    if (!(await target.isVisible())) {
      // The office's issuing body and format, folded in a meeting that uses them: unfold them first.
      await this.press(this.page.getByRole('button', { name: OPEN_OFFICE_FIELDS, exact: true }));
      await this.page.waitForTimeout(50);
    }
    await target.waitFor();
    const d = await target.evaluate(tabDistance);
    if (process.env.ENTRY_TRACE)
      process.stdout.write(`  → ${await target.evaluate((el) => el.id || el.textContent)} (Tab ${d})\n`);
    if (d === 0) return 'focus';
    if (d !== null && Math.abs(d) <= MAX_TABS) {
      await this.key(d > 0 ? 'Tab' : 'Shift+Tab', Math.abs(d));
      if (await this.isFocused(target)) return 'tab';
    }
    await this.click(target);
    return 'click';
  }

  /** Type text the documents contain, key by key. */
  async typeContent(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.counts.contentChars += [...text].length;
    this.counts.contentKeys += telexKeys(text);
  }

  /** Make the field `target` hold `value`: leave it if it does, select what is there and type otherwise. */
  async setText(target: Locator, value: string): Promise<void> {
    if ((await target.inputValue()) === value) return;
    await this.reach(target);
    if ((await target.inputValue()) !== '') await this.key('ControlOrMeta+a');
    if (value === '') await this.key('Delete');
    else await this.typeContent(value);
  }

  /** Choose an option: arrows when the dropdown was reached by keyboard, open and pick with the mouse otherwise. */
  async choose(target: Locator, value: string): Promise<void> {
    if ((await target.inputValue()) === value) return;
    const how = await this.reach(target);
    if (how === 'click') {
      // The click above opened the list; picking the option is the second.
      await target.selectOption(value);
      this.counts.clicks++;
      this.counts.dropdownClicks += 2;
      return;
    }
    const [from, to] = await target.evaluate((el, v) => {
      const s = el as HTMLSelectElement;
      return [s.selectedIndex, [...s.options].findIndex((o) => o.value === v)];
    }, value);
    await this.key(to > from ? 'ArrowDown' : 'ArrowUp', Math.abs(to - from));
    if ((await target.inputValue()) !== value) throw new Error(`Không chọn được "${value}" bằng phím mũi tên.`);
  }

  async check(target: Locator): Promise<void> {
    if (await target.isChecked()) return;
    if ((await this.reach(target)) !== 'click') await this.key('Space');
  }

  /**
   * Press a button: its shortcut keys when the step offers them and they brought `expect` (the
   * next step's field) into the form, Tab and Enter when it is near, a click otherwise.
   */
  async press(button: Locator, keys: readonly string[] = [], expect?: Locator): Promise<void> {
    if (keys.length && expect) {
      const before = await expect.count();
      for (const k of keys) await this.key(k);
      const came = await expect
        .first()
        .waitFor({ timeout: 3000 })
        .then(() => true)
        .catch(() => false);
      if (before === 0 && came) return;
    }
    if ((await this.reach(button)) !== 'click') await this.key('Enter');
  }
}

/** Carry out ui.ts's steps for `m` in an open, blank editor, counting. */
export async function enterMeetingCounted(driver: EntryDriver, m: Meeting, steps: Step[] = meetingSteps(m)) {
  const { page } = driver;
  for (const [i, step] of steps.entries()) {
    if ('click' in step) {
      if (step.unless && (await field(page, step.unless).count()) > 0) continue;
      const next = steps[i + 1];
      const expect = next && 'label' in next ? field(page, next.label) : undefined;
      await driver.press(page.getByRole('button', { name: step.click, exact: true }), step.keys, expect);
    } else if (step.how === 'select') {
      await driver.choose(field(page, step.label), step.value);
    } else if (step.how === 'check') {
      await driver.check(field(page, step.label));
    } else {
      await driver.setText(field(page, step.label), step.value);
    }
  }
}

export function describeCounts(name: string, c: EntryCounts): string {
  return (
    `  ${name}: nội dung ${c.contentChars} ký tự (${c.contentKeys} phím Telex); phím thừa ${c.overheadKeys}; ` +
    `nhấp chuột ${c.clicks} (${c.dropdownClicks} vào danh sách chọn); ${Math.round(entrySeconds(c))} s\n`
  );
}

/** The first-run question and a new blank meeting, as a new office answers and starts them. */
export function firstRunSteps(m: Meeting): Step[] {
  const i = m.issuer;
  return [
    { label: 'Thể thức mặc định', value: m.profile.id, how: 'select' },
    { label: 'Cơ quan cấp trên', value: i.parentBody, how: 'type' },
    { label: 'Tên cơ quan ban hành', value: i.name, how: 'type' },
    { label: 'Ký hiệu cơ quan', value: i.code, how: 'type' },
    { label: 'Địa danh', value: i.placeName, how: 'type' },
    { label: 'Văn phòng thông báo', value: i.officeName, how: 'type' },
    { click: 'Lưu và bắt đầu' },
  ];
}

/**
 * From an empty library on a new machine: answer the first-run question, make a new meeting
 * (Ctrl+N, shown on the button), enter every fact of `m`. Returns what it cost.
 */
export async function enterFirstMeeting(page: Page, m: Meeting): Promise<EntryCounts> {
  const driver = new EntryDriver(page);
  await page.getByRole('dialog', { name: 'Thiết lập cho văn phòng' }).waitFor();
  await enterMeetingCounted(driver, m, firstRunSteps(m));
  const toolbar = page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' });
  await driver.press(page.getByRole('button', { name: 'Tạo mới', exact: true }), ['ControlOrMeta+n'], toolbar);
  await toolbar.waitFor();
  await enterMeetingCounted(driver, m);
  return driver.counts;
}
