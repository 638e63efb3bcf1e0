/**
 * The conclusions read back as an outline: headed parts (`I.`, `I-`), items (`1.`, `1-`, `a)`,
 * `Một là,`), sub-items (`2.1.`, `a)` under numbered items, `-` under lettered ones), the text of
 * each as printed, then the paragraphs after the tasks (`Trên đây là ...`). Numbers are dropped: the
 * profile prints them. Tracking data is read from the text where it names a unit or a deadline.
 */
import type { Conclusions, Deadline, Item, Part, SubItem, Task } from '../model/meeting';
import { EMPTY_TASK } from '../model/meeting';
import { shortDateIn } from './lines';

export interface Para {
  n: number;
  text: string;
}

export interface OutlineSource {
  /** Part, item or sub-item id, or `after`. */
  id: string;
  label: string;
  lines: number[];
  uncertain: boolean;
}

const PART = /^([IVX]+)\s*[.-]\s*(\S.*)$/u;
const NESTED = /^(\d+)\.(\d+)\.?\s*(?:[.-]\s*)?(.*)$/u;
const DECIMAL = /^(\d+)\s*[.-](?!\d)\s*(.*)$/u;
const ALPHA = /^([a-zđ])\)\s*(.*)$/u;
const WORDS = /^(?:(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là|Thứ \d+),\s*(.*)$/u;
const DASH = /^[-–•]\s+(.*)$/u;
const AFTER = /^Trên đây(?![\p{L}\p{N}])/u;

type Level = 'decimal' | 'alpha' | 'words';

function itemLevel(text: string): Level | null {
  if (NESTED.test(text)) return null;
  if (DECIMAL.test(text)) return 'decimal';
  if (ALPHA.test(text)) return 'alpha';
  if (WORDS.test(text)) return 'words';
  return null;
}

/** Read a unit in charge, supporting units and a deadline from a task's text; null when it names none. */
export function trackingIn(text: string): Task | null {
  const lead =
    /[Gg]iao\s+(.{2,120}?)\s+(?:chủ trì|thực hiện|tham mưu|khẩn trương|hoàn thành)/u.exec(text)?.[1] ??
    /^(.{2,80}?)\s+chủ trì(?:,|\s+phối hợp)/u.exec(text)?.[1] ??
    '';
  // The first unit named after `phối hợp với` (a comma may as well end the clause: the review checks it).
  const supportText =
    /phối hợp với\s+(.{2,160}?)(?:\s+(?:để|trong|trước)(?![\p{L}\p{N}])|[.,;]|$)/u.exec(text)?.[1]?.trim() ?? '';
  const support = supportText ? [supportText] : [];
  let deadline: Deadline = { kind: 'none' };
  const dated = /(?:trước|chậm nhất|hạn|trong)\s+(?:ngày\s+)?(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})/u.exec(text);
  const iso = dated ? shortDateIn(dated[1]!) : '';
  if (iso) deadline = { kind: 'date', date: iso };
  else {
    const relative = /(trong (?:thời hạn|vòng) [^.;,]{3,80})/u.exec(text)?.[1];
    const period = /(hằng (?:ngày|tuần|tháng|quý|năm)|định kỳ [^.;,]{2,40}|thường xuyên)/u.exec(text)?.[1];
    if (relative) deadline = { kind: 'relative', text: relative.trim() };
    else if (period) deadline = { kind: 'period', text: period.trim() };
  }
  if (!lead.trim() && deadline.kind === 'none') return null;
  return { ...EMPTY_TASK, lead: lead.trim(), support: lead.trim() ? support : [], deadline };
}

const append = (text: string, line: string) => (text ? `${text}\n${line}` : line);

