/**
 * How a secretary drives the app, by the labels and roles the UI promises (src/renderer/App.tsx
 * lists them). Keeping every selector here means a renamed label is a one-line fix.
 */
import { formatDocDate } from '../../src/renderer/lib/dates';
import { formatShortDate } from '../../src/shared/text/vietnamese';
import type { Locator, Page } from 'playwright-core';
import type { Deadline, Item, Meeting, Member, SubItem } from '../../src/shared/model/meeting';

export const LIBRARY_ROW = '[role="listbox"] [role="option"]';
export const previewRoot = 'aside[aria-label="Xem trước văn bản"]';
export const PREVIEW_PAGE = `${previewRoot} section[data-page]`;

/**
 * The form control labelled `label`. Most fields are `<label><span>text</span><control/></label>`,
 * whose label text also holds a select's options or a hint, so match the span exactly; otherwise the
 * accessible name (for `<label for>` fields such as the suggestion inputs).
 */
export function field(page: Page, label: string): Locator {
  const quoted = JSON.stringify(label);
  const wrapped = page.locator(`label:has(> span:text-is(${quoted}))`).locator('input, select, textarea');
  return wrapped.or(page.getByLabel(label, { exact: true })).first();
}

/** The button that opens the office's issuing body and format for one meeting (shown folded when they are the office's). */
export const OPEN_OFFICE_FIELDS = 'Đổi riêng cho buổi này';

/** Unfold the issuing body and format if `f` is among them and they are folded. */
export async function reveal(page: Page, f: Locator): Promise<void> {
  if (await f.isVisible()) return;
  const open = page.getByRole('button', { name: OPEN_OFFICE_FIELDS, exact: true });
  if (await open.count()) await open.click();
}

/** Type short text key by key (what a secretary does); paste-like fill for long paragraphs. */
export async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const f = field(page, label);
  await reveal(page, f);
  await f.click();
  await f.fill('');
  if (text.length <= 80) await f.pressSequentially(text);
  else await f.fill(text);
}

export async function choose(page: Page, label: string, value: string): Promise<void> {
  await reveal(page, field(page, label));
  await field(page, label).selectOption(value);
}

export async function clickButton(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
}

export async function waitForLibraryRows(page: Page): Promise<void> {
  await page.locator(LIBRARY_ROW).first().waitFor({ timeout: 60_000 });
}

export function librarySearch(page: Page): Locator {
  return page.getByRole('searchbox').first();
}

/** Open the meeting whose row shows `subject`. */
export async function openMeetingFromLibrary(page: Page, subject: string): Promise<void> {
  await page.locator(LIBRARY_ROW, { hasText: subject }).first().dblclick();
  await page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).waitFor();
}

export async function backToLibrary(page: Page): Promise<void> {
  await clickButton(page, '← Thư viện');
  await page.locator('[role="listbox"]').first().waitFor();
}

export function saveState(page: Page): Locator {
  return page.getByRole('status', { name: 'Trạng thái lưu' });
}

/** Wait until autosave (or Ctrl+S) has stored the current draft. */
export async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => /Đã lưu lúc/.test(document.querySelector('[aria-label="Trạng thái lưu"]')?.textContent ?? ''),
    null,
    { timeout: 15_000 },
  );
}

/** The messages of the pre-export check on screen, in order. */
export async function preExportFindings(page: Page): Promise<string[]> {
  const list = page.getByRole('dialog').getByRole('list', { name: 'Những mục còn thiếu' });
  await list.waitFor();
  return (await list.locator('li > span').allTextContents()).map((t) => t.trim());
}

export async function previewText(page: Page): Promise<string> {
  return (await page.locator(previewRoot).innerText()).replace(/\s+/g, ' ');
}

/** One thing a secretary does in the editor: press a button, or put a value in a labelled control. */
export type Step =
  /** `keys`: the shortcut that does the same from the field just typed in, when the UI offers one. */
  | { click: string; unless?: string; keys?: string[] }
  | { label: string; value: string; how: 'type' | 'fill' | 'select' | 'check'; blur?: boolean };

