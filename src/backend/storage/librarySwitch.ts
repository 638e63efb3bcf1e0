/**
 * Replacing the library in one step (a restore from a backup). The new library is staged whole in
 * `<data>/restore/new/` (same file system as the live one, every file fsynced) while the live
 * library is untouched; then `restore/journal.json` is written atomically: that write is the commit.
 * The switch renames each live item (`meetings/`, `profiles/`, `trash/`, `issued/`, `settings.json`,
 * `directory.json`, `register.json`) into `restore/old/` and the staged one into its place, drops the derived index,
 * then removes `restore/`.
 *
 * A kill or a full disk at any instant therefore leaves either no journal (the live library is the
 * old one, whole; the half-built staging is removed on the next open) or a journal (the staged
 * library is whole; the next open finishes the renames). Each step of the switch can be repeated, so
 * finishing an interrupted switch that was itself interrupted is safe.
 */
import { join } from 'node:path';
import { BACKUP_SUFFIX, syncDir } from './atomicFile';
import type { StorageContext } from './context';
import { isMissing } from './fileSystem';
import { writeJsonFile } from './jsonFile';

/** What a restore replaces, relative to the data folder. The index is derived and rebuilt. */
export const SWITCHED_ITEMS = [
  'meetings',
  'profiles',
  'trash',
  'issued',
  'settings.json',
  'directory.json',
  'register.json',
] as const;
export type SwitchedItem = (typeof SWITCHED_ITEMS)[number];
/** Always switched (staged empty when the backup has none): a library's meetings, frozen documents and trash go together. */
const FOLDERS: readonly SwitchedItem[] = ['meetings', 'profiles', 'trash', 'issued'];

export const SWITCH_DIR = 'restore';
const JOURNAL = 'journal.json';

export function switchPaths(root: string) {
  const dir = join(root, SWITCH_DIR);
  return {
    dir,
    journal: join(dir, JOURNAL),
    staged: (item: SwitchedItem, name?: string) => join(dir, 'new', item, ...(name ? [name] : [])),
    old: (item: SwitchedItem) => join(dir, 'old', item),
    live: (item: SwitchedItem) => join(root, item),
  };
}

async function exists(ctx: StorageContext, path: string): Promise<boolean> {
  try {
    await ctx.fs.lstat(path);
    return true;
  } catch (e) {
    if (isMissing(e)) return false;
    throw e;
  }
}

/** A new library being built beside the live one; nothing live changes until `commit`. */
export class LibraryStaging {
  private readonly paths;
  private readonly staged = new Set<SwitchedItem>();
  private readonly subfolders = new Set<string>();
  /** The journal is written: from then on the library is the staged one, whatever fails after. */
  committed = false;

  private constructor(private readonly ctx: StorageContext) {
    this.paths = switchPaths(ctx.paths.root);
  }

  /** Start from an empty staging area (call `finishInterruptedSwitch` first: it settles any earlier one). */
  static async begin(ctx: StorageContext): Promise<LibraryStaging> {
    const s = new LibraryStaging(ctx);
    if (await exists(ctx, s.paths.journal)) throw new Error('Một lần khôi phục đã cam kết nhưng chưa hoàn tất.');
    await ctx.fs.rm(s.paths.dir, { recursive: true, force: true });
    for (const folder of FOLDERS) await ctx.fs.mkdir(s.paths.staged(folder), { recursive: true });
    for (const folder of FOLDERS) s.staged.add(folder);
    return s;
  }

