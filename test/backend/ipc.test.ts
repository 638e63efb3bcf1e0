import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../src/shared/ipc/contract';
import { CHANNEL_NAMES } from '../../src/shared/ipc/channels';
import { createDispatch, MESSAGES, type Handlers } from '../../src/backend/ipc/dispatch';
import { ServiceError } from '../../src/backend/errors/serviceError';

const ORIGIN = 'http://127.0.0.1:4321';
const TOP = { url: `${ORIGIN}/index.html#/meeting/x`, isMainFrame: true };
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** Every handler is a spy that fails loudly if it runs; a test overrides the ones it needs. */
function spyHandlers(overrides: Partial<Record<Channel, (input: never) => unknown>> = {}) {
  const calls: Channel[] = [];
  const handlers = {} as Record<Channel, (input: unknown) => unknown>;
  for (const c of CHANNELS) {
    handlers[c] = vi.fn((input: unknown) => {
      calls.push(c);
      const o = overrides[c] as ((i: unknown) => unknown) | undefined;
      if (!o) throw new Error(`handler ${c} should not run`);
      return o(input);
    });
  }
  return { handlers: handlers as unknown as Handlers, calls };
}

function setup(overrides: Partial<Record<Channel, (input: never) => unknown>> = {}, trusted: string[] = [ORIGIN]) {
  const { handlers, calls } = spyHandlers(overrides);
  const logs: unknown[][] = [];
  const dispatch = createDispatch({ handlers, trustedOrigins: trusted, log: (...a) => logs.push(a) });
  return { dispatch, calls, logs };
}

/** A field-level malformation: the first key of the input object, given a value its schema rejects. */
function malformedFor(channel: Channel): { raw: unknown; path: string } {
  const schema = contract[channel].input as unknown as z.ZodObject;
  const keys = Object.keys(schema.shape);
  if (keys.length === 0) return { raw: { thuaTruong: 1 }, path: 'thuaTruong' };
  const key = keys[0]!;
  const field = schema.shape[key] as z.ZodType;
  const bad = [12345, 'không-phải-giá-trị-hợp-lệ', [], { x: 1 }, true].find((v) => !field.safeParse(v).success);
  return { raw: { [key]: bad }, path: key };
}

describe('IPC surface', () => {
  it('lists every channel (review any change here)', () => {
    expect([...CHANNELS].sort()).toMatchInlineSnapshot(`
      [
        "app:info",
        "app:notices",
        "backup:create",
        "backup:list",
        "backup:restore",
        "directory:list",
        "directory:remove",
        "directory:upsert",
        "export:docx",
        "export:pdf",
        "followup:list",
        "followup:remind",
        "followup:report",
        "followup:setTask",
        "import:accept",
        "import:open",
        "library:create",
        "library:createNext",
        "library:delete",
        "library:list",
        "library:restore",
        "library:trash",
        "meeting:get",
        "meeting:restoreSnapshot",
        "meeting:save",
        "meeting:snapshots",
        "print:current",
        "profiles:delete",
        "profiles:list",
        "profiles:save",
        "register:export",
        "register:issue",
        "register:list",
        "register:preview",
        "register:void",
        "settings:get",
        "settings:set",
      ]
    `);
  });

  it('the preload channel list (no zod) equals the contract keys', () => {
    expect([...CHANNEL_NAMES]).toEqual(CHANNELS);
  });
});

describe.each(CHANNELS)('channel %s', (channel) => {
  it('rejects a malformed input with invalid_input naming the field, in Vietnamese, without running the handler', async () => {
    const { dispatch, calls } = setup();
    const { raw, path } = malformedFor(channel);
    const r = await dispatch(channel, raw, TOP);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.message).toContain(MESSAGES.invalidInput);
    expect(r.error.message).toContain(path);
    expect(r.error.message).toMatch(VIETNAMESE);
    expect(calls).toEqual([]);
  });

  it('rejects a non-object input', async () => {
    const { dispatch, calls } = setup();
    for (const raw of ['chuỗi', 42, null, undefined, [1, 2]]) {
      const r = await dispatch(channel, raw, TOP);
      expect(r.ok ? 'ok' : r.error.code, JSON.stringify(raw)).toBe('invalid_input');
    }
    expect(calls).toEqual([]);
  });

  it('rejects foreign senders (other origin, subframe, other file) with forbidden_sender before parsing', async () => {
    const { dispatch, calls } = setup();
    const senders = [
      { url: 'https://evil.example/index.html', isMainFrame: true },
      { url: 'http://127.0.0.1:9999/index.html', isMainFrame: true },
      { url: `${ORIGIN}/index.html`, isMainFrame: false },
      { url: 'file:///tmp/evil.html', isMainFrame: true },
      { url: 'about:blank', isMainFrame: true },
    ];
    for (const sender of senders) {
      const r = await dispatch(channel, {}, sender);
      expect(r.ok ? 'ok' : r.error.code, sender.url).toBe('forbidden_sender');
      if (!r.ok) expect(r.error.message).toMatch(VIETNAMESE);
    }
    expect(calls).toEqual([]);
  });
});