const t = (label: string, value: string, blur = false): Step => ({ label, value, how: 'type', blur });
const f = (label: string, value: string): Step => ({ label, value, how: 'fill' });
const s = (label: string, value: string): Step => ({ label, value, how: 'select' });

function memberSteps(gi: number, mi: number, member: Member, after?: Member): Step[] {
  const g = gi + 1;
  const n = mi + 1;
  if (member.kind === 'phrase')
    return [{ click: `Thêm cụm thành phần vào nhóm ${g}` }, t(`Cụm thành phần (nhóm ${g}, mục ${n})`, member.text)];
  return [
    // Enter in the row of the person before starts this one.
    { click: `Thêm người vào nhóm ${g}`, keys: after?.kind === 'person' ? ['Enter'] : undefined },
    // Blur closes the directory suggestions under the field before the next one is clicked.
    t(`Họ tên (nhóm ${g}, người ${n})`, member.name, true),
    t(`Chức vụ (nhóm ${g}, người ${n})`, member.position, true),
    t(`Đơn vị (nhóm ${g}, người ${n})`, member.unit, true),
    t(`Danh xưng (nhóm ${g}, người ${n})`, member.title, true),
    s(`Tình trạng (nhóm ${g}, người ${n})`, member.attendance),
    ...(member.absenceReason ? [t(`Lý do vắng (nhóm ${g}, người ${n})`, member.absenceReason)] : []),
    ...(member.attendance === 'delegate' ? [t(`Người dự thay (nhóm ${g}, người ${n})`, member.delegateName)] : []),
    ...(member.minutesLine === null
      ? []
      : [
          { click: `Sửa dòng in trong biên bản (nhóm ${g}, người ${n})` },
          t(`Dòng in trong biên bản (nhóm ${g}, người ${n})`, member.minutesLine),
        ]),
  ];
}

/** A generated phrase: typed over only when the meeting has its own text. */
const phrase = (label: string, value: string | null): Step[] => (value === null ? [] : [t(label, value)]);

function deadlineSteps(d: Deadline, name: string): Step[] {
  if (d.kind === 'none') return [];
  const kind = s(`Loại thời hạn ${name}`, d.kind);
  return [kind, d.kind === 'date' ? f(`Thời hạn ${name}`, formatShortDate(d.date)) : t(`Thời hạn ${name}`, d.text)];
}

/** An item or sub-item of the conclusions: its text, then its tracking data. */
function entrySteps(e: Item | SubItem, name: string): Step[] {
  const k = e.task;
  return [
    t(`Nội dung ${name} (mỗi dòng một đoạn, dòng bắt đầu bằng "- " là gạch đầu dòng)`, e.text),
    t(`Đơn vị chủ trì ${name} (theo dõi)`, k.lead),
    t(`Đơn vị phối hợp ${name} (theo dõi)`, k.support.join(';')),
    ...deadlineSteps(k.deadline, name),
    s(`Trạng thái ${name}`, k.status),
    ...(k.printAssignment
      ? [
          {
            label: `In câu giao nhiệm vụ cho ${name} (chỉ in phần nội dung chưa nói)`,
            value: 'on',
            how: 'check' as const,
          },
        ]
      : []),
    ...(k.printAssignment ? phrase(`Câu giao nhiệm vụ ${name}`, k.assignment) : []),
  ];
}

