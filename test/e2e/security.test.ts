/** The page the secretary uses has no Node, ships a CSP, and a foreign frame cannot reach the backend. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridge, launchApp, makeTempDir, RENDERER_DIR, serveStatic, type App } from './harness';

describe('bảo mật trong trang', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ dataDir: makeTempDir() });
    await app.page.waitForLoadState('networkidle');
    // The app must really have started under its own CSP (a blocked bundle leaves a blank page).
    await app.page.getByRole('heading', { name: 'Thư viện buổi làm việc' }).waitFor({ state: 'attached' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has no Node globals (require, process, module, Buffer)', async () => {
    const g = await app.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        buffer: typeof w.Buffer,
      };
    });
    expect(g.require).toBe('undefined');
    expect(g.process).toBe('undefined');
    expect(g.module).toBe('undefined');
    expect(g.buffer).toBe('undefined');
    expect(app.pageErrors).toEqual([]);
    await app.screenshot('security-app-loaded');
  });

  it('ships the CSP meta tag, and it blocks inline script and foreign frames', async () => {
    const meta = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBeTruthy();
    expect(meta).toContain("default-src 'none'");
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toContain('unsafe-eval');
    // The built file carries the same tag (not something the harness added).
    expect(readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8')).toContain('Content-Security-Policy');

    const inlineRan = await app.page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.appendChild(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
  });

  it('the app top frame may call the API; a real call works', async () => {
    const r = await app.page.evaluate(() =>
      (window as unknown as { api: Record<string, (i: unknown) => Promise<unknown>> }).api['app:info']!({}),
    );
    expect(r).toMatchObject({ ok: true, value: { version: '0.0.0-e2e' } });
  });

  it('rejects malformed input with a Vietnamese message', async () => {
    const r = (await app.page.evaluate(() =>
      (window as unknown as { api: Record<string, (i: unknown) => Promise<unknown>> }).api['meeting:get']!({
        id: '../../etc/passwd',
      }),
    )) as { ok: boolean; error?: { code: string; message: string } };
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe('invalid_input');
    expect(r.error?.message).toMatch(/[àáảãạăâđêôơư]/i);
  });

  it('refuses a call from an iframe of another origin, and from a child frame of the app origin', async () => {
    // The app's CSP forbids frames, so this page bypasses CSP to even get a frame in; the backend must still refuse.
    const foreign = await serveStatic(makeTempDir('bienban-foreign-'));
    const context = await app.browser.newContext({ bypassCSP: true });
    try {
      const page = await context.newPage();
      await bridge(page, app.backend);
      await page.goto(`${app.origin}/index.html`);
      await page.waitForLoadState('networkidle');
      const attach = async (src: string) => {
        await page.evaluate((u) => {
          const f = document.createElement('iframe');
          f.src = u;
          f.name = u;
          document.body.appendChild(f);
        }, src);
        await expect.poll(() => page.frames().find((f) => f.url().startsWith(src))).toBeTruthy();
        return page.frames().find((f) => f.url().startsWith(src))!;
      };
      const callFrom = (frame: import('playwright-core').Frame) =>
        frame.evaluate(() =>
          (window as unknown as { api: Record<string, (i: unknown) => Promise<unknown>> }).api['library:list']!({}),
        ) as Promise<{ ok: boolean; error?: { code: string; message: string } }>;

      const evil = await attach(`${foreign.origin}/evil.html`);
      const fromForeign = await callFrom(evil);
      expect(fromForeign.ok).toBe(false);
      expect(fromForeign.error?.code).toBe('forbidden_sender');

      const sameOriginChild = await attach(`${app.origin}/index.html?child=1`);
      const fromChild = await callFrom(sameOriginChild);
      expect(fromChild.ok).toBe(false);
      expect(fromChild.error?.code).toBe('forbidden_sender');

      // The top frame of the same page is still trusted.
      const fromTop = await callFrom(page.mainFrame());
      expect(fromTop.ok).toBe(true);

      // A foreign page as top frame is refused too.
      const foreignTop = await context.newPage();
      await bridge(foreignTop, app.backend);
      await foreignTop.goto(`${foreign.origin}/evil.html`);
      const fromForeignTop = await callFrom(foreignTop.mainFrame());
      expect(fromForeignTop.error?.code).toBe('forbidden_sender');
    } finally {
      await context.close();
      foreign.server.close();
    }
  });
});
