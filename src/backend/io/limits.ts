/**
 * How many bytes an outside file (a backup, a meeting or profile file given to the CLI) may make us
 * hold in memory. Every number is checked before the bytes are read or inflated, so a hostile file
 * (`/dev/zero`, a zip bomb, a lying ZIP header) is refused at once instead of exhausting memory.
 *
 * Sizing: a real meeting file is about 10 KB (the two examples: 9.2 and 9.8 KB) and a very long one
 * (a 51-page minutes) about 150 KB; a library of 5,000 meetings is about 50 MB of JSON, 5-10 MB zipped.
 */
const MiB = 1024 * 1024;

export const LIMITS = {
  /**
   * One JSON file: a meeting, a profile, settings, the directory, inside a backup or given to the
   * CLI. 16 MiB is a hundred times the longest real meeting, and far below V8's largest string
   * (about 512 MiB, where `ERR_STRING_TOO_LONG` starts).
   */
  jsonFileBytes: 16 * MiB,
  /**
   * Everything a backup inflates to, summed over its entries: ten times a 5,000-meeting library of
   * 10 KB meetings. Entries are inflated one at a time, so this bounds the work, not the memory.
   */
  backupUnzippedBytes: 512 * MiB,
  /** The .zip itself: its deflated entries cannot legitimately be larger than what they inflate to. */
  backupArchiveBytes: 512 * MiB,
  /**
   * Entries in a backup: 5,000 meetings plus profiles, settings, directory and manifest fit many
   * times over; 60,000 stays below the 65,535 a ZIP holds without ZIP64, which we never write.
   */
  backupEntries: 60_000,
  /**
   * A Word file to import: a 500-page document with pictures is about 20 MB; 64 MiB leaves room
   * for scanned pages while keeping a hostile file from the memory.
   */
  docxFileBytes: 64 * MiB,
  /**
   * One part of it, inflated: the text of a 500-page document (document.xml) is about 15 MB;
   * pictures are listed but never inflated.
   */
  docxPartBytes: 64 * MiB,
  /** Every part together, inflated, pictures included (only the XML parts are read, one at a time). */
  docxUnzippedBytes: 512 * MiB,
  /** Parts in the package: a real document has a few dozen (each picture, header, footer is one). */
  docxEntries: 10_000,
} as const;

/** `12,3 MB` or `9,4 KB` for messages (Vietnamese decimal comma). */
export function formatMegabytes(bytes: number): string {
  const [value, unit] = bytes < MiB ? [bytes / 1024, 'KB'] : [bytes / MiB, 'MB'];
  return `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} ${unit}`;
}
