/**
 * `npm run bench`: runs every bench/*.bench.ts (each exports `run(): Promise<BenchResult[]>`),
 * prints a table and writes bench-results.json (an array of { name, value, unit, target }).
 * `npm run bench -- storage` runs only the files whose name contains `storage`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchResult } from './lib';

async function main() {
  const filter = process.argv[2] ?? '';
  const dir = __dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
    .sort();
  const results: BenchResult[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { run: () => Promise<BenchResult[]> };
    process.stdout.write(`… ${f}\n`);
    results.push(...(await mod.run()));
  }
  const width = Math.max(...results.map((r) => r.name.length), 10);
  console.log(`\n${'name'.padEnd(width)}  ${'value'.padStart(10)}  unit   target`);
  for (const r of results) {
    console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(10)}  ${r.unit.padEnd(5)}  ${r.target}`);
  }
  writeFileSync(join(dir, '..', 'bench-results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\nĐã ghi bench-results.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
