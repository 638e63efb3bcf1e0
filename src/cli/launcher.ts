/**
 * out/cli/bienban.js: starts the bundled CLI (bienban-core.js) from V8's code cache when the build
 * left one for this Node version, which skips most parsing and compiling at every start. When the
 * cache is missing or V8 rejects it (another Node), the bundle compiles as usual.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

const file = join(__dirname, 'bienban-core.js');
let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(join(__dirname, 'bienban-core.cache'));
} catch {
  cachedData = undefined;
}
const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
const core = new Module(file, module);
core.filename = file;
// The bundle runs its main() only when it is the main module.
require.main = core;
(script.runInThisContext() as (...args: unknown[]) => void).call(
  core.exports,
  core.exports,
  require,
  core,
  file,
  __dirname,
);

const cacheOut = process.env.BIENBAN_CODE_CACHE_OUT;
if (cacheOut) {
  // Build step: save the cache once the run, and the code it compiled lazily, is over.
  process.once('beforeExit', () => writeFileSync(cacheOut, script.createCachedData()));
}
