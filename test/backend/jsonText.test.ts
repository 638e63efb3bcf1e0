/** The strict JSON decoder every file read goes through. */
import { decodeJson, invalidUtf8Offset, MAX_JSON_DEPTH } from '../../src/backend/storage/jsonText';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('invalidUtf8Offset', () => {
  it('points at the first byte of the broken character', () => {
    expect(invalidUtf8Offset(bytes('{"a":"Biên', [0xff], '"}'))).toBe('{"a":"Biên'.length + 1); // ê is 2 bytes
    expect(invalidUtf8Offset(bytes('ab', [0xc3], 'x'))).toBe(2); // a lead byte followed by ASCII
    expect(invalidUtf8Offset(bytes('ab', [0xe1, 0xba], 'x'))).toBe(2); // 3-byte character cut after 2
    expect(invalidUtf8Offset(bytes('abc', [0xe1, 0xba]))).toBe(3); // cut short at the end of the file
    expect(invalidUtf8Offset(bytes('a', [0xed, 0xa0, 0x80]))).toBe(1); // an encoded surrogate
    expect(invalidUtf8Offset(bytes('a', [0xc0, 0xaf]))).toBe(1); // an overlong "/"
  });
});

describe('decodeJson', () => {
  it('reads UTF-8 with or without a byte order mark, keeping the text as written', () => {
    const r = decodeJson(bytes([0xef, 0xbb, 0xbf], '{"chủ đề":"Kết luận"}'));
    expect(r).toEqual({ ok: true, value: { 'chủ đề': 'Kết luận' } });
  });

  it('accepts nesting up to the limit and refuses one level more', () => {
    const nested = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(decodeJson(nested(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(decodeJson(nested(MAX_JSON_DEPTH + 1))).toMatchObject({ ok: false, kind: 'depth' });
    expect(decodeJson(nested(1_000_000))).toMatchObject({ ok: false, kind: 'depth' });
  });

  it('drops __proto__, constructor and prototype keys at every level, escaped or not', () => {
    const r = decodeJson('{"a":{"\\u005f_proto__":{"x":1},"constructor":2,"b":[{"prototype":3,"c":4}]}}');
    expect(r.ok).toBe(true);
    const value = (r as { value: { a: Record<string, unknown> } }).value;
    expect(Object.getPrototypeOf(value.a)).toBe(Object.prototype);
    expect(Object.keys(value.a)).toEqual(['b']);
    expect(value.a.b).toEqual([{ c: 4 }]);
  });

  it('says what is wrong in Vietnamese', () => {
    expect(decodeJson('   ')).toMatchObject({ ok: false, reason: 'tệp rỗng' });
    expect(decodeJson('\0\0\0')).toMatchObject({ ok: false, kind: 'zeros' });
    expect(decodeJson('{"a":')).toMatchObject({ ok: false, kind: 'syntax', reason: expect.stringMatching(/JSON/) });
  });
});
