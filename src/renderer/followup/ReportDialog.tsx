/**
 * Theo dõi > Lập báo cáo: the report of how the conclusions were carried out over a period (the
 * whole library, one unit or one presiding official) as Word or Excel, or the reminder letter to
 * one unit about its overdue and due-soon tasks. Saved where the secretary picks.
 */
import { useId, useState } from 'react';
import { call, errorMessage } from '../api';
import { ModalDialog } from '../components/ModalDialog';
import { DateField, Labeled } from '../components/fields';

export type ReportKind = 'report' | 'remind';

export function ReportDialog(props: {
  /** Today (the list's day): the period ends here and starts on 1 January of its year. */
  today: string;
  /** The list's unit and presiding filters, offered as they are. */
  unit: string;
  presiding: string;
  notify: (message: string, error?: boolean) => void;
  onClose: () => void;
}) {
  const titleId = useId();
  const [kind, setKind] = useState<ReportKind>('report');
  const [from, setFrom] = useState(`${props.today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(props.today);
  const [unit, setUnit] = useState(props.unit);
  const [presiding, setPresiding] = useState(props.presiding);
  const [busy, setBusy] = useState(false);

  const save = async (format: 'docx' | 'xlsx') => {
    setBusy(true);
    try {
      const r =
        kind === 'report'
          ? await call('followup:report', { from, to, unit, presiding, format })
          : await call('followup:remind', { unit });
      if (r.canceled) return;
      props.notify(
        `Đã lưu ${kind === 'report' ? 'báo cáo' : 'công văn đôn đốc'}${r.note ? ` (${r.note})` : ''}: ${r.path}`,
      );
      props.onClose();
    } catch (e) {
      props.notify(errorMessage(e), true);
    } finally {
      setBusy(false);
    }
  };

  const missing =
    kind === 'report' ? (!from || !to ? 'Cần có cả từ ngày và đến ngày.' : '') : !unit.trim() ? 'Cần ghi đơn vị.' : '';
  return (
    <ModalDialog labelledBy={titleId} onClose={props.onClose}>
      <h2 id={titleId}>Lập văn bản theo dõi</h2>
      <Labeled label="Văn bản">
        {(id) => (
          <select id={id} value={kind} onChange={(e) => setKind(e.target.value as ReportKind)} autoFocus>
            <option value="report">Báo cáo tình hình thực hiện các kết luận</option>
            <option value="remind">Công văn đôn đốc một đơn vị</option>
          </select>
        )}
      </Labeled>
      {kind === 'report' && (
        <div className="row">
          <DateField label="Giao từ ngày" value={from} onChange={setFrom} />
          <DateField label="Đến ngày" value={to} onChange={setTo} />
        </div>
      )}
      <Labeled label={kind === 'report' ? 'Đơn vị (để trống: mọi đơn vị)' : 'Đơn vị được đôn đốc'}>
        {(id) => <input id={id} value={unit} spellCheck={false} onChange={(e) => setUnit(e.target.value)} />}
      </Labeled>
      {kind === 'report' && (
        <Labeled label="Người chủ trì (để trống: mọi người)">
          {(id) => (
            <input id={id} value={presiding} spellCheck={false} onChange={(e) => setPresiding(e.target.value)} />
          )}
        </Labeled>
      )}
      <p className="hint">
        {kind === 'report'
          ? 'Các nhiệm vụ do thông báo ban hành trong khoảng thời gian này giao; bảng theo mẫu khổ ngang, dòng tiêu đề lặp lại mỗi trang.'
          : 'Các nhiệm vụ quá hạn hoặc sắp đến hạn của đơn vị (chủ trì hoặc phối hợp), tính đến hôm nay.'}
      </p>
      {missing && <p role="alert">{missing}</p>}
      <div className="row">
        <button type="button" className="primary" disabled={busy || !!missing} onClick={() => void save('docx')}>
          Xuất Word
        </button>
        {kind === 'report' && (
          <button type="button" disabled={busy || !!missing} onClick={() => void save('xlsx')}>
            Xuất Excel
          </button>
        )}
        <button type="button" onClick={props.onClose}>
          Hủy
        </button>
      </div>
    </ModalDialog>
  );
}
