/**
 * Word's automatic numbering resolved to the label a reader sees. No library does this (mammoth,
 * for one, keeps only "is a list item"): the definitions are read from numbering.xml and the counters
 * are kept here while the paragraphs are walked in document order.
 *
 * Model (ECMA-376 §17.9): a paragraph names a numbering instance (`numId`, 0 = none) and a level;
 * the instance points to an abstract definition whose levels give the start value, the number
 * format and the level text (`%1.%2.`: the current values of levels 1 and 2). Instances of one
 * abstract definition continue one list; an instance with `lvlOverride` (`startOverride`, or a
 * whole `lvl`) is a list of its own that starts again. A level restarts when a higher level
 * advances, unless its `lvlRestart` says otherwise.
 */
import type { DocxNumbering } from './types';
import { child, children, intAttr, val, type XmlNode } from './xml';
import { roman } from '../../shared/layout/numbering';

export interface LevelDefinition {
  start: number;
  format: string;
  text: string;
  /** `lvlRestart`: restart after levels shallower than this (1-based); 0 = never; undefined = any. */
  restartAfter?: number;
  /** `isLgl`: every number of the label in decimal (legal numbering, `1.1.` under `I.`). */
  legal: boolean;
  /** The paragraph style this level is linked to. */
  styleId?: string;
}

interface Instance {
  abstractId: string;
  /** Levels replaced or restarted by `lvlOverride`. */
  overrides: Map<number, { start?: number; level?: LevelDefinition }>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, Map<number, LevelDefinition>>;
  instances: Map<number, Instance>;
  /** `numStyleLink`: an abstract definition that takes its levels from a numbering style. */
  styleLinks: Map<string, string>;
}

function readLevel(lvl: XmlNode): LevelDefinition {
  return {
    start: intAttr(val(lvl, 'start')) ?? 0,
    format: val(lvl, 'numFmt') ?? 'decimal',
    text: val(lvl, 'lvlText') ?? '',
    restartAfter: intAttr(val(lvl, 'lvlRestart')),
    legal: child(lvl, 'isLgl') !== undefined && !['0', 'false', 'off'].includes(child(lvl, 'isLgl')!.attrs.val ?? ''),
    styleId: val(lvl, 'pStyle'),
  };
}

function readLevels(parent: XmlNode): Map<number, LevelDefinition> {
  const levels = new Map<number, LevelDefinition>();
  for (const lvl of children(parent, 'lvl')) {
    const ilvl = intAttr(lvl.attrs.ilvl);
    if (ilvl !== undefined) levels.set(ilvl, readLevel(lvl));
  }
  return levels;
}

export function readNumbering(root: XmlNode | undefined): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstracts: new Map(), instances: new Map(), styleLinks: new Map() };
  for (const abs of children(root, 'abstractNum')) {
    const id = abs.attrs.abstractNumId;
    if (id === undefined) continue;
    defs.abstracts.set(id, readLevels(abs));
    const link = val(abs, 'numStyleLink');
    if (link) defs.styleLinks.set(id, link);
  }
  for (const num of children(root, 'num')) {
    const numId = intAttr(num.attrs.numId);
    const abstractId = val(num, 'abstractNumId');
    if (numId === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, { start?: number; level?: LevelDefinition }>();
    for (const o of children(num, 'lvlOverride')) {
      const ilvl = intAttr(o.attrs.ilvl);
      if (ilvl === undefined) continue;
      const lvl = child(o, 'lvl');
      overrides.set(ilvl, { start: intAttr(val(o, 'startOverride')), level: lvl ? readLevel(lvl) : undefined });
    }
    defs.instances.set(numId, { abstractId, overrides });
  }
  return defs;
}