/** Every fact of `m`, section by section in the editor's order, as steps on a blank meeting. */
export function meetingSteps(m: Meeting): Step[] {
  const steps: Step[] = [
    s('Loại phiên', m.kind),
    f('Ngày họp', formatShortDate(m.date)),
    f('Giờ bắt đầu', m.startTime),
    f('Giờ kết thúc', m.endTime),
    t('Địa điểm', m.place),
    t('Làm việc với (bên tiếp đón)', m.host),
    t('Nội dung (về việc)', m.subject),
    ...phrase('Tên buổi làm việc (biên bản)', m.title),
    s('Thể thức văn bản', m.profile.id),
    t('Cơ quan cấp trên', m.issuer.parentBody),
    t('Tên cơ quan ban hành', m.issuer.name),
    t('Ký hiệu cơ quan', m.issuer.code),
    t('Địa danh', m.issuer.placeName),
    t('Văn phòng thông báo', m.issuer.officeName),
  ];
  for (const [gi, group] of m.attendeeGroups.entries()) {
    steps.push(
      s('Nhãn nhóm mới', gi === 0 ? 'Cùng dự có' : 'Về phía ...'),
      { click: 'Thêm nhóm' },
      t(`Tiêu đề nhóm ${gi + 1} (biên bản)`, group.heading),
      t(`Câu dẫn nhóm ${gi + 1} (thông báo)`, group.leadIn),
    );
    for (const [mi, member] of group.members.entries())
      steps.push(...memberSteps(gi, mi, member, group.members[mi - 1]));
  }
  for (const [role, label] of [
    ['presiding', 'người chủ trì'],
    ['secretary', 'thư ký'],
  ] as const) {
    const p = m[role];
    steps.push(
      t(`Họ tên ${label}`, p.name, true),
      t(`Chức vụ ${label}`, p.position),
      t(`Đơn vị ${label}`, p.unit),
      t(`Danh xưng ${label}`, p.title),
    );
  }
  for (const [i, r] of m.reports.entries()) {
    steps.push(
      { click: 'Thêm báo cáo' },
      t(`Người trình bày báo cáo ${i + 1}`, r.presenter),
      t(`Tên báo cáo ${i + 1}`, r.title),
      t(`Nội dung báo cáo ${i + 1} (mỗi dòng một đoạn, dòng bắt đầu bằng "- " là gạch đầu dòng)`, r.text),
    );
  }
  for (const [i, o] of m.discussion.entries()) {
    steps.push(
      { click: 'Thêm ý kiến' },
      t(`Người phát biểu ${i + 1}`, o.speaker),
      t(`Nội dung ý kiến ${i + 1} (mỗi dòng một đoạn)`, o.text),
    );
  }
  for (const [pi, part] of m.conclusions.parts.entries()) {
    const pn = `phần ${pi + 1}`;
    steps.push(
      { click: 'Thêm phần' },
      t(`Tiêu đề ${pn} (để trống nếu không chia phần)`, part.heading),
      t(`Đoạn mở ${pn} (trước các mục)`, part.text),
    );
    for (const [ii, item] of part.items.entries()) {
      const name = `mục ${ii + 1} ${pn}`;
      // Alt+Enter adds an entry after the one being typed; Alt+← / Alt+→ change its level.
      const before = part.items[ii - 1];
      const itemKeys = !before ? undefined : before.items.length ? ['Alt+Enter', 'Alt+ArrowLeft'] : ['Alt+Enter'];
      steps.push({ click: `Thêm mục (${pn})`, keys: itemKeys }, ...entrySteps(item, name));
      for (const [si, sub] of item.items.entries())
        steps.push(
          { click: `Thêm ý nhỏ (${name})`, keys: si === 0 ? ['Alt+Enter', 'Alt+ArrowRight'] : ['Alt+Enter'] },
          ...entrySteps(sub, `ý ${si + 1} ${name}`),
        );
    }
  }
  steps.push(t('Đoạn sau các nhiệm vụ (VD: Trên đây là kết luận của ...)', m.conclusions.after));
  for (const kind of ['notice', 'minutes'] as const) {
    const name = kind === 'notice' ? 'Thông báo kết luận' : 'Biên bản';
    const lower = name.toLowerCase();
    const doc = m[kind];
    steps.push(t(`Số ${lower}`, doc.number), f(`Ngày ban hành ${lower}`, formatDocDate(doc.date)));
    if (kind === 'notice') steps.push(t('Đơn vị thông báo', m.notice.issuedBy));
    steps.push(...phrase(`Câu kết (${name})`, doc.closing));
    if (kind === 'notice')
      steps.push(
        ...phrase('Trích yếu thông báo', m.notice.summary),
        ...phrase('Đoạn mở đầu', m.notice.opening),
        ...phrase('Câu dẫn kết luận', m.notice.leadIn),
      );
    else
      steps.push(
        t('Căn cứ (mỗi dòng một căn cứ)', m.minutes.bases),
        t('Tóm tắt nội dung (để trống thì không in)', m.minutes.contentSummary),
        ...phrase('Tiêu đề phần kết luận', m.minutes.conclusionsHeading),
      );
    for (const [i, sg] of doc.signers.entries()) {
      const n = i + 1;
      steps.push(
        // Default signers from the settings may already be there.
        { click: `Thêm người ký (${name})`, unless: `Thẩm quyền ký ${n} (${name})` },
        t(`Tiêu đề khối chữ ký ${n} (${name})`, sg.heading),
        s(`Thẩm quyền ký ${n} (${name})`, sg.authority),
        t(`Thay mặt / ký thay cho ${n} (${name})`, sg.authorityOf),
        t(`Chức vụ người ký ${n} (${name})`, sg.position),
        t(`Họ tên người ký ${n} (${name})`, sg.name),
      );
    }
    for (const [i, r] of doc.recipients.entries()) {
      steps.push(
        { click: `Thêm nơi nhận (${name})` },
        t(`Nơi nhận ${i + 1} (${name})`, r.text),
        t(`Ghi chú ${i + 1} (${name})`, r.note),
      );
    }
    steps.push(t(`Lưu (${name})`, doc.archive), s(`Trạng thái ${lower}`, doc.status));
  }
  return steps;
}

