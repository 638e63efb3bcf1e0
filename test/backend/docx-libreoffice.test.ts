/** What LibreOffice actually renders: A4, page numbers from page 2, Vietnamese intact, one-line titles. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/backend/export/renderDocx';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import type { FormatProfile } from '../../src/shared/profile/schema';
import { renderPdf, type RenderedPdf } from '../helpers/libreoffice';
import { governmentMeeting, jointMeeting, partyMeeting, seedMeeting, stateMeeting } from './docx-fixtures';

const MEETINGS = {
  seed: seedMeeting,
  state: stateMeeting,
  government: governmentMeeting,
  joint: jointMeeting,
  party: partyMeeting,
} as const;
const EVERY_DOCUMENT = (['government', 'joint', 'party'] as const).flatMap((m) =>
  [ND30_2020, HD36_2018].flatMap((p) => (['notice', 'minutes'] as const).map((k) => [m, p, k] as const)),
);
const COMBOS = [
  ['seed', ND30_2020, 'notice'],
  ['seed', ND30_2020, 'minutes'],
  ['seed', HD36_2018, 'notice'],
  ['seed', HD36_2018, 'minutes'],
  ['state', ND30_2020, 'notice'],
  ...EVERY_DOCUMENT,
] as const;

const pdfs = new Map<string, RenderedPdf>();
const id = (m: string, p: FormatProfile, k: string) => `${m}-${p.id}-${k}`;

beforeAll(async () => {
  for (const [m, profile, kind] of COMBOS) {
    const meeting = MEETINGS[m]();
    const { bytes } = await renderDocx(meeting, kind, profile);
    pdfs.set(id(m, profile, kind), await renderPdf(bytes, id(m, profile, kind)));
  }
}, 300_000);

afterAll(async () => {
  for (const p of pdfs.values()) await p.cleanup();
});

const lines = (page: string) =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe.each(COMBOS.map(([m, p, k]) => [id(m, p, k), m, p, k] as const))('%s', (name, m, profile, kind) => {
  it('is A4 portrait', () => {
    const { info } = pdfs.get(name)!;
    expect(info.widthPt).toBeCloseTo(595.3, 0);
    expect(info.heightPt).toBeCloseTo(841.9, 0);
  });

  it('has no page number on page 1 and `2` at the top of page 2', () => {
    const { pages } = pdfs.get(name)!;
    expect(pages.length).toBeGreaterThanOrEqual(kind === 'notice' && m === 'seed' ? 2 : 1);
    expect(lines(pages[0]!)[0]).not.toMatch(/^\d+$/);
    if (pages.length >= 2) expect(lines(pages[1]!)[0]).toBe('2');
  });

  it('keeps the national title on one line and the Vietnamese text intact', () => {
    const { pages } = pdfs.get(name)!;
    const first = lines(pages[0]!);
    expect(first.some((l) => l.includes(profile.header.nationalTitle.text))).toBe(true);
    if (profile.header.motto) expect(first.some((l) => l.includes('Độc lập - Tự do - Hạnh phúc'))).toBe(true);
    const all = squash(pages.join('\n'));
    // The place, typed with its diacritics, survives the round trip (every minutes prints it; every notice names it in its date line).
    expect(all).toContain(kind === 'minutes' ? MEETINGS[m]().place.split(',')[0]! : MEETINGS[m]().issuer.placeName);
    expect(all).toContain(kind === 'notice' ? 'THÔNG BÁO' : 'BIÊN BẢN');
    expect(all.normalize('NFC')).toBe(all);
  });

  it('ends the body with `./.` once and signs on the last page', () => {
    const { pages } = pdfs.get(name)!;
    const all = pages.join('\n');
    expect(all.split('./.').length - 1).toBe(1);
    const last = squash(pages[pages.length - 1]!);
    if (kind === 'notice') expect(last).toContain('Nơi nhận:');
    // The minutes end with their last signature block, as typed.
    else expect(last).toContain(MEETINGS[m]().minutes.signers.at(-1)!.name);
  });
});

describe('header alignment as printed', () => {
  it('the number and the place-and-date line print on the same line', () => {
    const first = lines(pdfs.get(id('seed', HD36_2018, 'notice'))!.pages[0]!);
    expect(first.some((l) => /Số 15-TB\/BTCTU\s+Hà Nội, ngày 25 tháng 02 năm 2021/.test(l))).toBe(true);
    const state = lines(pdfs.get(id('state', ND30_2020, 'notice'))!.pages[0]!);
    expect(state.some((l) => /Số: 05\/TB-UBND\s+Gia Lâm, ngày 14 tháng 3 năm 2024/.test(l))).toBe(true);
  });

  it('the issuing body prints left of the national title', () => {
    const first = lines(pdfs.get(id('seed', HD36_2018, 'notice'))!.pages[0]!);
    expect(first.some((l) => /THÀNH ỦY HÀ NỘI\s+ĐẢNG CỘNG SẢN VIỆT NAM/.test(l))).toBe(true);
  });
});