/** Word's letters: a..z, then aa..zz, aaa... (the letter repeated, not a base-26 number). */
function letters(n: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** Bullets drawn from symbol fonts are stored in the private-use area: show the glyph a reader sees. */
const SYMBOL_BULLETS: Record<string, string> = {
  '\uf0b7': '•',
  '\uf0a7': '▪',
  '\uf0d8': '➢',
  '\uf076': '❖',
  '\uf0fc': '✓',
  '\uf0a8': '◆',
  '\uf02d': '-',
};

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'upperRoman':
      return n > 0 ? roman(n) : String(n);
    case 'lowerRoman':
      return n > 0 ? roman(n).toLowerCase() : String(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** Walks paragraphs in document order and gives each numbered one its label. */
export class NumberingCounter {
  /** Current value per level, per list (an abstract definition, or an instance with overrides). */
  private readonly lists = new Map<string, (number | undefined)[]>();

  /**
   * `linkedAbstract`: the abstract definition a numbering style (`numStyleLink`) points to, found by
   * the reader through styles.xml.
   */
  constructor(
    private readonly defs: NumberingDefinitions,
    private readonly linkedAbstract: (styleId: string) => string | undefined = () => undefined,
  ) {}

  private levelsOf(abstractId: string, depth = 0): Map<number, LevelDefinition> | undefined {
    const levels = this.defs.abstracts.get(abstractId);
    if (levels?.size || depth > 0) return levels;
    // A numStyleLink definition has no levels of its own: they are the linked style's list's.
    const link = this.defs.styleLinks.get(abstractId);
    const target = link ? this.linkedAbstract(link) : undefined;
    return target !== undefined ? this.levelsOf(target, depth + 1) : levels;
  }

  /** The definition of level `ilvl` of instance `numId`, overrides applied. */
  level(numId: number, ilvl: number): LevelDefinition | undefined {
    const instance = this.defs.instances.get(numId);
    if (!instance) return undefined;
    const override = instance.overrides.get(ilvl);
    const base = override?.level ?? this.levelsOf(instance.abstractId)?.get(ilvl);
    if (!base) return undefined;
    return override?.start !== undefined ? { ...base, start: override.start } : base;
  }

  /** The level of instance `numId` linked to paragraph style `styleId`, if any. */
  levelOfStyle(numId: number, styleId: string): number | undefined {
    const instance = this.defs.instances.get(numId);
    const levels = instance && this.levelsOf(instance.abstractId);
    for (const [ilvl, lvl] of levels ?? []) if (lvl.styleId === styleId) return ilvl;
    return undefined;
  }

  /** Count a paragraph of instance `numId` at level `ilvl`; undefined when numId is 0 or undefined. */
  next(numId: number, ilvl: number): DocxNumbering | undefined {
    const instance = this.defs.instances.get(numId);
    if (numId === 0 || !instance) return undefined;
    const level = Math.max(0, Math.min(8, ilvl));
    const def = this.level(numId, level);
    if (!def) return undefined;
    const key = instance.overrides.size ? `num:${numId}` : `abstract:${instance.abstractId}`;
    let values = this.lists.get(key);
    if (!values) this.lists.set(key, (values = []));

    values[level] = values[level] === undefined ? def.start : values[level]! + 1;
    // A list that begins deeper shows the shallower levels at their start values (`1.1.`), and
    // those count as used: the next item one level up is `2.`, as in Word.
    for (let shallower = 0; shallower < level; shallower++) values[shallower] ??= this.level(numId, shallower)?.start;
    for (let deeper = level + 1; deeper < 9; deeper++) {
      const restartAfter = this.level(numId, deeper)?.restartAfter;
      if (restartAfter === undefined ? true : restartAfter > 0 && level < restartAfter) values[deeper] = undefined;
    }

    let label: string;
    if (def.format === 'bullet') label = Array.from(def.text, (c) => SYMBOL_BULLETS[c] ?? c).join('');
    else
      label = def.text.replace(/%([1-9])/g, (_, d: string) => {
        const at = Number(d) - 1;
        const shown = this.level(numId, at);
        if (!shown) return '';
        const value = values[at] ?? shown.start;
        return formatNumber(value, def.legal ? 'decimal' : shown.format);
      });
    return { label, numId, level, format: def.format };
  }
}
