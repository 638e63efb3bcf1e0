/**
 * How Vietnamese actually reaches a field: an IME composition (CDP Input.imeSetComposition, then
 * Input.insertText to commit), or Unikey/EVKey in backspace mode, which fixes each syllable by
 * sending Backspaces and the replacement characters as ordinary key events.
 */
import type { Page } from 'playwright-core';

/** Compose `text` as an IME would: grow the composition step by step, then commit it. */
export async function typeWithIme(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const word of text.split(/(\s+)/)) {
      if (!word) continue;
      if (/^\s+$/.test(word)) {
        await cdp.send('Input.insertText', { text: word });
        continue;
      }
      // The preedit goes through the states a Telex IME shows (V, Vi, Vie, Viê, Viêt, Việt).
      for (const partial of unikeyStates(word)) {
        await cdp.send('Input.imeSetComposition', {
          text: partial,
          selectionStart: partial.length,
          selectionEnd: partial.length,
        });
      }
      await cdp.send('Input.insertText', { text: word });
    }
  } finally {
    await cdp.detach();
  }
}

/** Telex-like states a syllable goes through on screen: `Việt` = V, Vi, Vie, Viê, Viêt, Việt. */
export function unikeyStates(word: string): string[] {
  const states: string[] = [];
  const target = [...word];
  for (let i = 1; i <= target.length; i++) {
    const prefix = target.slice(0, i);
    const last = prefix[i - 1]!;
    const base = last
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace('đ', 'd')
      .replace('Đ', 'D');
    // First the bare letter appears, then Unikey rewrites it into the accented one.
    if (base !== last) states.push([...prefix.slice(0, -1), base].join(''));
    states.push(prefix.join(''));
  }
  // Tone marks land after the syllable is typed: Unikey moves them back, rewriting several letters.
  const toneless = word
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC');
  if (toneless !== word) {
    const out = unikeyStates(toneless).filter((s) => s !== toneless);
    return [...out, toneless, word];
  }
  return states;
}

/** Type words the way Unikey (backspace method) does: keys, Backspaces, replacement characters. */
export async function typeLikeUnikey(page: Page, text: string): Promise<void> {
  for (const word of text.split(/(\s+)/)) {
    if (!word) continue;
    if (/^\s+$/.test(word)) {
      await page.keyboard.type(word);
      continue;
    }
    let shown = '';
    for (const next of unikeyStates(word)) {
      const a = [...shown];
      const b = [...next];
      let common = 0;
      while (common < a.length && common < b.length && a[common] === b[common]) common++;
      for (let k = common; k < a.length; k++) await page.keyboard.press('Backspace');
      const rest = b.slice(common).join('');
      if (rest) await page.keyboard.type(rest);
      shown = next;
    }
  }
}
