/** Signers and recipients use the editor's item controls, with keys that follow their items. */
import { renderToStaticMarkup } from 'react-dom/server';
import { RecipientsEditor } from '../../src/renderer/components/RecipientsEditor';
import { SignersEditor } from '../../src/renderer/components/SignersEditor';
import { ItemKeys } from '../../src/renderer/lib/itemKeys';
import { newRecipient, newSigner } from '../../src/renderer/lib/factories';

const buttons = (html: string) => [...html.matchAll(/<button[^>]*aria-label="([^"]+)"[^>]*>/g)].map((m) => m[0]);

it.each([
  [
    'signers',
    renderToStaticMarkup(
      <SignersEditor prefix="thông báo" signers={[newSigner(), newSigner()]} onChange={() => undefined} />,
    ),
    'người ký',
  ],
  [
    'recipients',
    renderToStaticMarkup(
      <RecipientsEditor prefix="thông báo" recipients={[newRecipient(), newRecipient()]} onChange={() => undefined} />,
    ),
    'nơi nhận',
  ],
])('%s can be moved up and down and removed, each button naming its list', (_name, html, noun) => {
  const all = buttons(html);
  const down = (n: number) => all.find((b) => b.includes(`Đưa ${noun} ${n} (thông báo) xuống`));
  expect(down(1)).toBeDefined();
  expect(down(1)).not.toContain('disabled');
  expect(down(2)).toContain('disabled');
  expect(all.find((b) => b.includes(`Đưa ${noun} 1 (thông báo) lên`))).toContain('disabled');
  expect(all.some((b) => b.includes(`Xóa ${noun} 2 (thông báo)`))).toBe(true);
});

describe('ItemKeys', () => {
  it('keeps each key with its item through moves and removals', () => {
    const k = new ItemKeys();
    const [a, b, c] = k.sync(3);
    k.move(0, 2);
    expect(k.sync(3)).toEqual([b, c, a]);
    k.remove(1);
    expect(k.sync(2)).toEqual([b, a]);
  });

  it('gives an added item a key never used before', () => {
    const k = new ItemKeys();
    const first = [...k.sync(2)];
    k.remove(0);
    const next = k.sync(2);
    expect(next[0]).toBe(first[1]);
    expect(first).not.toContain(next[1]);
  });
});
