/**
 * Which series a number is taken from, and what the series holds: the next number, taken numbers,
 * gaps. State bodies (Nghị định 30/2020, Điều 15): numbers run from 01 on 1 January to 31 December,
 * one series for all types unless the office keeps one per type. Party bodies (Hướng dẫn 36-HD/VPTW,
 * kept by Quy định 399-QĐ/TW): from 01 for each document type through the committee's term.
 */
import { foldVietnamese, formatShortDate } from '../text/vietnamese';
import { isCommuneLevel, REFORM_DATE } from '../profile/localGovernment';
import type { RegisterEntry, SeriesSetting } from './schema';

export interface SeriesInput {
  basis: 'nd30' | 'hd36';
  bodyCode: string;
  bodyName: string;
  typeCode: string;
  /** `YYYY-MM-DD`: the document's date. */
  date: string;
}

export interface Series {
  /** Stored in each entry: numbers are unique among entries with the same key. */
  key: string;
  /** First day of the series (`''`: a Party term with no start known). */
  start: string;
  /** Vietnamese, for lists: `ĐKTLN, năm 2026`, `ĐU, loại TB, nhiệm kỳ từ 01/7/2025`. */
  label: string;
}

const fold = (s: string) => foldVietnamese(s).toUpperCase();

function settingFor(code: string, settings: readonly SeriesSetting[]): SeriesSetting | undefined {
  return settings.find((s) => fold(s.code) === fold(code));
}

/** The body's series start: its setting, or the reform date for a commune-level body created by it. */
export function seriesStartOf(input: Pick<SeriesInput, 'bodyCode' | 'bodyName'>, settings: readonly SeriesSetting[]) {
  const set = settingFor(input.bodyCode, settings)?.start;
  if (set) return set;
  return isCommuneLevel(input.bodyName) ? REFORM_DATE : '';
}

export function seriesOf(input: SeriesInput, settings: readonly SeriesSetting[] = []): Series {
  const body = `${fold(input.bodyCode)}|${fold(input.bodyName)}`;
  const bodyStart = seriesStartOf(input, settings);
  const started = bodyStart !== '' && bodyStart <= input.date;
  const code = input.bodyCode.trim() || '(chưa có mã)';
  if (input.basis === 'nd30') {
    const year = input.date.slice(0, 4);
    const yearStart = `${year}-01-01`;
    // A body created mid-year (the 2025 reform) numbers from 01 on the day it was created.
    const start = started && bodyStart > yearStart ? bodyStart : yearStart;
    const perType = settingFor(input.bodyCode, settings)?.perType ?? false;
    const type = perType ? input.typeCode.trim() : '*';
    const label = `${code}${perType ? `, loại ${type}` : ''}, năm ${year}${start === yearStart ? '' : ` từ ${formatShortDate(start)}`}`;
    return { key: `nd30|${body}|${type}|${start}`, start, label };
  }
  const start = started ? bodyStart : '';
  const type = input.typeCode.trim();
  const label = `${code}, loại ${type}, ${start ? `nhiệm kỳ từ ${formatShortDate(start)}` : 'chưa đặt ngày bắt đầu nhiệm kỳ'}`;
  return { key: `hd36|${body}|${type}|${start}`, start, label };
}

export function entriesOf(entries: readonly RegisterEntry[], seriesKey: string): RegisterEntry[] {
  return entries.filter((e) => e.series === seriesKey);
}

/** The next number: one past the highest ever taken (voided and reserved numbers are never reused). */
export function nextNumber(entries: readonly RegisterEntry[], seriesKey: string): number {
  let max = 0;
  for (const e of entries) if (e.series === seriesKey && e.number > max) max = e.number;
  return max + 1;
}

/** The entry holding `number` in the series, if any. */
export function takenBy(
  entries: readonly RegisterEntry[],
  seriesKey: string,
  number: number,
): RegisterEntry | undefined {
  return entries.find((e) => e.series === seriesKey && e.number === number);
}

export interface SeriesGap {
  series: string;
  label: string;
  numbers: number[];
}

/**
 * Numbers below the highest of each series that no entry holds (a typed number skipped them). A
 * series whose lowest number came from an imported document began before the register was kept
 * here: the numbers below it were issued outside the app, not skipped.
 */
export function seriesGaps(entries: readonly RegisterEntry[]): SeriesGap[] {
  const bySeries = new Map<
    string,
    { label: string; taken: Set<number>; max: number; lowest: number; lowestImported: boolean }
  >();
  for (const e of entries) {
    const s = bySeries.get(e.series) ?? {
      label: e.seriesLabel,
      taken: new Set<number>(),
      max: 0,
      lowest: Infinity,
      lowestImported: false,
    };
    s.taken.add(e.number);
    s.max = Math.max(s.max, e.number);
    if (e.number < s.lowest || (e.number === s.lowest && e.relation !== 'imported')) {
      s.lowest = e.number;
      s.lowestImported = e.relation === 'imported';
    }
    bySeries.set(e.series, s);
  }
  const out: SeriesGap[] = [];
  for (const [series, s] of bySeries) {
    const numbers: number[] = [];
    for (let n = s.lowestImported ? s.lowest : 1; n < s.max; n++) if (!s.taken.has(n)) numbers.push(n);
    if (numbers.length) out.push({ series, label: s.label, numbers });
  }
  return out;
}
