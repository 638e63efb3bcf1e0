/**
 * Sổ đăng ký văn bản đi: the ten columns of Nghị định 30/2020, Phụ lục IV, filtered by year and
 * issuing body; the numbers skipped in each series; a reserved number voided with its reason; the
 * register exported as a landscape Word file or an Excel workbook.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { REGISTER_COLUMNS, registerRow } from '../../shared/register/entry';
import { ENTRY_STATUS_LABELS, type RegisterEntry } from '../../shared/register/schema';
import type { SeriesGap } from '../../shared/register/series';
import { call, errorMessage } from '../api';

export function RegisterScreen(props: { notify: (message: string, error?: boolean) => void }) {
  const { notify } = props;
  const [year, setYear] = useState<number | undefined>(new Date().getFullYear());
  const [body, setBody] = useState('');
  const [all, setAll] = useState<RegisterEntry[]>([]);
  const [shown, setShown] = useState<{ entries: RegisterEntry[]; gaps: SeriesGap[] } | null>(null);
  const [voiding, setVoiding] = useState<RegisterEntry | null>(null);

  const filter = useMemo(() => ({ ...(year ? { year } : {}), ...(body ? { body } : {}) }), [year, body]);
  const load = useCallback(() => {
    call('register:list', filter).then(setShown, (e) => notify(errorMessage(e), true));
    call('register:list', {}).then(
      (r) => setAll(r.entries),
      () => undefined,
    );
  }, [filter, notify]);
  useEffect(load, [load]);

  const years = useMemo(() => {
    const set = new Set(all.map((e) => Number(e.date.slice(0, 4))).filter((y) => y > 0));
    set.add(new Date().getFullYear());
    return [...set].sort((a, b) => b - a);
  }, [all]);
  const bodies = useMemo(() => [...new Set(all.map((e) => e.bodyCode).filter(Boolean))].sort(), [all]);

  const exportAs = async (format: 'docx' | 'xlsx') => {
    try {
      const r = await call('register:export', { format, ...filter });
      notify(r.canceled ? 'Đã hủy xuất sổ đăng ký.' : `Đã xuất sổ đăng ký: ${r.path}`);
    } catch (e) {
      notify(errorMessage(e), true);
    }
  };

  return (
    <div className="screen register-screen">
      <div className="register-head">
        <h1>Sổ đăng ký văn bản đi</h1>
        <label>
          Năm{' '}
          <select
            aria-label="Năm của sổ"
            value={year ?? ''}
            onChange={(e) => setYear(e.target.value ? Number(e.target.value) : undefined)}
          >
            <option value="">Tất cả các năm</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          Cơ quan ban hành{' '}
          <select aria-label="Cơ quan ban hành của sổ" value={body} onChange={(e) => setBody(e.target.value)}>
            <option value="">Tất cả cơ quan</option>
            {bodies.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </select>
        </label>
        <span className="spacer" />
        <button type="button" onClick={() => void exportAs('docx')}>
          Xuất sổ ra Word
        </button>
        <button type="button" onClick={() => void exportAs('xlsx')}>
          Xuất sổ ra Excel
        </button>
      </div>
      {shown && shown.gaps.length > 0 && (
        <div className="warning" role="note" aria-label="Số bị bỏ trống">
          {shown.gaps.map((g) => (
            <p key={g.series}>
              Số bị bỏ trống trong sổ {g.label}: {g.numbers.join(', ')}.
            </p>
          ))}
        </div>
      )}
      {shown && shown.entries.length === 0 ? (
        <p className="empty">
          Chưa có văn bản nào trong sổ{year ? ` năm ${year}` : ''}. Văn bản được vào sổ khi bấm “Phát hành” trong trang
          soạn thảo.
        </p>
      ) : (
        <div className="register-table-wrap">
          <table className="register-table" aria-label="Sổ đăng ký văn bản đi">
            <thead>
              <tr>
                {REGISTER_COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
                <th scope="col">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {shown?.entries.map((e) => (
                <tr key={e.id} className={`entry-${e.status}`}>
                  {registerRow(e).map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                  <td>
                    {ENTRY_STATUS_LABELS[e.status]}
                    {e.status === 'reserved' && (
                      <button
                        type="button"
                        className="small"
                        aria-label={`Hủy số ${e.symbol}`}
                        onClick={() => setVoiding(e)}
                      >
                        Hủy số
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {voiding && (
        <VoidDialog
          entry={voiding}
          onCancel={() => setVoiding(null)}
          onVoid={async (reason) => {
            try {
              const e = await call('register:void', { entryId: voiding.id, reason });
              notify(`Đã hủy số ${e.symbol}.`);
              setVoiding(null);
              load();
            } catch (err) {
              notify(errorMessage(err), true);
            }
          }}
        />
      )}
    </div>
  );
}

function VoidDialog(props: { entry: RegisterEntry; onCancel: () => void; onVoid: (reason: string) => void }) {
  const titleId = useId();
  const [reason, setReason] = useState('');
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>Hủy số {props.entry.symbol}</h2>
        <p>Số đã hủy vẫn được giữ trong sổ cùng lý do, và không được cấp lại.</p>
        <label className="field">
          <span>Lý do hủy số</span>
          <textarea aria-label="Lý do hủy số" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <div className="actions">
          <button type="button" className="primary" disabled={!reason.trim()} onClick={() => props.onVoid(reason)}>
            Hủy số
          </button>
          <button type="button" onClick={props.onCancel}>
            Đóng
          </button>
        </div>
      </div>
    </div>
  );
}
