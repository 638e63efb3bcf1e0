/** The recognition as it crosses IPC: zod schemas of what recognize() gives, per file imported. */
import { z } from 'zod';
import { Meeting } from '../model/meeting';

export const SourceLineSchema = z.object({
  n: z.number().int().min(1),
  text: z.string().max(200_000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  align: z.enum(['left', 'center', 'right', 'justify']).optional(),
  cell: z.object({ table: z.number().int(), row: z.number().int(), col: z.number().int() }).optional(),
});

export const FieldSourceSchema = z.object({
  field: z.string().max(200),
  label: z.string().max(200),
  lines: z.array(z.number().int()).max(200_000),
  uncertain: z.boolean(),
});

export const RecognitionSchema = z.object({
  meeting: Meeting,
  kind: z.enum(['notice', 'minutes']).nullable(),
  profileId: z.enum(['nd30-2020', 'hd36-2018']),
  fields: z.array(FieldSourceSchema).max(20_000),
  empty: z.array(z.string().max(200)).max(100),
  lines: z.array(SourceLineSchema).max(200_000),
});

/** One file of an import: what was read, or why it could not be. */
export const ImportItemSchema = z.object({
  /** The file's name, as the summary shows it. */
  file: z.string().max(4096),
  recognition: RecognitionSchema.optional(),
  /** Vietnamese, when the file could not be read. */
  error: z.string().max(2000).optional(),
});
export type ImportItem = z.infer<typeof ImportItemSchema>;
