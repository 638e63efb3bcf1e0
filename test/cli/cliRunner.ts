/** Runs the built `bienban` bundle as a user would: a separate node process. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'out', 'cli', 'bienban.js');
export const SEED = join(ROOT, 'resources', 'examples', 'long-bien-2021-02-23.json');
export const STATE_EXAMPLE = join(ROOT, 'resources', 'examples', 'ubnd-gia-lam-2024-03-12.json');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the bundle when missing or older than the sources it is made from. */
export function ensureCliBuilt(): void {
  const sources = ['src/cli', 'src/shared', 'src/backend'].map((d) => join(ROOT, d)).filter(existsSync);
  const stale = !existsSync(CLI) || statSync(CLI).mtimeMs < Math.max(...sources.map(newestMtime));
  if (stale) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, BIENBAN_DEBUG: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const created: string[] = [];

export function tempDir(prefix = 'bienban-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function documentXml(docxPath: string): string {
  const files = unzipSync(new Uint8Array(readFileSync(docxPath)));
  const xml = files['word/document.xml'];
  if (!xml) throw new Error(`${docxPath} has no word/document.xml`);
  return strFromU8(xml);
}

/** The visible text of document.xml, paragraphs joined by newlines. */
export function documentText(docxPath: string): string {
  return documentXml(docxPath)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}
