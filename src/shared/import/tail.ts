/** What follows the body: `Nơi nhận` with its lines and the archive line, and the signature blocks. */
import type { Authority, Recipient, Signer } from '../model/meeting';
import { fold, isUpperLine, trimEnd } from './lines';
import type { SourceLine } from './types';

const AUTHORITY: Array<[RegExp, Exclude<Authority, 'none'>, 'period' | 'slash']> = [
  [/^T\s*\/\s*UQ\.?\s+(.*)$/u, 'TUQ', 'slash'],
  [/^T\s*\/\s*M\.?\s+(.*)$/u, 'TM', 'slash'],
  [/^K\s*\/\s*T\.?\s+(.*)$/u, 'KT', 'slash'],
  [/^T\s*\/\s*L\.?\s+(.*)$/u, 'TL', 'slash'],
  [/^TUQ\.\s*(.*)$/u, 'TUQ', 'period'],
  [/^TM\.\s*(.*)$/u, 'TM', 'period'],
  [/^KT\.\s*(.*)$/u, 'KT', 'period'],
  [/^TL\.\s*(.*)$/u, 'TL', 'period'],
  [/^Q\.\s*(.*)$/u, 'Q', 'period'],
];

export function authorityOf(
  text: string,
): { authority: Exclude<Authority, 'none'>; of: string; style: 'period' | 'slash' } | null {
  for (const [re, authority, style] of AUTHORITY) {
    const m = re.exec(text.trim());
    if (m) return { authority, of: m[1]!.trim(), style };
  }
  return null;
}

export const isRecipientsLabel = (text: string) => /^noi nhan\s*:?$/.test(fold(text));
const ARCHIVE = /^[-–•]?\s*Lưu\s*:?\s*(.*)$/u;

export interface RecipientsRead {
  recipients: Recipient[];
  archive: string;
  lines: number[];
  archiveLine: number | null;
}

/** `- Thường trực Thành ủy (b/c);` -> text and note; `- Lưu: VT, Hồ sơ.` -> the archive. */
export function readRecipients(lines: readonly SourceLine[]): RecipientsRead {
  const out: RecipientsRead = { recipients: [], archive: '', lines: [], archiveLine: null };
  for (const l of lines) {
    if (!l.text.trim() || isRecipientsLabel(l.text)) continue;
    const archive = ARCHIVE.exec(l.text.trim());
    if (archive) {
      out.archive = trimEnd(archive[1]!);
      out.archiveLine = l.n;
      continue;
    }
    const text = trimEnd(l.text.replace(/^[-–•+]\s*/u, ''));
    const note = /\s*(\([^()]{1,20}\))$/u.exec(text);
    out.recipients.push(note ? { text: text.slice(0, note.index).trim(), note: note[1]! } : { text, note: '' });
    out.lines.push(l.n);
  }
  return out;
}

export interface SignerRead {
  signer: Signer;
  lines: number[];
  style: 'period' | 'slash' | null;
}

/**
 * One signature block: heading lines, an authority line (`TL. CHỦ TỊCH`, `T/L TRƯỞNG BAN`), the
 * position line, then the name (the one line not in capitals). Without an authority the last line
 * in capitals is the position and those above it the heading.
 */
export function readSigner(lines: readonly SourceLine[]): SignerRead | null {
  const ls = lines.filter((l) => l.text.trim());
  if (!ls.length) return null;
  // In a cell the name sits below the space left to sign: the lines after the last gap, whatever their case.
  const lastGap = lines.findLastIndex((l, i) => !l.text.trim() && i > 0 && lines[i - 1]!.text.trim() !== '');
  const belowGap = lastGap >= 0 ? lines.slice(lastGap).filter((l) => l.text.trim()) : [];
  const last = ls[ls.length - 1]!;
  const name =
    lastGap >= 0 ? belowGap.map((l) => l.text.trim()).join(' ') : isUpperLine(last.text) ? '' : last.text.trim();
  const named = lastGap >= 0 ? belowGap.length : name ? 1 : 0;
  const above = ls.slice(0, ls.length - named);
  const at = above.findIndex((l) => authorityOf(l.text));
  const signer: Signer = { heading: '', authority: 'none', authorityOf: '', position: '', name };
  let style: SignerRead['style'] = null;
  if (at >= 0) {
    const a = authorityOf(above[at]!.text)!;
    signer.authority = a.authority;
    signer.authorityOf = a.of;
    style = a.style;
    signer.heading = above
      .slice(0, at)
      .map((l) => l.text.trim())
      .join('\n');
    signer.position = above
      .slice(at + 1)
      .map((l) => l.text.trim())
      .join(' ');
  } else if (above.length) {
    signer.heading = above
      .slice(0, -1)
      .map((l) => l.text.trim())
      .join('\n');
    signer.position = above[above.length - 1]!.text.trim();
  }
  return { signer, lines: ls.map((l) => l.n), style };
}

/**
 * Signature blocks from lines without cells (pasted text): a block ends at its name (a line not in
 * capitals), or where a second authority line starts the next one.
 */
export function splitSigners(lines: readonly SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let cur: SourceLine[] = [];
  for (const l of lines) {
    if (!l.text.trim()) continue;
    if (authorityOf(l.text) && cur.some((x) => authorityOf(x.text))) {
      blocks.push(cur);
      cur = [];
    }
    cur.push(l);
    if (!isUpperLine(l.text)) {
      blocks.push(cur);
      cur = [];
    }
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}
