/** Saved versions of the meeting (meeting:snapshots) with restore. */
import { useEffect, useState } from 'react';
import type { SnapshotInfo } from '../../shared/model/library';
import type { Meeting } from '../../shared/model/meeting';
import { call, errorMessage } from '../api';

const REASONS: Record<SnapshotInfo['reason'], string> = {
  save: 'Lưu',
  export: 'Xuất văn bản',
  restore: 'Trước khi khôi phục',
  import: 'Nhập',
  upgrade: 'Bản gốc trước khi nâng cấp',
};

export function SnapshotsDialog(props: { meetingId: string; onRestored: (m: Meeting) => void; onClose: () => void }) {
  const [items, setItems] = useState<SnapshotInfo[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    call('meeting:snapshots', { id: props.meetingId }).then(
      (s) => setItems([...s].sort((a, b) => b.createdAt.localeCompare(a.createdAt))),
      (e) => setError(errorMessage(e)),
    );
  }, [props.meetingId]);
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && props.onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="snap-title">
        <h2 id="snap-title">Các phiên bản đã lưu</h2>
        {error && <p role="alert">{error}</p>}
        {items === null && !error && <p>Đang tải…</p>}
        {items?.length === 0 && <p className="hint">Chưa có phiên bản nào. Nhấn Ctrl+S để lưu một phiên bản.</p>}
        <ul>
          {items?.map((s) => (
            <li key={s.id}>
              <span>
                {new Date(s.createdAt).toLocaleString('vi-VN')} · {REASONS[s.reason]}
                {s.label ? ` · ${s.label}` : ''}
              </span>
              <button
                type="button"
                aria-label={`Khôi phục phiên bản ${new Date(s.createdAt).toLocaleString('vi-VN')}`}
                onClick={() =>
                  call('meeting:restoreSnapshot', { id: props.meetingId, snapshotId: s.id }).then(
                    props.onRestored,
                    (e) => setError(errorMessage(e)),
                  )
                }
              >
                Khôi phục
              </button>
            </li>
          ))}
        </ul>
        <div className="actions">
          <button type="button" autoFocus onClick={props.onClose}>
            Đóng
          </button>
        </div>
      </div>
    </div>
  );
}
