/**
 * A keyboard-navigable listbox that renders only the visible rows (fixed row height), so a library
 * of 10,000 meetings stays fast. Focus stays on the list; the active row is aria-activedescendant.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { scrollToRow, visibleRange } from '../lib/virtual';

export function VirtualList<T>(props: {
  items: readonly T[];
  rowHeight: number;
  label: string;
  /** A stable id of the item (its position is given too, for rows not loaded yet). */
  idOf: (item: T, index: number) => string;
  selectedIndex: number;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  onDelete?: (index: number) => void;
  renderRow: (item: T, index: number) => ReactNode;
  empty: ReactNode;
  /** A new search or filter: back to the top, where its best rows are (the selection may pull it back). */
  resetKey?: string;
  /** The rows in view changed (start inclusive, end exclusive): a list loaded in windows fetches them. */
  onRange?: (start: number, end: number) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const { items, rowHeight, selectedIndex } = props;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setHeight(el.clientHeight);
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.scrollTop !== 0) el.scrollTop = 0;
  }, [props.resetKey]);

  // Keep the active row in view when it moves by keyboard.
  useEffect(() => {
    const el = ref.current;
    if (!el || selectedIndex < 0) return;
    const next = scrollToRow(selectedIndex, el.scrollTop, el.clientHeight, rowHeight);
    if (next !== el.scrollTop) el.scrollTop = next;
  }, [selectedIndex, rowHeight]);

  const range = visibleRange(scrollTop, height, rowHeight, items.length);
  const page = Math.max(1, Math.floor(height / rowHeight) - 1);
  const { onRange } = props;
  useEffect(() => onRange?.(range.start, range.end), [onRange, range.start, range.end]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.nativeEvent.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
    const last = items.length - 1;
    if (last < 0) return;
    const cur = selectedIndex;
    const go = (i: number) => {
      e.preventDefault();
      props.onSelect(Math.max(0, Math.min(last, i)));
    };
    if (e.key === 'ArrowDown') go(cur + 1);
    else if (e.key === 'ArrowUp') go(cur <= 0 ? 0 : cur - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(last);
    else if (e.key === 'PageDown') go(cur + page);
    else if (e.key === 'PageUp') go(cur - page);
    else if (e.key === 'Enter' && cur >= 0) {
      e.preventDefault();
      props.onOpen(cur);
    } else if (e.key === 'Delete' && cur >= 0 && props.onDelete) {
      e.preventDefault();
      props.onDelete(cur);
    }
  };

  const active = items[selectedIndex];
  return (
    <div
      ref={ref}
      className="vlist"
      role="listbox"
      aria-label={props.label}
      tabIndex={0}
      aria-activedescendant={
        selectedIndex >= 0 && selectedIndex < items.length ? `row-${props.idOf(active as T, selectedIndex)}` : undefined
      }
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (selectedIndex < 0 && items.length > 0) props.onSelect(0);
      }}
    >
      {items.length === 0 ? (
        props.empty
      ) : (
        <div className="vlist-inner" style={{ height: range.totalHeight }}>
          <div className="vlist-window" style={{ transform: `translateY(${range.offsetTop}px)` }}>
            {items.slice(range.start, range.end).map((item, k) => {
              const i = range.start + k;
              return (
                <div
                  key={props.idOf(item, i)}
                  id={`row-${props.idOf(item, i)}`}
                  role="option"
                  aria-selected={i === selectedIndex}
                  aria-posinset={i + 1}
                  aria-setsize={items.length}
                  className="meeting-row"
                  onClick={() => props.onSelect(i)}
                  onDoubleClick={() => props.onOpen(i)}
                >
                  {props.renderRow(item, i)}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
