/**
 * A format profile is data: every number of an official format (page, fonts, sizes, header variant,
 * number style, authority style, recipients style, labels). Offices copy and adjust one without code.
 */
import { z } from 'zod';

const pt = (min: number, max: number) => z.number().min(min).max(max);
const mm = z.number().min(0).max(80);
const text = z.string().max(500);

export const TextStyle = z.object({
  sizePt: pt(8, 30),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  underline: z.boolean().default(false),
});

/** How an outline level is numbered: `I.`, `1.`, `2.1.`, `a)`, `-`, `Một là,`. */
export const NumberingStyle = z.enum(['roman', 'decimal', 'nested', 'alpha', 'dash', 'words']);
const Numbering = z.object({ part: NumberingStyle, item: NumberingStyle, subItem: NumberingStyle });

export const FormatProfile = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'Mã thể thức chỉ gồm chữ thường, số, ".", "-", "_".' }),
  version: z.number().int().min(1),
  name: z.string().min(1).max(200),
  /** Which rule book the profile follows; decides the few structural variants. */
  basis: z.enum(['nd30', 'hd36']),
  builtIn: z.boolean().default(false),
  page: z.object({
    widthTwip: z.number().int().min(5000).max(20000),
    heightTwip: z.number().int().min(5000).max(30000),
    marginTopMm: mm,
    marginBottomMm: mm,
    marginLeftMm: mm,
    marginRightMm: mm,
    /** Distance of the page-number header from the top edge. */
    headerMm: mm,
  }),
  font: z.object({ family: z.string().min(1).max(100), lang: z.string().min(2).max(20) }),
  pageNumber: z.object({ sizePt: pt(8, 20), firstPage: z.boolean() }),
  body: z.object({
    sizePt: pt(10, 20),
    firstLineIndentCm: z.number().min(0).max(3),
    spacingAfterPt: z.number().min(0).max(30),
    /** Line spacing as a multiple of single (1 to 1.5 allowed by ND30). */
    lineSpacing: z.number().min(1).max(2),
    closingMark: text,
  }),
  header: z.object({
    /** Share of the text width given to the left (issuing body) column. */
    leftColumnPct: z.number().min(30).max(60),
    nationalTitle: z.object({ text, style: TextStyle }),
    /** ND30's motto line; null for HD36. */
    motto: z.object({ text, style: TextStyle }).nullable(),
    parentBody: TextStyle,
    issuingBody: TextStyle,
    /** Under the issuing body: a short rule (ND30) or a centred asterisk (HD36). */
    issuerMark: z.enum(['rule', 'asterisk']),
    /** Rule length as a share of the text above it (1/3 to 1/2 under the issuer, full under the motto). */
    issuerRuleRatio: z.number().min(0.2).max(1),
    number: z.object({ style: z.enum(['nd30', 'hd36']), sizePt: pt(10, 20) }),
    placeDate: TextStyle,
    /** ND30's minutes template has no date line at the top. */
    minutesPlaceDate: z.boolean(),
  }),
  title: z.object({
    documentType: TextStyle,
    summary: TextStyle,
    summaryCase: z.enum(['capital', 'lower']),
    separator: z.enum(['rule', 'dashes']),
    separatorText: text,
    ruleRatio: z.number().min(0.2).max(1),
  }),
  signature: z.object({
    authorityStyle: z.enum(['period', 'slash']),
    authority: TextStyle,
    position: TextStyle,
    name: TextStyle,
    blankLines: z.number().int().min(1).max(8),
  }),
  recipients: z.object({
    label: z.object({ text, style: TextStyle }),
    lineSizePt: pt(8, 16),
    lineEnd: z.enum([';', ',']),
    /** Archive line prefix: `Lưu: ` (ND30, then `VT, ...`) or `Lưu ` (HD36). */
    archivePrefix: text,
    archiveDefault: text,
  }),
  /** How the content is written: attendee lines and the numbering of the conclusions in each document. */
  content: z
    .object({
      /** `- đồng chí Nguyễn Văn A - ...;` (dash) or `Ông: Nguyễn Văn A - ...;` (honorific, state records). */
      attendeeStyle: z.enum(['dash', 'honorific']).default('dash'),
      notice: Numbering.default({ part: 'roman', item: 'decimal', subItem: 'nested' }),
      /** The minutes nest the conclusions under their own numbered heading. */
      minutes: Numbering.default({ part: 'roman', item: 'alpha', subItem: 'dash' }),
    })
    .default({
      attendeeStyle: 'dash',
      notice: { part: 'roman', item: 'decimal', subItem: 'nested' },
      minutes: { part: 'roman', item: 'alpha', subItem: 'dash' },
    }),
  labels: z.object({
    notice: text,
    minutes: text,
    typeCodes: z.object({ notice: text, minutes: text }),
    secretary: text,
    chair: text,
    startTime: text,
    place: text,
    attendees: text,
    presiding: text,
    secretaryFact: text,
    content: text,
    /** The optional part of the minutes that sums up the content. */
    contentSummary: text.default('Tóm tắt nội dung:'),
    /** The minutes' heading over the discussion. */
    opinions: text.default('Ý kiến phát biểu:'),
  }),
  /**
   * Where a value comes from, by its path (`body.firstLineIndentCm`: `Hướng dẫn ... (tóm tắt)`), so an
   * office that finds the official text can correct the value in Settings and see what it replaces.
   */
  sources: z.record(z.string().max(200), z.string().max(1_000)).default({}),
});

export type TextStyle = z.infer<typeof TextStyle>;
export type NumberingStyle = z.infer<typeof NumberingStyle>;
export type FormatProfile = z.infer<typeof FormatProfile>;
export type FormatProfileInput = z.input<typeof FormatProfile>;
