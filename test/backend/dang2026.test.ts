/** The Party's 2026 profile: its values and their sources, when it is chosen, and documents in it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx } from '../../src/backend/export/renderDocx';
import { checkFormat } from '../../src/shared/check/formatMatch';
import { parseMeeting } from '../../src/shared/model/parse';
import type { Meeting } from '../../src/shared/model/meeting';
import { DANG_2026, defaultProfileIdFor, HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import { resolveProfile } from '../../src/shared/profile/resolve';
import { checkOfficialDocx } from '../helpers/officialChecks';
import { EXAMPLES_DIR } from '../fixtures/storage/helpers';

function example(name: string): Meeting {
  const r = parseMeeting(JSON.parse(readFileSync(join(EXAMPLES_DIR, name), 'utf8')));
  if (!r.ok) throw new Error(name);
  return r.value;
}

describe('profile dang-2026 (Quy định 399-QĐ/TW)', () => {
  it('is a built-in Party profile that keeps HD 36 values and says where each comes from', () => {
    expect(resolveProfile({ id: 'dang-2026', version: 1 })).toMatchObject({ ok: true, profile: { basis: 'hd36' } });
    expect(DANG_2026.header.nationalTitle).toEqual(HD36_2018.header.nationalTitle);
    expect(DANG_2026.header.number.style).toBe('hd36');
    expect(DANG_2026.body.firstLineIndentCm).toBe(1);
    expect(DANG_2026.sources['body.firstLineIndentCm']).toContain('10 mm');
    expect(DANG_2026.sources['recipients.lineEnd']).toContain('2026');
    expect(DANG_2026.sources.page).toContain('Quy định 399-QĐ/TW');
    expect(HD36_2018.sources).toEqual({});
  });

  it('is the default for new Party meetings from 2026; HD 36 stays for older ones; a state default is kept', () => {
    expect(defaultProfileIdFor('hd36-2018', '2025-12-31')).toBe('hd36-2018');
    expect(defaultProfileIdFor('hd36-2018', '2026-01-01')).toBe('dang-2026');
    expect(defaultProfileIdFor('dang-2026', '2025-06-01')).toBe('hd36-2018');
    expect(defaultProfileIdFor('nd30-2020', '2026-05-01')).toBe('nd30-2020');
    expect(defaultProfileIdFor('van-phong-rieng', '2026-05-01')).toBe('van-phong-rieng');
  });

  it.each(['notice', 'minutes'] as const)('renders the 2026 commune committee %s in the Party format', async (kind) => {
    const m = example('phu-quy-dang-uy-2026-01-08.json');
    const meeting = { ...m, profile: { id: 'dang-2026', version: 1 }, minutes: { ...m.minutes, number: '03' } };
    const { bytes } = await renderDocx(meeting, kind, DANG_2026);
    expect(checkOfficialDocx(bytes, { kind, profile: DANG_2026, meeting })).toEqual([]);
  });
});

describe('district bodies after the 2025 reform', () => {
  it('warns (never blocks) when a document dated from 01/7/2025 names a district body', () => {
    const m = example('ubnd-gia-lam-2024-03-12.json');
    expect(checkFormat(m, ND30_2020)).toBeNull();
    const later = { ...m, date: '2025-09-10' };
    const found = checkFormat(later, ND30_2020);
    expect(found).toMatchObject({ path: 'issuer.name', code: 'district' });
    expect(found?.message).toContain('"ỦY BAN NHÂN DÂN HUYỆN GIA LÂM" là cấp huyện');
    expect(found?.message).toContain('từ ngày 01/7/2025 chính quyền địa phương chỉ còn hai cấp');
    expect(checkFormat({ ...later, date: '2025-06-30' }, ND30_2020)).toBeNull();
    expect(checkFormat(example('phu-quy-dang-uy-2026-01-08.json'), DANG_2026)).toBeNull();
  });
});
