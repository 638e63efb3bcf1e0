/**
 * styles.xml as the reader needs it: what a paragraph inherits from its style's `basedOn` chain
 * (alignment, numbering, run formatting) and what a run inherits from its character style.
 */
import type { Alignment } from './types';
import { child, children, intAttr, toggle, val, type XmlNode } from './xml';

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  sizePt?: number;
  /** The font Vietnamese letters are drawn with: `hAnsi`, else `ascii` (resolved by runFormat). */
  font?: string;
  /** The two slots as this layer sets them: a run may change one and inherit the other. */
  hAnsi?: string;
  ascii?: string;
  /** `caps`: drawn in capitals whatever was typed. */
  caps?: boolean;
  /** `vanish`: hidden text, not on the page. */
  hidden?: boolean;
}

interface Style {
  type: string;
  basedOn?: string;
  pPr?: XmlNode;
  rPr?: XmlNode;
  tblPr?: XmlNode;
}

/** Inheritance deeper than this is a loop or a hostile file. */
const MAX_CHAIN = 32;

/** The document theme's two Latin fonts (theme1.xml), which `hAnsiTheme="minorHAnsi"` and the like name. */
export interface ThemeFonts {
  major?: string;
  minor?: string;
}

export function readThemeFonts(theme: XmlNode | undefined): ThemeFonts {
  const scheme = child(child(theme, 'themeElements'), 'fontScheme');
  const latin = (name: string) => child(child(scheme, name), 'latin')?.attrs.typeface || undefined;
  return { major: latin('majorFont'), minor: latin('minorFont') };
}

/** A font slot of `rFonts`: its theme attribute wins over its explicit name, as in Word. */
function slot(fonts: XmlNode | undefined, name: 'hAnsi' | 'ascii', theme: ThemeFonts): string | undefined {
  const themed = fonts?.attrs[`${name}Theme`];
  if (themed) return (themed.startsWith('major') ? theme.major : theme.minor) ?? fonts.attrs[name];
  return fonts?.attrs[name];
}

/** Direct run formatting of an `rPr`, only what it says. */
export function readRunFormat(rPr: XmlNode | undefined, theme: ThemeFonts = {}): RunFormat {
  if (!rPr) return {};
  const format: RunFormat = {};
  const bold = toggle(rPr, 'b');
  if (bold !== undefined) format.bold = bold;
  const italic = toggle(rPr, 'i');
  if (italic !== undefined) format.italic = italic;
  const caps = toggle(rPr, 'caps');
  if (caps !== undefined) format.caps = caps;
  const hidden = toggle(rPr, 'vanish');
  if (hidden !== undefined) format.hidden = hidden;
  const u = child(rPr, 'u');
  if (u) format.underline = (u.attrs.val ?? 'single') !== 'none';
  const sz = intAttr(val(rPr, 'sz'));
  if (sz !== undefined) format.sizePt = sz / 2;
  const fonts = child(rPr, 'rFonts');
  const hAnsi = slot(fonts, 'hAnsi', theme);
  if (hAnsi) format.hAnsi = hAnsi;
  const ascii = slot(fonts, 'ascii', theme);
  if (ascii) format.ascii = ascii;
  return format;
}

const ALIGNMENTS: Record<string, Alignment> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
};

export interface ParagraphNumbering {
  numId?: number;
  ilvl?: number;
}

export class Styles {
  private readonly styles = new Map<string, Style>();
  private readonly defaultRun: RunFormat;
  private readonly defaultParagraphStyle?: string;

  constructor(
    root: XmlNode | undefined,
    private readonly theme: ThemeFonts = {},
  ) {
    let defaultParagraph: string | undefined;
    for (const s of children(root, 'style')) {
      const id = s.attrs.styleId;
      if (!id) continue;
      const type = s.attrs.type ?? 'paragraph';
      this.styles.set(id, {
        type,
        basedOn: val(s, 'basedOn'),
        pPr: child(s, 'pPr'),
        rPr: child(s, 'rPr'),
        tblPr: child(s, 'tblPr'),
      });
      if (type === 'paragraph' && ['1', 'true', 'on'].includes(s.attrs.default ?? '')) defaultParagraph = id;
    }
    this.defaultParagraphStyle = defaultParagraph;
    this.defaultRun = readRunFormat(child(child(child(root, 'docDefaults'), 'rPrDefault'), 'rPr'), theme);
  }

  /** The style and its ancestors, nearest first. */
  private chain(styleId: string | undefined): Style[] {
    const out: Style[] = [];
    const seen = new Set<string>();
    for (let id = styleId; id !== undefined && !seen.has(id) && out.length < MAX_CHAIN;) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) break;
      out.push(style);
      id = style.basedOn;
    }
    return out;
  }

  paragraphStyleOf(pStyle: string | undefined): string | undefined {
    return pStyle ?? this.defaultParagraphStyle;
  }

  alignment(styleId: string | undefined, pPr: XmlNode | undefined): Alignment | undefined {
    const jc =
      val(pPr, 'jc') ??
      this.chain(styleId)
        .map((s) => val(s.pPr, 'jc'))
        .find((v) => v !== undefined);
    return jc ? ALIGNMENTS[jc] : undefined;
  }

  /** numId and ilvl, each from the paragraph or else the nearest style in the chain that sets it. */
  numbering(styleId: string | undefined, pPr: XmlNode | undefined): ParagraphNumbering {
    const sources = [child(pPr, 'numPr'), ...this.chain(styleId).map((s) => child(s.pPr, 'numPr'))];
    const pick = (name: string) => sources.map((n) => intAttr(val(n, name))).find((v): v is number => v !== undefined);
    return { numId: pick('numId'), ilvl: pick('ilvl') };
  }

  /** The `numId` a numbering style (`numStyleLink` target) carries. */
  numIdOfStyle(styleId: string): number | undefined {
    return this.numbering(styleId, undefined).numId;
  }

  /** Run formatting: defaults, then paragraph style chain, then character style chain, then direct. */
  runFormat(paragraphStyle: string | undefined, rPr: XmlNode | undefined): RunFormat {
    const layers = [
      this.defaultRun,
      ...this.chain(paragraphStyle)
        .reverse()
        .map((s) => readRunFormat(s.rPr, this.theme)),
      ...this.chain(val(rPr, 'rStyle'))
        .reverse()
        .map((s) => readRunFormat(s.rPr, this.theme)),
      readRunFormat(rPr, this.theme),
    ];
    const { hAnsi, ascii, ...format } = Object.assign({}, ...layers) as RunFormat;
    // Word draws characters above U+007F (all of Vietnamese, and every legacy TCVN3/VNI code) in the
    // hAnsi font, plain ASCII in the ascii font; the complex-script and East Asian slots never apply.
    const font = hAnsi ?? ascii;
    return font ? { ...format, font } : format;
  }

  /** Table properties of a table style and its ancestors, nearest first. */
  tableProperties(styleId: string | undefined): XmlNode[] {
    return this.chain(styleId).flatMap((s) => s.tblPr ?? []);
  }
}
