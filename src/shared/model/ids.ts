/** Short random ids for list items and meetings (crypto-quality where available; pure otherwise). */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(9);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return prefix ? `${prefix}-${out}` : out;
}
