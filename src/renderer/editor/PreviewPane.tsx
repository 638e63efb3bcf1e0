/**
 * Live preview beside the editor. The layout is computed from a debounced, deferred copy of the
 * meeting, so a keystroke never waits for layout or pagination.
 */
import { Component, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { layoutDocument } from '../../shared/layout/layoutDocument';
import type { OfficialLayout } from '../../shared/layout/types';
import type { DocumentKind, Meeting } from '../../shared/model/meeting';
import { resolveProfile } from '../../shared/profile/resolve';
import type { FormatProfile } from '../../shared/profile/schema';
import { DocumentPreview } from '../preview';
import { Labeled } from '../components/fields';

export const PREVIEW_DEBOUNCE_MS = 120;
export const ZOOM_OPTIONS = [0.5, 0.75, 0.9, 1, 1.25, 1.5] as const;

/** Layout of the meeting, or the Vietnamese reason it could not be laid out. */
export function safeLayout(
  m: Meeting,
  kind: DocumentKind,
  profile: FormatProfile,
): { layout: OfficialLayout } | { error: string } {
  try {
    return { layout: layoutDocument(m, kind, profile) };
  } catch {
    return { error: 'Không dựng được bản xem trước cho nội dung hiện tại.' };
  }
}

class PreviewBoundary extends Component<{ children: ReactNode; resetKey: unknown }, { failed: boolean; key: unknown }> {
  override state = { failed: false, key: undefined as unknown };
  static getDerivedStateFromProps(props: { resetKey: unknown }, state: { failed: boolean; key: unknown }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed)
      return <div className="preview-error">Bản xem trước gặp lỗi; nội dung đã nhập vẫn được giữ nguyên.</div>;
    return this.props.children;
  }
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export function PreviewPane(props: {
  meeting: Meeting;
  kind: DocumentKind;
  profiles: readonly FormatProfile[];
  zoom: number;
  onZoom: (z: number) => void;
  onHide: () => void;
}) {
  const debounced = useDebounced(props.meeting, PREVIEW_DEBOUNCE_MS);
  const meeting = useDeferredValue(debounced);
  const resolved = useMemo(() => resolveProfile(meeting.profile, props.profiles), [meeting.profile, props.profiles]);
  // A missing or too new profile is said, never replaced by another: the export would refuse it too.
  const result = useMemo(
    () => (resolved.ok ? safeLayout(meeting, props.kind, resolved.profile) : { error: resolved.message }),
    [meeting, props.kind, resolved],
  );
  return (
    <aside className="editor-preview" aria-label="Xem trước văn bản">
      <div className="preview-bar">
        <h2 className="visually-hidden">Xem trước</h2>
        <Labeled label="Thu phóng">
          {(id) => (
            <select id={id} value={String(props.zoom)} onChange={(e) => props.onZoom(Number(e.target.value))}>
              {ZOOM_OPTIONS.map((z) => (
                <option key={z} value={String(z)}>
                  {Math.round(z * 100)}%
                </option>
              ))}
            </select>
          )}
        </Labeled>
        <span className="hint spacer">
          {resolved.ok ? resolved.profile.name : `Không dùng được thể thức "${meeting.profile.id}"`}
        </span>
        <button type="button" className="small" onClick={props.onHide}>
          Ẩn xem trước
        </button>
      </div>
      <div className="preview-body">
        {resolved.ok && resolved.note && (
          <p className="preview-note" role="status">
            {resolved.note}
          </p>
        )}
        {'error' in result ? (
          <div className="preview-error" role="alert">
            {result.error}
          </div>
        ) : (
          <PreviewBoundary resetKey={result.layout}>
            <DocumentPreview layout={result.layout} zoom={props.zoom} />
          </PreviewBoundary>
        )}
      </div>
    </aside>
  );
}