describe('dispatch', () => {
  it('runs the handler with the parsed input and returns its validated output', async () => {
    const info = { version: '1.2.3', dataDir: '/d', platform: 'linux' };
    const { dispatch, calls } = setup({ 'app:info': () => info, 'profiles:delete': () => null });
    expect(await dispatch('app:info', {}, TOP)).toEqual({ ok: true, value: info });
    expect(await dispatch('profiles:delete', { id: 'nd30-2020' }, TOP)).toEqual({ ok: true, value: null });
    expect(calls).toEqual(['app:info', 'profiles:delete']);
  });

  it('trusts the built file: page by path, not every file: page', async () => {
    const page = 'file:///opt/bienban/resources/app.asar/out/renderer/index.html';
    const { dispatch } = setup({ 'profiles:delete': () => null }, [page]);
    expect((await dispatch('profiles:delete', { id: 'a' }, { url: `${page}#/print`, isMainFrame: true })).ok).toBe(
      true,
    );
    const other = await dispatch(
      'profiles:delete',
      { id: 'a' },
      { url: 'file:///home/u/Downloads/trap.html', isMainFrame: true },
    );
    expect(other.ok ? 'ok' : other.error.code).toBe('forbidden_sender');
  });

  it('rejects unknown channels, including prototype keys', async () => {
    const { dispatch } = setup();
    for (const c of ['fs:read', '__proto__', 'constructor', 'toString', '']) {
      const r = await dispatch(c, {}, TOP);
      expect(r.ok ? 'ok' : r.error.code, c).toBe('unknown_channel');
    }
  });

  it('maps a ServiceError to its code and Vietnamese message', async () => {
    const { dispatch } = setup({
      'meeting:get': () => {
        throw new ServiceError('not_found', 'Không tìm thấy buổi làm việc.');
      },
    });
    expect(await dispatch('meeting:get', { id: 'abc' }, TOP)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Không tìm thấy buổi làm việc.' },
    });
  });

  it('turns any other failure into a generic internal error, logging the detail but never leaking it', async () => {
    const { dispatch, logs } = setup({
      'meeting:get': async () => {
        throw new Error('ENOENT /home/secret/path at Object.<anonymous> (db.ts:12:3)');
      },
    });
    const r = await dispatch('meeting:get', { id: 'abc' }, TOP);
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: MESSAGES.internal } });
    expect(JSON.stringify(r)).not.toContain('secret');
    expect(JSON.stringify(r)).not.toContain('db.ts');
    expect(String((logs[0]?.[1] as Error).message)).toContain('ENOENT');
  });

  it('refuses an output outside the contract as internal', async () => {
    const { dispatch, logs } = setup({ 'app:info': () => ({ version: 1 }) });
    const r = await dispatch('app:info', {}, TOP);
    expect(r.ok ? 'ok' : r.error.code).toBe('internal');
    expect(logs.length).toBe(1);
  });

  it('never throws, whatever the sender looks like', async () => {
    const { dispatch } = setup();
    for (const sender of [
      undefined,
      null,
      {},
      { url: 42, isMainFrame: true },
      { url: `${ORIGIN}/`, isMainFrame: 'yes' },
    ]) {
      const r = await dispatch('app:info', {}, sender as never);
      expect(r.ok ? 'ok' : r.error.code).toBe('forbidden_sender');
    }
  });

  it('strict inputs: an extra key is named in the message', async () => {
    const { dispatch } = setup();
    const r = await dispatch('meeting:get', { id: 'abc', lenh: 'rm -rf' }, TOP);
    expect(r.ok ? '' : r.error.message).toContain('lenh');
  });
});
