/**
 * The preview and the print view in Debian's Chromium: real layouts from the example meetings,
 * bundled with esbuild, served over http://127.0.0.1 under the app's CSP, measured, printed to PDF
 * and checked with poppler. Screenshots go to test-output/preview/ for a human look.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseMeeting } from '../../src/shared/model/parse';
import { layoutDocument } from '../../src/shared/layout/layoutDocument';
import { builtinProfile } from '../../src/shared/profile/builtin';
import type { LayoutBlock, LayoutParagraph, OfficialLayout } from '../../src/shared/layout/types';
import { writeDocx } from '../../src/backend/export/docxWriter';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'test-output', 'preview');
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function exampleLayout(file: string, kind: 'notice' | 'minutes'): OfficialLayout {
  const parsed = parseMeeting(JSON.parse(readFileSync(join(ROOT, 'resources', 'examples', file), 'utf8')));
  if (!parsed.ok) throw new Error(`ví dụ không hợp lệ: ${JSON.stringify(parsed.problems)}`);
  const profile = builtinProfile(parsed.value.profile.id);
  if (!profile) throw new Error(`không có hồ sơ ${parsed.value.profile.id}`);
  return layoutDocument(parsed.value, kind, profile);
}

/** The same document with its body repeated until it is about `pages` pages long. */
function longLayout(base: OfficialLayout, copies: number): OfficialLayout {
  const bodyStart = base.blocks.findIndex((b) => b.type === 'paragraph' && b.align === 'justify');
  const sigStart = base.blocks.findIndex((b, i) => i > bodyStart && b.type === 'columns');
  const body = base.blocks.slice(bodyStart, sigStart);
  const blocks: LayoutBlock[] = [...base.blocks.slice(0, bodyStart)];
  for (let c = 0; c < copies; c++) {
    blocks.push(
      ...body.map((b) =>
        b.type === 'paragraph' && c > 0
          ? { ...b, runs: b.runs.map((r, j) => (j === 0 ? { ...r, text: `(${c + 1}) ${r.text}` } : r)) }
          : b,
      ),
    );
  }
  blocks.push(...base.blocks.slice(sigStart));
  return { ...base, blocks };
}

const paragraphTexts = (layout: OfficialLayout): string[] => {
  const out: string[] = [];
  const walk = (b: LayoutBlock) => {
    if (b.type === 'paragraph') {
      const t = b.runs.map((r) => r.text).join('');
      if (t.trim()) out.push(t);
    } else if (b.type === 'columns') b.columns.forEach((c) => c.blocks.forEach(walk));
  };
  layout.blocks.forEach(walk);
  return out;
};

let server: Server;
let origin: string;
let browser: Browser;
let work: string;
const cspErrors: string[] = [];

