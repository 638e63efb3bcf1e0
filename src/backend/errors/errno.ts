/** The errno code of a Node file-system error ('' when there is none), read without trusting its shape. */
export function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

export const isMissing = (e: unknown) => errorCode(e) === 'ENOENT';
