/** Library side panels: the trash (restore) and backups (create, restore, automatic ones). */
import { useEffect, useState } from 'react';
import type { BackupInfo, TrashItem } from '../../shared/model/library';
import { call, errorMessage } from '../api';
import { formatShortDate } from '../../shared/text/vietnamese';

type Notify = (message: string, error?: boolean) => void;

export function TrashPanel(props: { notify: Notify; onRestored: () => void; onClose: () => void }) {
  const [items, setItems] = useState<TrashItem[] | null>(null);
  const [tick, setTick] = useState(0);
  const { notify } = props;
  useEffect(() => {
    call('library:trash', {}).then(
      (t) => setItems([...t].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))),
      (e) => notify(errorMessage(e), true),
    );
  }, [tick, notify]);
  return (
    <aside className="side-panel" aria-labelledby="trash-title">
      <div className="row">
        <h2 id="trash-title">Thùng rác</h2>
        <button type="button" className="small" onClick={props.onClose}>
          Đóng thùng rác
        </button>
      </div>
      {items === null && <p>Đang tải…</p>}
      {items?.length === 0 && <p className="hint">Thùng rác trống.</p>}
      <ul aria-label="Buổi làm việc đã xóa">
        {items?.map((t) => (
          <li key={t.id}>
            <span>
              {t.subject || 'Chưa đặt tên'}
              <br />
              <span className="meta">
                {formatShortDate(t.date) || '—'} · xóa lúc {new Date(t.deletedAt).toLocaleString('vi-VN')}
              </span>
            </span>
            <button
              type="button"
              aria-label={`Khôi phục ${t.subject || 'buổi làm việc chưa đặt tên'}`}
              onClick={() =>
                call('library:restore', { id: t.id }).then(
                  () => {
                    notify('Đã khôi phục buổi làm việc từ thùng rác.');
                    setTick((x) => x + 1);
                    props.onRestored();
                  },
                  (e) => notify(errorMessage(e), true),
                )
              }
            >
              Khôi phục
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}

export function BackupPanel(props: { notify: Notify; onRestored: () => void; onClose: () => void }) {
  const [items, setItems] = useState<BackupInfo[] | null>(null);
  const [tick, setTick] = useState(0);
  const [busy, setBusy] = useState(false);
  const { notify } = props;
  useEffect(() => {
    call('backup:list', {}).then(
      (b) => setItems([...b].sort((a, c) => c.createdAt.localeCompare(a.createdAt))),
      (e) => notify(errorMessage(e), true),
    );
  }, [tick, notify]);
  const run = async (what: 'create' | 'restore') => {
    setBusy(true);
    try {
      if (what === 'create') {
        const r = await call('backup:create', {});
        notify(r.canceled ? 'Đã hủy sao lưu.' : `Đã sao lưu vào: ${r.path}`);
      } else {
        const r = await call('backup:restore', {});
        if (r.canceled) notify('Đã hủy khôi phục.');
        else {
          notify(`Đã khôi phục ${r.meetings} buổi làm việc từ bản sao lưu.`);
          props.onRestored();
        }
      }
      setTick((x) => x + 1);
    } catch (e) {
      notify(errorMessage(e), true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <aside className="side-panel" aria-labelledby="backup-title">
      <div className="row">
        <h2 id="backup-title">Sao lưu</h2>
        <button type="button" className="small" onClick={props.onClose}>
          Đóng sao lưu
        </button>
      </div>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void run('create')}>
          Tạo bản sao lưu
        </button>
        <button type="button" disabled={busy} onClick={() => void run('restore')}>
          Khôi phục từ bản sao lưu
        </button>
      </div>
      <h3>Bản sao lưu tự động</h3>
      {items === null && <p>Đang tải…</p>}
      {items?.length === 0 && <p className="hint">Chưa có bản sao lưu tự động nào.</p>}
      <ul aria-label="Bản sao lưu tự động">
        {items?.map((b) => (
          <li key={b.file}>
            <span>
              {new Date(b.createdAt).toLocaleString('vi-VN')}
              <br />
              <span className="meta">
                {b.meetings} buổi · {(b.sizeBytes / 1024).toFixed(0)} KB
              </span>
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
