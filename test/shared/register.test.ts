import { districtAfterReform, isCommuneLevel, isDistrictLevel } from '../../src/shared/profile/localGovernment';
import { RegisterEntry } from '../../src/shared/register/schema';
import { nextNumber, type SeriesInput, seriesGaps, seriesOf, takenBy } from '../../src/shared/register/series';

const state = (date: string, typeCode = 'TB'): SeriesInput => ({
  basis: 'nd30',
  bodyCode: 'UBND',
  bodyName: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG',
  typeCode,
  date,
});
const party = (date: string, typeCode = 'TB', bodyName = 'ĐẢNG ỦY ĐẶC KHU PHÚ QUÝ'): SeriesInput => ({
  basis: 'hd36',
  bodyCode: 'ĐU',
  bodyName,
  typeCode,
  date,
});

function entry(series: string, number: number, status: RegisterEntry['status'] = 'issued'): RegisterEntry {
  return RegisterEntry.parse({
    id: `e-${number}`,
    series,
    seriesLabel: 'UBND, năm 2026',
    number,
    kind: 'notice',
    basis: 'nd30',
    status,
  });
}

describe('series of a state body (Nghị định 30, Điều 15)', () => {
  it('runs from 1 January to 31 December: 31/12 and 01/01 are different series', () => {
    const dec = seriesOf(state('2025-12-31'));
    const jan = seriesOf(state('2026-01-01'));
    expect(dec.key).not.toBe(jan.key);
    expect(seriesOf(state('2026-12-31')).key).toBe(jan.key);
    expect(jan.label).toBe('UBND, năm 2026');
  });

  it('is one series for all types unless the office keeps one per type', () => {
    expect(seriesOf(state('2026-03-01', 'TB')).key).toBe(seriesOf(state('2026-03-01', 'BB')).key);
    const perType = [{ code: 'ubnd', start: '', perType: true }];
    expect(seriesOf(state('2026-03-01', 'TB'), perType).key).not.toBe(seriesOf(state('2026-03-01', 'BB'), perType).key);
    expect(seriesOf(state('2026-03-01', 'BB'), perType).label).toBe('UBND, loại BB, năm 2026');
  });

  it('restarts on 01/7/2025 for a commune created by the reform, then on 1 January as usual', () => {
    const commune = { ...state('2025-06-30'), bodyName: 'ỦY BAN NHÂN DÂN XÃ MINH PHÚ' };
    const before = seriesOf(commune);
    const after = seriesOf({ ...commune, date: '2025-07-01' });
    expect(before.key).not.toBe(after.key);
    expect(after.label).toBe('UBND, năm 2025 từ 01/7/2025');
    expect(seriesOf({ ...commune, date: '2026-01-02' }).label).toBe('UBND, năm 2026');
    // A province kept its numbering through the reform.
    expect(seriesOf(state('2025-06-30')).key).toBe(seriesOf(state('2025-07-01')).key);
  });
});

describe('series of a Party body (numbers per type through the term)', () => {
  it('runs per type, across years, from the term start set for the body', () => {
    const term = [{ code: 'ĐU', start: '2025-10-15', perType: false }];
    const a = seriesOf(party('2025-11-02'), term);
    expect(seriesOf(party('2026-08-09'), term).key).toBe(a.key);
    expect(seriesOf(party('2026-08-09', 'BB'), term).key).not.toBe(a.key);
    expect(seriesOf(party('2025-10-14'), term).key).not.toBe(a.key);
    expect(a.label).toBe('ĐU, loại TB, nhiệm kỳ từ 15/10/2025');
  });

  it('starts a commune committee created by the reform on 01/7/2025 when no term start is set', () => {
    expect(seriesOf(party('2026-01-08')).label).toBe('ĐU, loại TB, nhiệm kỳ từ 01/7/2025');
    expect(seriesOf(party('2026-01-08', 'TB', 'THÀNH ỦY HÀ NỘI')).label).toBe(
      'ĐU, loại TB, chưa đặt ngày bắt đầu nhiệm kỳ',
    );
  });
});

describe('numbers in a series', () => {
  const key = seriesOf(state('2026-05-01')).key;
  const entries = [entry(key, 1), entry(key, 2, 'void'), entry(key, 3, 'reserved'), entry(key, 6), entry('other', 9)];

  it('takes one past the highest, voided and reserved numbers included; 01 for an empty series', () => {
    expect(nextNumber(entries, key)).toBe(7);
    expect(nextNumber(entries, 'empty')).toBe(1);
  });

  it('finds who holds a number, and lists the numbers skipped', () => {
    expect(takenBy(entries, key, 2)?.status).toBe('void');
    expect(takenBy(entries, key, 4)).toBeUndefined();
    const gaps = seriesGaps(entries);
    expect(gaps.find((g) => g.series === key)).toEqual({ series: key, label: 'UBND, năm 2026', numbers: [4, 5] });
    expect(gaps.find((g) => g.series === 'other')?.numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('a series that began outside the app (imported documents)', () => {
  const imported = (series: string, number: number) => ({ ...entry(series, number), relation: 'imported' as const });

  it('lists no gap below the lowest imported number; gaps after it are still gaps', () => {
    const gaps = seriesGaps([imported('s', 12), entry('s', 13), entry('s', 16)]);
    expect(gaps).toEqual([{ series: 's', label: 'UBND, năm 2026', numbers: [14, 15] }]);
    expect(seriesGaps([imported('s', 12)])).toEqual([]);
  });

  it('counts from 01 when the app numbered below the imported one', () => {
    expect(seriesGaps([entry('s', 1), imported('s', 5)])[0]?.numbers).toEqual([2, 3, 4]);
  });
});

describe('two-level local government', () => {
  it('tells district-level bodies from communes', () => {
    for (const n of [
      'QUẬN ỦY LONG BIÊN',
      'ỦY BAN NHÂN DÂN HUYỆN SÓC SƠN',
      'ỦY BAN NHÂN DÂN\nTHỊ XÃ SƠN TÂY',
      'THỊ ỦY SƠN TÂY',
    ])
      expect(isDistrictLevel(n), n).toBe(true);
    for (const n of ['ĐẢNG ỦY XÃ MINH PHÚ', 'ỦY BAN NHÂN DÂN\nPHƯỜNG BA ĐÌNH', 'ĐẢNG ỦY ĐẶC KHU PHÚ QUÝ']) {
      expect(isCommuneLevel(n), n).toBe(true);
      expect(isDistrictLevel(n), n).toBe(false);
    }
    expect(isCommuneLevel('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')).toBe(false);
    expect(isCommuneLevel('ỦY BAN NHÂN DÂN THỊ XÃ SƠN TÂY')).toBe(false);
  });

  it('warns about a district body only for documents dated from 01/7/2025', () => {
    const issuer = { name: 'BAN TUYÊN GIÁO', parentBody: 'HUYỆN ỦY SÓC SƠN' };
    expect(districtAfterReform(issuer, '2025-06-30')).toBeNull();
    expect(districtAfterReform(issuer, '2025-07-01')).toContain('Cơ quan ban hành "HUYỆN ỦY SÓC SƠN" là cấp huyện');
    expect(districtAfterReform(issuer, '')).toBeNull();
    expect(
      districtAfterReform({ name: 'ĐẢNG ỦY XÃ MINH PHÚ', parentBody: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG' }, '2026-01-01'),
    ).toBeNull();
  });
});
