/**
 * A text field with directory suggestions below it. The list never changes what is typed unless a
 * suggestion is chosen: by click, or by Enter when the list is open, an item is highlighted with the
 * arrows and no IME composition is active.
 */
import { useId, useMemo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { DirectoryEntry } from '../../shared/model/library';
import { suggestEntries, type SuggestField } from '../lib/suggest';

export function SuggestInput(props: {
  label: string;
  /** A shorter visible label (the full one stays the accessible name). */
  shown?: string;
  value: string;
  field: SuggestField;
  directory: readonly DirectoryEntry[];
  onChange: (v: string) => void;
  onPick: (entry: DirectoryEntry, value: string) => void;
  className?: string;
  /** The meeting path it edits (`attendeeGroups.0.members.1.name`), for the checks to jump to. */
  dataField?: string;
  /** Sees a paste first (it may take a whole list instead: then it prevents the default). */
  onPaste?: (e: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  /** A one-line text area that grows with its text instead of cutting it off (Enter is left to the row). */
  grow?: boolean;
  placeholder?: string;
}) {
  const listId = useId();
  const inputId = useId();
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useMemo(
    () => (focused ? suggestEntries(props.directory, props.value, props.field) : []),
    [focused, props.directory, props.value, props.field],
  );
  const open = focused && !dismissed && suggestions.length > 0;

  const pick = (i: number) => {
    const s = suggestions[i];
    if (!s) return;
    props.onPick(s.entry, s.value);
    setDismissed(true);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    // Never act while an IME or Unikey composition is in progress.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    // One line, though it wraps on screen: Enter never adds a line break.
    if (props.grow && e.key === 'Enter' && !(open && active >= 0)) e.preventDefault();
    if (!open) {
      if (e.key === 'ArrowDown' && suggestions.length > 0 && dismissed) {
        setDismissed(false);
        e.preventDefault();
      }
      return;
    }
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (a + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a <= 0 ? suggestions.length - 1 : a - 1));
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setDismissed(true);
      setActive(-1);
    }
  };

  const control = {
    id: inputId,
    'aria-label': props.shown === undefined ? undefined : props.label,
    role: 'combobox',
    'aria-autocomplete': 'list' as const,
    'aria-expanded': open,
    'aria-controls': listId,
    'aria-activedescendant': open && active >= 0 ? `${listId}-${active}` : undefined,
    value: props.value,
    placeholder: props.placeholder,
    'data-field': props.dataField,
    spellCheck: false,
    autoComplete: 'off',
    onChange: (e: { target: { value: string } }) => {
      props.onChange(e.target.value);
      setDismissed(false);
      setActive(-1);
    },
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      setActive(-1);
      setDismissed(false);
    },
    onKeyDown,
    onPaste: props.onPaste,
  };

  return (
    <div className={`suggest field ${props.className ?? ''}`}>
      <label htmlFor={inputId}>{props.shown ?? props.label}</label>
      {props.grow ? <textarea rows={1} className="grow" {...control} /> : <input type="text" {...control} />}
      {open && (
        <ul role="listbox" id={listId} aria-label={`Gợi ý ${props.label.toLowerCase()}`}>
          {suggestions.map((s, i) => (
            <li
              key={`${s.entry.id}-${i}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // Keep focus in the field so typing continues; choose on mouse down.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
            >
              {s.value}
              {props.field === 'name' && (s.entry.position || s.entry.unit) && (
                <span className="meta"> · {[s.entry.position, s.entry.unit].filter(Boolean).join(', ')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
