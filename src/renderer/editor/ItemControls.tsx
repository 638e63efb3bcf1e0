/** Up/down/remove buttons for one list item, plus HTML5 drag-and-drop wiring. */
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { ItemKeys } from '../lib/itemKeys';

export function ItemControls(props: {
  index: number;
  count: number;
  noun: string;
  /** Which list, when a screen shows several of the same noun (`thông báo`, `mặc định, biên bản`). */
  where?: string;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
  /** Show a drag handle (the item must spread useDragReorder's props). */
  draggable?: boolean;
  /** Arrows and a cross instead of words, for a row of a table (the names say the same). */
  compact?: boolean;
}) {
  const { index, count, noun } = props;
  const n = `${index + 1}${props.where ? ` (${props.where})` : ''}`;
  return (
    <span className="actions">
      {props.draggable && (
        <span className="drag-handle" draggable title="Kéo để sắp xếp" aria-hidden="true">
          ⠿
        </span>
      )}
      <button
        type="button"
        className="small"
        aria-label={`Đưa ${noun} ${n} lên (Alt+↑)`}
        aria-keyshortcuts="Alt+ArrowUp"
        disabled={index === 0}
        onClick={() => props.onMove(index, index - 1)}
      >
        {props.compact ? '↑' : 'Lên'}
      </button>
      <button
        type="button"
        className="small"
        aria-label={`Đưa ${noun} ${n} xuống (Alt+↓)`}
        aria-keyshortcuts="Alt+ArrowDown"
        disabled={index === count - 1}
        onClick={() => props.onMove(index, index + 1)}
      >
        {props.compact ? '↓' : 'Xuống'}
      </button>
      <button
        type="button"
        className="small danger"
        aria-label={`Xóa ${noun} ${n}`}
        title={props.compact ? 'Xóa' : undefined}
        onClick={props.onRemove}
      >
        {props.compact ? '✕' : 'Xóa'}
      </button>
    </span>
  );
}

/** Drag handlers for one item; stable across renders so memoised items do not re-render. */
export type DragBind = (index: number) => {
  onDragStart: (e: DragEvent<HTMLElement>) => void;
  onDragOver: (e: DragEvent<HTMLElement>) => void;
  onDrop: (e: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
};

/** Drag state for one reorderable list (HTML5 drag and drop, started from the item's handle). */
export function useDragReorder(onMove: (from: number, to: number) => void) {
  // Refs: dragover/drop may fire before React re-renders after dragstart.
  const source = useRef<number | null>(null);
  const moveRef = useRef(onMove);
  useEffect(() => {
    moveRef.current = onMove;
  });
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const bind: DragBind = useCallback(
    (index: number) => ({
      onDragStart: (e: DragEvent<HTMLElement>) => {
        // Only the handle is draggable, so selecting text inside a field never starts a drag.
        if (!(e.target as HTMLElement).classList?.contains('drag-handle')) return;
        e.stopPropagation();
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setDragImage(e.currentTarget, 16, 16);
        e.dataTransfer.setData('text/plain', String(index));
        source.current = index;
        setDragging(index);
      },
      onDragOver: (e: DragEvent<HTMLElement>) => {
        if (source.current === null) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(index);
      },
      onDrop: (e: DragEvent<HTMLElement>) => {
        const from = source.current;
        if (from === null) return;
        e.preventDefault();
        source.current = null;
        if (from !== index) moveRef.current(from, index);
        setDragging(null);
        setOver(null);
      },
      onDragEnd: () => {
        source.current = null;
        setDragging(null);
        setOver(null);
      },
    }),
    [],
  );
  const classOf = (index: number) =>
    `item${dragging === index ? ' dragging' : ''}${over === index && dragging !== index ? ' drop-target' : ''}`;
  return { bind, classOf };
}

/** Alt+↑ / Alt+↓ anywhere inside an item moves it (keyboard reordering). */
export function altArrowMove(e: React.KeyboardEvent, index: number, onMove: (from: number, to: number) => void) {
  if (!e.altKey || e.nativeEvent.isComposing || e.keyCode === 229) return;
  if (e.key === 'ArrowUp') {
    e.preventDefault();
    onMove(index, index - 1);
  } else if (e.key === 'ArrowDown') {
    e.preventDefault();
    onMove(index, index + 1);
  }
}

/** Stable React keys for a list without ids: see ItemKeys. */
export function useItemKeys(count: number) {
  const [keys] = useState(() => new ItemKeys());
  return {
    keys: keys.sync(count),
    move: (from: number, to: number) => keys.move(from, to),
    remove: (i: number) => keys.remove(i),
  };
}
