/**
 * WordprocessingML parts as a small ordered tree. fast-xml-parser keeps document order
 * (`preserveOrder`) and whitespace (`xml:space="preserve"` text matters); namespace prefixes are
 * dropped, so `w:p` is `p` whatever prefix a tool chose, and `r:id` is `id`.
 */
import { XMLParser } from 'fast-xml-parser';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Character data, for the `#text` nodes only. */
  text?: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Numeric character references (`&#7841;`) are common in text written by other tools.
  htmlEntities: true,
  // Bounds the recursion of every walk over the tree. A table inside a table costs 4 levels
  // (tbl/tr/tc/p); real documents stay far below, a hostile one is refused.
  maxNestedTags: 256,
});

/** The parser's own limit, told apart to say why in Vietnamese. */
export const isTooDeep = (e: unknown) => e instanceof Error && /nested tags/i.test(e.message);

type Raw = Record<string, unknown>;

function convert(raw: Raw): XmlNode | undefined {
  const name = Object.keys(raw).find((k) => k !== ':@');
  if (name === undefined) return undefined;
  if (name === '#text') return { name, attrs: {}, children: [], text: String(raw[name]) };
  const attrs = (raw[':@'] as Record<string, string> | undefined) ?? {};
  const children = ((raw[name] as Raw[] | undefined) ?? []).flatMap((c) => convert(c) ?? []);
  return { name, attrs, children };
}

/** The root element of a part (`document`, `numbering`, `styles`, `hdr`...). */
export function parseXml(xml: string): XmlNode | undefined {
  const top = (parser.parse(xml) as Raw[]).flatMap((r) => convert(r) ?? []);
  return top.find((n) => n.name !== '#text' && !n.name.startsWith('?'));
}

export const child = (node: XmlNode | undefined, name: string) => node?.children.find((c) => c.name === name);
export const children = (node: XmlNode | undefined, name: string) =>
  node?.children.filter((c) => c.name === name) ?? [];
/** `w:val` of a child element, e.g. `val(pPr, 'jc')`. */
export const val = (node: XmlNode | undefined, name: string) => child(node, name)?.attrs.val;

/** A toggle such as `<w:b/>`, `<w:b w:val="0"/>`: undefined when absent. */
export function toggle(node: XmlNode | undefined, name: string): boolean | undefined {
  const el = child(node, name);
  if (!el) return undefined;
  return !['0', 'false', 'off'].includes(el.attrs.val ?? 'true');
}

export function intAttr(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
  return Number(value);
}