async function open(
  layout: OfficialLayout,
  route: '#/preview' | '#/print' | '#/print-in-app',
  zoom = 1,
  viewport = { width: 1000, height: 1200 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('console', (m) => {
    if (m.type() === 'error') cspErrors.push(m.text());
  });
  page.on('pageerror', (e) => cspErrors.push(String(e)));
  await page.addInitScript(
    ([l, z]) => {
      const w = window as unknown as { __LAYOUT__: unknown; __ZOOM__: number };
      w.__LAYOUT__ = l;
      w.__ZOOM__ = z as number;
    },
    [layout as unknown, zoom] as const,
  );
  await page.goto(`${origin}/index.html${route}`);
  if (route === '#/print') await page.waitForSelector('#root[data-print-ready="true"]');
  else if (route === '#/print-in-app') await page.waitForSelector('#root[data-page-count]');
  else await page.waitForSelector('.pv-desk:not([data-page-count="0"])');
  return page;
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'bb-preview-'));
  await build({
    entryPoints: [join(__dirname, 'preview-browser.entry.tsx')],
    bundle: true,
    outfile: join(work, 'app.js'),
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    logLevel: 'error',
  });
  writeFileSync(
    join(work, 'index.html'),
    `<!doctype html><html lang="vi"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<link rel="stylesheet" href="./app.css"><title>Xem trước</title></head>
<body><div id="root"></div><script type="module" src="./app.js"></script></body></html>`,
  );
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  server = createServer((req, res) => {
    const name = (req.url ?? '/').split(/[?#]/)[0]!.replace(/^\/+/, '');
    if (name === 'favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (!['index.html', 'app.js', 'app.css'].includes(name)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(name)]!, 'content-security-policy': CSP });
    res.end(readFileSync(join(work, name)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  if (work) rmSync(work, { recursive: true, force: true });
});

afterEach(() => {
  // React style props go through the CSSOM: the strict CSP must never have to block anything.
  expect(cspErrors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
  expect(cspErrors).toEqual([]);
  cspErrors.length = 0;
});

describe('preview in Chromium', () => {
  it('shows A4 pages with page numbers from page 2 and loses no text', async () => {
    const layout = longLayout(exampleLayout('long-bien-2021-02-23.json', 'minutes'), 3);
    const page = await open(layout, '#/preview');
    const info = await page.evaluate(() => {
      const pages = [...document.querySelectorAll<HTMLElement>('.pv-page')];
      return {
        boxes: pages.map((p) => {
          const r = p.getBoundingClientRect();
          return [r.width, r.height];
        }),
        lefts: pages.map((p) => Math.round(p.getBoundingClientRect().left)),
        numbers: pages.map((p) => p.querySelector('.pv-page-number')?.textContent ?? null),
        text: pages.map((p) => p.querySelector('.pv-content')!.textContent ?? '').join('\n'),
        overfull: pages.map((p) => {
          const c = p.querySelector('.pv-content')!;
          const kids = [...c.children] as HTMLElement[];
          const last = kids[kids.length - 1];
          const bottom = last ? last.getBoundingClientRect().bottom : 0;
          // The last paragraph's spacing after may hang below the margin; nothing more.
          return bottom - c.getBoundingClientRect().bottom;
        }),
      };
    });
    expect(info.boxes.length).toBeGreaterThan(2);
    expect(info.lefts.every((x) => x === info.lefts[0])).toBe(true);
    for (const [w, h] of info.boxes) {
      expect(w).toBeCloseTo(793.7, 0);
      expect(h).toBeCloseTo(1122.5, 0);
    }
    expect(info.numbers[0]).toBeNull();
    expect(info.numbers.slice(1)).toEqual(info.boxes.slice(1).map((_, i) => String(i + 2)));
    for (const over of info.overfull) expect(over).toBeLessThanOrEqual(10);
    const flat = info.text.replace(/\s+/g, ' ');
    for (const t of paragraphTexts(layout)) expect(flat).toContain(t.replace(/\s+/g, ' '));

    await page
      .locator('.pv-page')
      .first()
      .screenshot({ path: join(OUT, 'page1-zoom1.png') });
    await page
      .locator('.pv-page')
      .nth(1)
      .screenshot({ path: join(OUT, 'page2-zoom1.png') });
    await page
      .locator('.pv-page')
      .last()
      .screenshot({ path: join(OUT, 'last-page-zoom1.png') });
    await page.close();
  });

  it('zooms with the right layout size and renders an overview', async () => {
    const layout = longLayout(exampleLayout('ubnd-gia-lam-2024-03-12.json', 'notice'), 2);
    const page = await open(layout, '#/preview', 0.3, { width: 1400, height: 900 });
    const rects = await page.$$eval('.pv-page', (ps) => ps.map((p) => p.getBoundingClientRect().toJSON() as DOMRect));
    expect(rects.length).toBeGreaterThan(1);
    for (const r of rects) {
      expect(r.width).toBeCloseTo(793.7 * 0.3, 0);
      expect(r.height).toBeCloseTo(1122.5 * 0.3, 0);
    }
    // Zoomed out, pages sit side by side (an overview) and the desk scrolls over the zoomed size.
    expect(new Set(rects.map((r) => Math.round(r.top))).size).toBeLessThan(rects.length);
    const deskHeight = await page.$eval('.pv-desk', (d) => d.scrollHeight);
    expect(deskHeight).toBeLessThan(1122.5 * 0.3 * rects.length);
    await page.screenshot({ path: join(OUT, 'overview-zoom03.png'), fullPage: true });
    const one = await open(layout, '#/preview', 1);
    await one
      .locator('.pv-page')
      .first()
      .screenshot({ path: join(OUT, 'nd30-page1-zoom1.png') });
    await one.close();
    await page.close();
  });

  it('follows an edit of a 50-page meeting by re-measuring only the edited block', async () => {
    const base = exampleLayout('long-bien-2021-02-23.json', 'minutes');
    const layout = longLayout(base, 50);
    const page = await open(layout, '#/preview', 0.5);
    const first = await page.evaluate(
      () =>
        (window as unknown as { __PAGINATIONS__: Array<{ measured: number; pages: number; ms: number }> })
          .__PAGINATIONS__[0]!,
    );
    expect(first.pages).toBeGreaterThanOrEqual(50);
    expect(first.measured).toBeGreaterThan(100);
    // Type into a paragraph in the middle of the document.
    const target = layout.blocks.findIndex(
      (b, i) => i > layout.blocks.length / 2 && b.type === 'paragraph' && b.align === 'justify',
    );
    const edits: Array<{ measured: number; pages: number; ms: number }> = [];
    let current = layout;
    for (const ch of ' thêm chữ') {
      const p = current.blocks[target] as LayoutParagraph;
      const blocks = [...current.blocks];
      blocks[target] = {
        ...p,
        runs: [...p.runs.slice(0, -1), { ...p.runs[p.runs.length - 1]!, text: p.runs[p.runs.length - 1]!.text + ch }],
      };
      current = { ...current, blocks };
      edits.push(
        await page.evaluate(
          (l) =>
            (
              window as unknown as {
                __SET_LAYOUT__: (l: unknown) => Promise<{ measured: number; pages: number; ms: number }>;
              }
            ).__SET_LAYOUT__(l),
          current as unknown,
        ),
      );
    }
    for (const e of edits) expect(e.measured).toBe(1);
    const text = await page.$$eval('.pv-content', (cs) => cs.map((c) => c.textContent).join(''));
    expect(text).toContain(' thêm chữ');
    const ms = edits.map((e) => e.ms).sort((a, b) => a - b);
    console.log(
      `[preview] ${first.pages} trang, ${layout.blocks.length} khối: lần đầu ${first.ms.toFixed(0)} ms; mỗi lần gõ (trung vị) ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms, tối đa ${ms[ms.length - 1]!.toFixed(1)} ms`,
    );
    await page.close();
  });
});

describe('print view in Chromium', () => {
  it('prints A4 sheets with the text exactly inside the profile margins', async () => {
    const layout = longLayout(exampleLayout('long-bien-2021-02-23.json', 'notice'), 3);
    const page = await open(layout, '#/print');
    const pageCount = Number(await page.getAttribute('#root', 'data-page-count'));
    expect(pageCount).toBeGreaterThan(1);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    const file = join(OUT, 'print.pdf');
    writeFileSync(file, pdf);

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info)!;
    expect(Number(size[1])).toBeCloseTo(595.3, 0);
    expect(Number(size[2])).toBeCloseTo(841.9, 0);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(pageCount);

    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const pages = html
      .split('<page ')
      .slice(1)
      .map((p) =>
        [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
          (m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, w: m[5]! }),
        ),
      );
    const pt = (twip: number) => twip / 20;
    const { page: pg } = layout;
    const p1 = pages[0]!;
    // Left margin: justified body lines start exactly at it; right margin: they end at it.
    expect(Math.min(...p1.map((w) => w.x0))).toBeCloseTo(pt(pg.marginLeftTwip), 0);
    expect(Math.max(...p1.map((w) => w.x1))).toBeGreaterThan(pt(pg.widthTwip - pg.marginRightTwip) - 1.5);
    expect(Math.max(...p1.map((w) => w.x1))).toBeLessThanOrEqual(pt(pg.widthTwip - pg.marginRightTwip) + 0.5);
    // Top margin: the first line's glyphs start just below it (half-leading only), no page number above.
    const top1 = Math.min(...p1.map((w) => w.y0));
    expect(top1).toBeGreaterThanOrEqual(pt(pg.marginTopTwip) - 0.5);
    expect(top1).toBeLessThan(pt(pg.marginTopTwip) + 3);
    // Page 2: its number centred in the top margin, the text below the margin.
    const p2 = pages[1]!;
    const num = p2.find((w) => w.w === '2' && w.y1 < pt(pg.marginTopTwip))!;
    expect(num).toBeDefined();
    expect((num.x0 + num.x1) / 2).toBeCloseTo(pt(pg.marginLeftTwip + pg.textWidthTwip / 2), 0);
    const body2 = p2.filter((w) => w !== num);
    expect(Math.min(...body2.map((w) => w.y0))).toBeGreaterThanOrEqual(pt(pg.marginTopTwip) - 0.5);
    // Bottom margin: nothing printed in it on any page.
    for (const p of pages)
      expect(Math.max(...p.map((w) => w.y1))).toBeLessThanOrEqual(pt(pg.heightTwip - pg.marginBottomTwip) + 1);
    // Split paragraphs print each line once: no clipped copy of the lines on the other page.
    const layoutWords = paragraphTexts(layout).join(' ').split(/\s+/).filter(Boolean).length;
    const pdfWords = pages.reduce((n, p) => n + p.length, 0) - (pages.length - 1);
    console.log(`[print] ${pages.length} trang; số từ: bản in ${pdfWords}, bố cục ${layoutWords}`);
    expect(Math.abs(pdfWords - layoutWords)).toBeLessThanOrEqual(3);
    // Every paragraph reached the paper once the sheets are read in order.
    const all = pages.map((p) => p.map((w) => w.w).join(' ')).join(' ');
    for (const t of paragraphTexts(layout).slice(-5)) expect(all).toContain(t.split(/\s+/).slice(-3).join(' '));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(OUT, 'print')]);

    // The Word file of the same layout, laid out by LibreOffice, breaks into the same pages.
    const docx = join(work, `${layout.fileStem}.docx`);
    writeFileSync(docx, await writeDocx(layout));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        docx,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const lo = join(work, `${layout.fileStem}.pdf`);
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [lo], { encoding: 'utf8' }))![1])).toBe(pageCount);
    const words = (pdf: string, n: number) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' })
        .split(/\s+/)
        .filter(Boolean)
        .slice(1, 12);
    // Page 2 starts on the same line in both (after its number); Chromium and LibreOffice may wrap
    // a brim-full line one word apart, so compare a window of words.
    const [ours, theirs] = [words(file, 2), words(lo, 2)];
    const overlap = ours.slice(0, 3).join(' ');
    const alt = theirs.slice(0, 3).join(' ');
    expect(theirs.join(' ').includes(overlap) || ours.join(' ').includes(alt)).toBe(true);
  });

  it('prints only the document from inside the app, whatever the app chrome does', async () => {
    const layout = longLayout(exampleLayout('ubnd-gia-lam-2024-03-12.json', 'notice'), 2);
    const page = await open(layout, '#/print-in-app');
    const pageCount = Number(await page.getAttribute('#root', 'data-page-count'));
    expect(pageCount).toBeGreaterThan(1);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    const file = join(OUT, 'print-in-app.pdf');
    writeFileSync(file, pdf);
    // Neither the clipped shell (overflow: hidden, 100% height) nor the toolbar reaches the paper.
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])).toBe(pageCount);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).not.toContain('Thanh công cụ');
    expect(text).not.toContain('Danh sách cuộc họp');
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const xs = [...bbox.matchAll(/<word xMin="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeCloseTo(layout.page.marginLeftTwip / 20, 0);
  });
});
