/** A task's text on one line, for lists and letters: a heading line (`Bộ Xây dựng:`) with its bullets joined by `;`. */
export function taskOneLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim().replace(/^-\s*/, ''))
    .filter(Boolean);
  const [head = '', ...rest] = lines;
  const body = rest.map((l) => l.replace(/[;,.]$/, '')).join('; ');
  return (rest.length ? `${head.replace(/:$/, '')}: ${body}` : head).replace(/[:;,.]$/, '');
}