/** Paragraphs (after the lead-in or the minutes' conclusions heading) -> the outline and where each entry came from. */
export function readOutline(
  paras: readonly Para[],
  nextId: (prefix: string) => string,
): {
  conclusions: Conclusions;
  sources: OutlineSource[];
} {
  const parts: Part[] = [];
  const sources: OutlineSource[] = [];
  let after = '';
  const afterLines: number[] = [];
  // The item level is the first numbered style met that is not a part; sub-items follow from it.
  const firstItem = paras.map((p) => itemLevel(p.text)).find((l) => l !== null) ?? 'decimal';
  let part: Part | null = null;
  let item: Item | null = null;
  let sub: SubItem | null = null;
  let inAfter = false;
  const src = (id: string, label: string, n: number) => {
    const s = { id, label, lines: [n], uncertain: false };
    sources.push(s);
    return s;
  };
  const lastSource = () => sources[sources.length - 1];
  const ensurePart = () => {
    if (!part) {
      // A part without a heading is only a field of its own once it has text.
      part = { id: nextId('p'), heading: '', text: '', items: [] };
      parts.push(part);
    }
    return part;
  };
  const newItem = (text: string, n: number) => {
    item = { id: nextId('i'), text, items: [], task: EMPTY_TASK };
    sub = null;
    ensurePart().items.push(item);
    src(item.id, 'Kết luận: mục', n);
  };
  const newSub = (text: string, n: number) => {
    if (!item) newItem('', n);
    sub = { id: nextId('s'), text, task: EMPTY_TASK };
    item!.items.push(sub);
    src(sub.id, 'Kết luận: tiểu mục', n);
  };

  for (const { n, text } of paras) {
    const partM = PART.exec(text);
    const level = itemLevel(text);
    const nested = NESTED.exec(text);
    if (partM) {
      inAfter = false;
      part = { id: nextId('p'), heading: partM[2]!.trim(), text: '', items: [] };
      parts.push(part);
      item = null;
      sub = null;
      src(part.id, 'Kết luận: phần', n);
    } else if (nested && firstItem === 'decimal') {
      inAfter = false;
      newSub(nested[3]!, n);
    } else if (level === firstItem) {
      inAfter = false;
      const m = (level === 'decimal' ? DECIMAL : level === 'alpha' ? ALPHA : WORDS).exec(text)!;
      newItem(m[2]!, n);
    } else if (level === 'alpha' && firstItem !== 'alpha' && item) {
      inAfter = false;
      newSub(ALPHA.exec(text)![2]!, n);
    } else if (DASH.test(text) && firstItem === 'alpha' && item && !inAfter) {
      newSub(DASH.exec(text)![1]!, n);
    } else if (inAfter || (AFTER.test(text) && (item || part))) {
      inAfter = true;
      after = append(after, text);
      afterLines.push(n);
    } else if (sub) {
      const s: SubItem = sub;
      s.text = append(s.text, text);
      lastSource()!.lines.push(n);
    } else if (item) {
      const i: Item = item;
      i.text = append(i.text, text);
      sources.find((x) => x.id === i.id)!.lines.push(n);
    } else {
      const p = ensurePart();
      p.text = append(p.text, text);
      const s = sources.find((x) => x.id === p.id);
      if (s) s.lines.push(n);
      else src(p.id, 'Kết luận: đoạn mở', n);
    }
  }
  // Tracking data: only where the text itself names a unit in charge or a deadline, marked for review.
  for (const p of parts)
    for (const i of p.items)
      for (const e of [i, ...i.items]) {
        const task = trackingIn(e.text);
        if (!task) continue;
        e.task = task;
        const s = sources.find((x) => x.id === e.id);
        if (s)
          sources.push({
            id: `${e.id}.task`,
            label: 'Theo dõi: đơn vị chủ trì, thời hạn',
            lines: s.lines,
            uncertain: true,
          });
      }
  if (afterLines.length)
    sources.push({ id: 'after', label: 'Kết luận: đoạn sau', lines: afterLines, uncertain: false });
  return { conclusions: { parts, after }, sources };
}
