/** Read a DOCX as its XML parts: unzip with fflate, check every XML part is well-formed, parse what tests need. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface DocxParts {
  /** Every part by path (`word/document.xml`...), as text for XML parts. */
  xml: Record<string, string>;
  document: string;
  styles: string;
  settings: string;
  headers: Record<string, string>;
}

export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const xml: Record<string, string> = {};
  for (const [path, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(path)) xml[path] = strFromU8(data);
  const headers: Record<string, string> = {};
  for (const [path, text] of Object.entries(xml)) if (/^word\/header\d*\.xml$/.test(path)) headers[path] = text;
  return {
    xml,
    document: xml['word/document.xml'] ?? '',
    styles: xml['word/styles.xml'] ?? '',
    settings: xml['word/settings.xml'] ?? '',
    headers,
  };
}

/** Well-formedness problems of every XML part (empty = all parts parse). */
export function xmlProblems(parts: DocxParts): string[] {
  const out: string[] = [];
  for (const [path, text] of Object.entries(parts.xml)) {
    const r = XMLValidator.validate(text, { allowBooleanAttributes: false });
    if (r !== true) out.push(`${path}: ${r.err.msg} (dòng ${r.err.line})`);
  }
  return out;
}

/** A parsed element in document order: `{ tag: [children...], ':@': { '@_attr': value } }`. */
export type XNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

export function parseXml(text: string): XNode[] {
  return parser.parse(text) as XNode[];
}

export function tagOf(n: XNode): string {
  return Object.keys(n).find((k) => k !== ':@') ?? '';
}
export function childrenOf(n: XNode): XNode[] {
  const v = n[tagOf(n)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}
export function attr(n: XNode | undefined, name: string): string | undefined {
  const a = n?.[':@'] as Record<string, string> | undefined;
  return a?.[`@_${name}`];
}
export function child(n: XNode | undefined, tag: string): XNode | undefined {
  return n ? childrenOf(n).find((c) => tagOf(c) === tag) : undefined;
}
export function kids(n: XNode | undefined, tag: string): XNode[] {
  return n ? childrenOf(n).filter((c) => tagOf(c) === tag) : [];
}
/** Every descendant with the tag, in document order. */
export function all(nodes: XNode[] | XNode, tag: string): XNode[] {
  const out: XNode[] = [];
  const walk = (list: XNode[]) => {
    for (const n of list) {
      if (tagOf(n) === tag) out.push(n);
      walk(childrenOf(n));
    }
  };
  walk(Array.isArray(nodes) ? nodes : [nodes]);
  return out;
}

/** Text of a node: the concatenated `w:t` contents. */
export function textOf(n: XNode): string {
  return all(n, 'w:t')
    .map((t) =>
      childrenOf(t)
        .map((c) => String((c as Record<string, unknown>)['#text'] ?? ''))
        .join(''),
    )
    .join('');
}

/** The body of word/document.xml. */
export function bodyOf(documentXml: string): XNode {
  const body = all(parseXml(documentXml), 'w:body')[0];
  if (!body) throw new Error('Không tìm thấy w:body trong document.xml');
  return body;
}

export interface RunInfo {
  text: string;
  /** Half-points. */
  size?: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  fonts: Record<string, string | undefined>;
  lang?: string;
}

function on(rPr: XNode | undefined, tag: string): boolean {
  const el = child(rPr, tag);
  if (!el) return false;
  const v = attr(el, 'w:val');
  return v === undefined || (v !== 'false' && v !== '0' && v !== 'none');
}

export function runInfo(r: XNode): RunInfo {
  const rPr = child(r, 'w:rPr');
  const rFonts = child(rPr, 'w:rFonts');
  const sz = attr(child(rPr, 'w:sz'), 'w:val');
  return {
    text: textOf(r),
    size: sz === undefined ? undefined : Number(sz),
    bold: on(rPr, 'w:b'),
    italic: on(rPr, 'w:i'),
    underline: on(rPr, 'w:u'),
    fonts: {
      ascii: attr(rFonts, 'w:ascii'),
      hAnsi: attr(rFonts, 'w:hAnsi'),
      cs: attr(rFonts, 'w:cs'),
      eastAsia: attr(rFonts, 'w:eastAsia'),
    },
    lang: attr(child(rPr, 'w:lang'), 'w:val'),
  };
}

export interface ParagraphInfo {
  node: XNode;
  text: string;
  align?: string;
  runs: RunInfo[];
  borderBottom?: XNode;
  indLeft: number;
  indRight: number;
  firstLine: number;
  spacingAfter: number;
  line?: number;
}

export function paragraphInfo(p: XNode): ParagraphInfo {
  const pPr = child(p, 'w:pPr');
  const ind = child(pPr, 'w:ind');
  const spacing = child(pPr, 'w:spacing');
  const line = attr(spacing, 'w:line');
  return {
    node: p,
    text: textOf(p),
    align: attr(child(pPr, 'w:jc'), 'w:val'),
    runs: kids(p, 'w:r').map(runInfo),
    borderBottom: child(child(pPr, 'w:pBdr'), 'w:bottom'),
    indLeft: Number(attr(ind, 'w:left') ?? attr(ind, 'w:start') ?? 0),
    indRight: Number(attr(ind, 'w:right') ?? attr(ind, 'w:end') ?? 0),
    firstLine: Number(attr(ind, 'w:firstLine') ?? 0),
    spacingAfter: Number(attr(spacing, 'w:after') ?? 0),
    line: line === undefined ? undefined : Number(line),
  };
}

/** Top-level body elements in order: paragraphs and tables. */
export function bodyElements(documentXml: string): XNode[] {
  return childrenOf(bodyOf(documentXml)).filter((n) => ['w:p', 'w:tbl', 'w:sectPr'].includes(tagOf(n)));
}

/** A copy of the DOCX with one part rewritten (to prove a check fails on a broken file). */
export function rewriteDocx(bytes: Uint8Array, path: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const part = files[path];
  if (!part) throw new Error(`Không có phần ${path}`);
  files[path] = strToU8(edit(strFromU8(part)));
  return zipSync(files);
}
