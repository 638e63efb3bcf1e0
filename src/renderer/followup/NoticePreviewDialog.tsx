/**
 * The notice that assigned a task, as it prints (the same A4 layout as the editor's preview),
 * opened from Theo dõi over the list: the task's paragraph is brought into view and marked. Esc or
 * Đóng returns to the list.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FollowupRow } from '../../shared/followup';
import type { Meeting } from '../../shared/model/meeting';
import { resolveProfile } from '../../shared/profile/resolve';
import type { FormatProfile } from '../../shared/profile/schema';
import { formatShortDate } from '../../shared/text/vietnamese';
import { call, errorMessage } from '../api';
import { ModalDialog } from '../components/ModalDialog';
import { findParagraph, needleOf } from '../editor/previewFollow';
import { safeLayout } from '../editor/PreviewPane';
import { DocumentPreview } from '../preview';

export function NoticePreviewDialog(props: { row: FollowupRow; onClose: () => void }) {
  const titleId = useId();
  const { row } = props;
  const [loaded, setLoaded] = useState<{ meeting: Meeting; profiles: FormatProfile[] } | { error: string } | null>(
    null,
  );
  const body = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    Promise.all([call('meeting:get', { id: row.sourceMeetingId }), call('profiles:list', {})])
      .then(([meeting, profiles]) => live && setLoaded({ meeting, profiles }))
      .catch((e: unknown) => live && setLoaded({ error: errorMessage(e) }));
    close.current?.focus();
    return () => {
      live = false;
    };
  }, [row.sourceMeetingId]);

  const result = useMemo(() => {
    if (!loaded || 'error' in loaded) return loaded;
    const resolved = resolveProfile(loaded.meeting.profile, loaded.profiles);
    return resolved.ok ? safeLayout(loaded.meeting, 'notice', resolved.profile) : { error: resolved.message };
  }, [loaded]);

  /** After each pagination: the paragraph holding the task's first line, marked and in view. */
  const mark = () => {
    const root = body.current;
    if (!root) return;
    const paragraphs = [...root.querySelectorAll<HTMLElement>('section[data-page] .pv-p')];
    const target =
      paragraphs[
        findParagraph(
          paragraphs.map((p) => p.textContent ?? ''),
          needleOf(row.text, 0),
        )
      ];
    for (const el of root.querySelectorAll('[data-editing]')) el.removeAttribute('data-editing');
    if (!target) return;
    target.setAttribute('data-editing', '');
    target.scrollIntoView({ block: 'center' });
  };

  return (
    <ModalDialog labelledBy={titleId} className="notice-preview" onClose={props.onClose}>
      <div className="row">
        <h2 id={titleId} className="spacer">
          Thông báo {row.source.number ? `số ${row.source.number}` : '(chưa có số)'}
          {row.source.date ? ` ngày ${formatShortDate(row.source.date)}` : ''}
        </h2>
        <button ref={close} type="button" onClick={props.onClose}>
          Đóng (Esc)
        </button>
      </div>
      <div className="notice-preview-body" ref={body}>
        {result === null ? (
          <p className="hint">Đang tải…</p>
        ) : 'error' in result ? (
          <p className="preview-error" role="alert">
            {result.error}
          </p>
        ) : (
          <DocumentPreview layout={result.layout} zoom={0.9} onPaginate={() => requestAnimationFrame(mark)} />
        )}
      </div>
    </ModalDialog>
  );
}
