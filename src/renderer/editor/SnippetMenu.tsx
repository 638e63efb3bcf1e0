/** "Cụm từ mẫu": inserts a fixed phrase at the caret of the last focused textarea. */
import { useContext, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Snippet } from '../../shared/model/library';
import { SnippetTargetContext } from '../components/fields';
import { insertAt } from '../lib/text';

export function SnippetMenu({ snippets }: { snippets: readonly Snippet[] }) {
  const target = useContext(SnippetTargetContext);
  const [open, setOpen] = useState(false);
  const [hint, setHint] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the first phrase; the caret position in the textarea is remembered.
  useEffect(() => {
    if (open) ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);
  const onMenuKey = (e: KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? (at + 1) % items.length : (at - 1 + items.length) % items.length;
      items[next]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      toggleRef.current?.focus();
    }
  };
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const insert = (s: Snippet) => {
    const t = target?.current;
    setOpen(false);
    if (!t || !t.el.isConnected) {
      setHint('Hãy đặt con trỏ vào một ô nội dung trước khi chèn cụm từ.');
      return;
    }
    const { value, caret } = insertAt(t.el.value, t.el.selectionStart, t.el.selectionEnd, s.text);
    t.setValue(value);
    setHint('');
    // Put the caret after the phrase once React has rendered the new value.
    requestAnimationFrame(() => {
      t.el.focus();
      t.el.setSelectionRange(caret, caret);
    });
  };

  return (
    <div className="menu" ref={ref}>
      <button
        ref={toggleRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        // Keep the caret where it is in the textarea.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen((o) => !o)}
      >
        Cụm từ mẫu
      </button>
      {open && (
        <div role="menu" aria-label="Cụm từ mẫu" onKeyDown={onMenuKey}>
          {snippets.map((s) => (
            <button
              key={s.id}
              type="button"
              role="menuitem"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => insert(s)}
            >
              {s.label}
              <span className="meta">{s.text}</span>
            </button>
          ))}
        </div>
      )}
      {hint && (
        <span role="status" className="hint">
          {hint}
        </span>
      )}
    </div>
  );
}
