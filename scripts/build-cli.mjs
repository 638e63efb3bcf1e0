// Builds the `bienban` CLI: esbuild bundles src/cli/bienban.ts with every dependency (ESM-only ones
// included) into one CommonJS file, out/cli/bienban-core.js; out/cli/bienban.js is the executable
// launcher that runs it from a V8 code cache made here by one warm-up export (startup is most of a
// CLI export's time). Without the cache the launcher still works, only slower.
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'cli');
const launcher = join(outDir, 'bienban.js');
const core = join(outDir, 'bienban-core.js');
const cache = join(outDir, 'bienban-core.cache');

/**
 * zod's `z` namespace re-exports ~40 message locales (~300 KB, a third of the bundle) that the CLI
 * never uses: Vietnamese messages come from our own error map. Keep only English, zod's default.
 */
const onlyEnglishZodLocale = {
  name: 'only-english-zod-locale',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";\n',
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * exceljs (~1.2 MB bundled) is needed only by `tasks report --out *.xlsx`: it is bundled on its own
 * into out/cli/bienban-exceljs.js, loaded from beside the core when used, so every other command
 * starts without parsing it.
 */
const excelBeside = {
  name: 'exceljs-beside',
  setup(b) {
    // A bundled stub requiring the file beside: a dynamic import() of an external would stay an
    // import(), which the launcher's vm script cannot run.
    b.onResolve({ filter: /^exceljs$/ }, () => ({ path: 'exceljs', namespace: 'exceljs-beside' }));
    b.onLoad({ filter: /.*/, namespace: 'exceljs-beside' }, () => ({
      contents: 'module.exports = require("./bienban-exceljs.js");',
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/bienban-exceljs\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};
await build({
  stdin: { contents: 'module.exports = require("exceljs");', resolveDir: root, loader: 'js' },
  outfile: join(outDir, 'bienban-exceljs.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  logLevel: 'error',
});

const result = await build({
  entryPoints: [join(root, 'src', 'cli', 'bienban.ts')],
  outfile: core,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // A smaller file parses faster at every start; keepNames leaves readable traces for BIENBAN_DEBUG.
  minify: true,
  keepNames: true,
  legalComments: 'none',
  metafile: true,
  plugins: [onlyEnglishZodLocale, excelBeside],
  logLevel: 'warning',
});
await build({
  entryPoints: [join(root, 'src', 'cli', 'launcher.ts')],
  outfile: launcher,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
await chmod(launcher, 0o755);

// Warm-up: export the seed notice once and keep the compiled code.
await rm(cache, { force: true });
const scratch = await mkdtemp(join(tmpdir(), 'bienban-build-'));
const warm = spawnSync(
  process.execPath,
  [
    launcher,
    'export',
    join(root, 'resources', 'examples', 'long-bien-2021-02-23.json'),
    '--document',
    'notice',
    '--out',
    join(scratch, 'tb.docx'),
  ],
  { env: { ...process.env, BIENBAN_CODE_CACHE_OUT: cache }, encoding: 'utf8' },
);
await rm(scratch, { recursive: true, force: true });
if (warm.status !== 0) console.warn(`Bỏ qua bộ nhớ đệm mã (lần chạy khởi động lỗi): ${warm.stderr.trim()}`);

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const bundleBytes = Object.values(result.metafile.outputs)[0].bytes;
console.log(`out/cli/bienban.js → bienban-core.js ${kb(bundleBytes)}${warm.status === 0 ? ' + bộ nhớ đệm mã V8' : ''}`);