  /** Write one staged file, durably; `name` is inside a folder item (`issued`: `<meetingId>/<file>`), absent for a file item. */
  async write(item: SwitchedItem, name: string | undefined, data: string | Uint8Array): Promise<void> {
    const sub = name?.includes('/') ? join(this.paths.staged(item), name.slice(0, name.lastIndexOf('/'))) : null;
    if (sub && !this.subfolders.has(sub)) {
      await this.ctx.fs.mkdir(sub, { recursive: true });
      this.subfolders.add(sub);
    }
    const handle = await this.ctx.fs.open(this.paths.staged(item, name), 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    this.staged.add(item);
  }

  /** Stage a live file unchanged: a hard link (live files are only ever replaced, never rewritten), else a copy. */
  async keep(livePath: string, item: SwitchedItem, name: string): Promise<void> {
    const to = this.paths.staged(item, name);
    try {
      await this.ctx.fs.link(livePath, to);
    } catch (e) {
      if (isMissing(e)) return;
      await this.ctx.fs.copyFile(livePath, to); // FAT32 and other file systems without hard links
    }
  }

  /** Make the staged library durable, write the journal (the commit point), then switch. */
  async commit(): Promise<void> {
    for (const folder of FOLDERS) await syncDir(this.ctx.fs, this.paths.staged(folder));
    for (const sub of this.subfolders) await syncDir(this.ctx.fs, sub);
    await syncDir(this.ctx.fs, join(this.paths.dir, 'new'));
    const journal = {
      format: 'bienban-library-switch',
      version: 1,
      items: [...this.staged],
      committedAt: this.ctx.now().toISOString(),
    };
    await writeJsonFile(this.ctx, this.paths.journal, journal);
    this.committed = true;
    await finishInterruptedSwitch(this.ctx);
  }

  /** Give up before the commit: only the staging area is removed. */
  async discard(): Promise<void> {
    await this.ctx.fs.rm(this.paths.dir, { recursive: true, force: true });
  }
}

/**
 * Settle a switch left by a kill or a failure: with a journal, finish it (the new library);
 * without, remove the staging (the old library was never touched). Run under the data folder's
 * lock, before anything of the library is read.
 */
export async function finishInterruptedSwitch(ctx: StorageContext): Promise<'none' | 'finished' | 'rolled-back'> {
  const paths = switchPaths(ctx.paths.root);
  if (!(await exists(ctx, paths.dir))) return 'none';
  if (!(await exists(ctx, paths.journal))) {
    await ctx.fs.rm(paths.dir, { recursive: true, force: true });
    return 'rolled-back';
  }
  await ctx.fs.mkdir(join(paths.dir, 'old'), { recursive: true });
  for (const item of SWITCHED_ITEMS) {
    const staged = paths.staged(item);
    if (!(await exists(ctx, staged))) continue; // switched already, or never staged
    const live = paths.live(item);
    if (await exists(ctx, paths.old(item))) {
      // The live item was moved aside before the kill; what stands in its place now can only be the
      // empty folder that opening the data folder creates. Anything else is left for a person.
      if (await exists(ctx, live)) {
        if ((await ctx.fs.readdir(live)).length > 0)
          throw new Error(`${live}: không rỗng trong lúc hoàn tất khôi phục; không xóa gì.`);
        await ctx.fs.rm(live, { recursive: true });
      }
    } else if (await exists(ctx, live)) {
      await ctx.fs.rename(live, paths.old(item));
    }
    await ctx.fs.rename(staged, live);
  }
  // The index and the task facts describe the old meetings; rebuilt from the new files when needed.
  await ctx.fs.rm(ctx.paths.index, { force: true });
  await ctx.fs.rm(ctx.paths.tasks, { force: true });
  // The old library's previous register must never be what recovers a damaged new one.
  await ctx.fs.rm(`${ctx.paths.register}${BACKUP_SUFFIX}`, { force: true });
  await syncDir(ctx.fs, ctx.paths.root);
  // The old items were saved in the safety backup (and the old meetings staged into the trash).
  await ctx.fs.rm(join(paths.dir, 'old'), { recursive: true, force: true });
  await ctx.fs.rm(paths.journal, { force: true });
  await ctx.fs.rm(paths.dir, { recursive: true, force: true });
  return 'finished';
}