/** Enter every fact of `m` into an open, blank editor, as a secretary would. */
export async function enterMeeting(page: Page, m: Meeting): Promise<void> {
  for (const step of meetingSteps(m)) {
    if ('click' in step) {
      if (step.unless && (await field(page, step.unless).count()) > 0) continue;
      await clickButton(page, step.click);
    } else if (step.how === 'select') {
      await choose(page, step.label, step.value);
    } else if (step.how === 'check') {
      await field(page, step.label).check();
    } else if (step.how === 'fill') {
      await field(page, step.label).fill(step.value);
    } else {
      await typeInto(page, step.label, step.value);
      if (step.blur) await field(page, step.label).blur();
    }
  }
}

/** Every labelled control's value, for comparing the form with what was typed (e.g. after a reload). */
export async function formValues(
  page: Page,
  m: Meeting,
): Promise<{ expected: Record<string, string>; actual: Record<string, string> }> {
  const expected: Record<string, string> = {};
  const actual: Record<string, string> = {};
  for (const step of meetingSteps(m)) {
    if ('click' in step || step.how === 'check' || step.label === 'Nhãn nhóm mới') continue;
    expected[step.label] = step.value;
    actual[step.label] = await field(page, step.label).inputValue();
  }
  return { expected, actual };
}

/** The facts a secretary typed, without ids and timestamps, to compare a stored meeting with its source. */
export function typedFacts(m: Meeting) {
  const { id: _id, createdAt: _c, updatedAt: _u, tags: _t, previousId: _p, ...rest } = m;
  return {
    ...rest,
    attendeeGroups: m.attendeeGroups.map((g) => ({
      heading: g.heading,
      leadIn: g.leadIn,
      members: g.members.map(({ id: _mid, ...mem }) => mem),
    })),
    reports: m.reports.map(({ id: _rid, ...r }) => r),
    discussion: m.discussion.map(({ id: _oid, ...o }) => o),
    conclusions: {
      ...m.conclusions,
      parts: m.conclusions.parts.map(({ id: _pid, ...p }) => ({
        ...p,
        items: p.items.map(({ id: _iid, ...i }) => ({ ...i, items: i.items.map(({ id: _sid, ...x }) => x) })),
      })),
    },
  };
}
