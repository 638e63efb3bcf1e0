/**
 * The shape of the tree, checked on every run: which code may import what. The lint rules catch a
 * wrong import as it is typed; this test reads the whole graph (type imports included, since a type
 * cycle is still a cycle for the reader) and fails on cycles and on imports that point up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  allowJs: false,
  resolveJsonModule: true,
};

/** file (relative to src, `/`-separated) -> its imports: local files, or the bare package name. */
function importGraph(): Map<string, { local: string[]; packages: string[] }> {
  const graph = new Map<string, { local: string[]; packages: string[] }>();
  for (const file of sourceFiles(SRC)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const local: string[] = [];
    const packages: string[] = [];
    for (const { fileName: spec } of info.importedFiles) {
      if (!spec.startsWith('.')) {
        packages.push(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
        continue;
      }
      if (/\.(css|svg|png|html)(\?.*)?$/.test(spec)) continue; // assets: no code to import
      const resolved = ts.resolveModuleName(spec, file, compilerOptions, ts.sys).resolvedModule?.resolvedFileName;
      if (!resolved) throw new Error(`${relative(ROOT, file)}: không tìm thấy '${spec}'`);
      local.push(key(resolved));
    }
    graph.set(key(file), { local, packages });
  }
  return graph;
}
const key = (abs: string) => relative(SRC, abs).split(sep).join('/');

/**
 * Layers, lowest first; a file may import only from its own layer's folder or from a lower layer.
 * `area` is the top folder under src, then (for the backend) its sub-folder or file.
 */
const AREAS: Record<string, { rank: number; may: string[] }> = {
  shared: { rank: 0, may: ['shared'] },
  'backend/errors': { rank: 1, may: ['shared', 'backend/errors', 'backend/ports'] },
  'backend/ports': { rank: 1, may: ['shared', 'backend/ports'] },
  'backend/io': { rank: 1, may: ['shared', 'backend/errors', 'backend/io'] },
  'backend/zip': { rank: 1, may: ['backend/io', 'backend/zip'] },
  'backend/storage': { rank: 2, may: ['shared', 'backend/errors', 'backend/ports', 'backend/storage'] },
  'backend/export': { rank: 2, may: ['shared', 'backend/errors', 'backend/zip', 'backend/export'] },
  'backend/reports': { rank: 2, may: ['shared', 'backend/errors', 'backend/zip', 'backend/export', 'backend/reports'] },
  'backend/import': { rank: 2, may: ['shared', 'backend/errors', 'backend/io', 'backend/zip', 'backend/import'] },
  'backend/services': {
    rank: 3,
    may: [
      'shared',
      'backend/errors',
      'backend/ports',
      'backend/io',
      'backend/zip',
      'backend/storage',
      'backend/export',
      'backend/import',
      'backend/reports',
      'backend/services',
    ],
  },
  'backend/ipc': {
    rank: 4,
    may: ['shared', 'backend/errors', 'backend/ports', 'backend/services', 'backend/ipc'],
  },
  'backend/root': { rank: 5, may: ['shared', 'backend/*'] },
  main: { rank: 6, may: ['shared', 'backend/*', 'main'] },
  cli: { rank: 6, may: ['shared', 'backend/*', 'cli'] },
  preload: { rank: 6, may: ['shared', 'preload'] },
  renderer: { rank: 6, may: ['shared', 'renderer'] },
};

function areaOf(file: string): string {
  const [top, sub] = file.split('/');
  if (top !== 'backend') return top!;
  const name = sub!.replace(/\.tsx?$/, '');
  if (name === 'ports') return 'backend/ports';
  if (name === 'index' || name === 'types') return 'backend/root';
  return `backend/${name}`;
}

function allowed(from: string, to: string): boolean {
  const rule = AREAS[from];
  if (!rule) return false;
  return rule.may.some((m) => m === to || (m === 'backend/*' && to.startsWith('backend/')));
}

function findCycles(graph: Map<string, { local: string[] }>): string[][] {
  // Tarjan's strongly connected components, iterative so a deep chain cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node)?.local ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.push(n);
        } while (n !== frame.node);
        const selfLoop = graph.get(frame.node)?.local.includes(frame.node);
        if (component.length > 1 || selfLoop) cycles.push(component.sort());
      }
    }
  }
  return cycles;
}

const graph = importGraph();

describe('the import graph of src/', () => {
  it('reads every source file and resolves every relative import', () => {
    expect(graph.size).toBeGreaterThan(100);
    for (const area of ['shared', 'backend/storage', 'backend/services', 'main', 'cli', 'renderer', 'preload']) {
      expect(
        [...graph.keys()].some((f) => areaOf(f) === area),
        area,
      ).toBe(true);
    }
  });

  it('has no cycle, type imports included', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('points only down: every import goes to the same area or a lower one', () => {
    const upward: string[] = [];
    for (const [file, { local }] of graph) {
      for (const to of local) {
        const a = areaOf(file);
        const b = areaOf(to);
        if (a !== b && !allowed(a, b)) upward.push(`${file} -> ${to}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps electron out of src/shared, src/backend and the CLI, and node out of shared, renderer and preload', () => {
    const offenders: string[] = [];
    for (const [file, { packages }] of graph) {
      const a = areaOf(file);
      const inElectronFree = a === 'shared' || a.startsWith('backend') || a === 'cli' || a === 'renderer';
      if (inElectronFree && packages.includes('electron')) offenders.push(`${file} -> electron`);
      const nodeFree = a === 'shared' || a === 'renderer' || a === 'preload';
      for (const p of packages)
        if (nodeFree && (p.startsWith('node:') || NODE_BUILTINS.has(p))) offenders.push(`${file} -> ${p}`);
    }
    expect(offenders).toEqual([]);
  });

  it('the CLI never loads the Electron adapter, and the preload needs only electron and shared code', () => {
    const cliToMain = [...graph].flatMap(([f, { local }]) =>
      areaOf(f) === 'cli' ? local.filter((t) => areaOf(t) === 'main').map((t) => `${f} -> ${t}`) : [],
    );
    expect(cliToMain).toEqual([]);
    const preloadPackages = [...graph].flatMap(([f, { packages }]) => (areaOf(f) === 'preload' ? packages : []));
    expect(new Set(preloadPackages.filter((p) => p !== 'zod'))).toEqual(new Set(['electron']));
  });

  it('catches an upward import when one is there (the checker itself works)', () => {
    const fake = new Map(graph);
    fake.set('backend/storage/fake.ts', { local: ['backend/services/index.ts'], packages: ['electron'] });
    fake.set('backend/services/index.ts', { local: ['backend/storage/fake.ts'], packages: [] });
    expect(allowed(areaOf('backend/storage/fake.ts'), areaOf('backend/services/index.ts'))).toBe(false);
    expect(findCycles(fake).some((c) => c.includes('backend/storage/fake.ts'))).toBe(true);
  });
});

const NODE_BUILTINS = new Set([
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'url',
  'util',
  'stream',
  'events',
  'buffer',
  'zlib',
  'http',
  'https',
  'net',
  'worker_threads',
]);
