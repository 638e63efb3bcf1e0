/**
 * How each issuing body numbers its documents (by its code): the day its current series began (a
 * Party committee's term start, or 01/7/2025 for a body created by the reform) and, for a state
 * body, one series per document type instead of one for all (Nghị định 30, Điều 15).
 */
import type { SeriesSetting } from '../../shared/register/schema';
import { Card, Checkbox, DateField, TextField } from '../components/fields';

export function RegisterSeriesEditor(props: {
  series: readonly SeriesSetting[];
  onChange: (next: SeriesSetting[]) => void;
}) {
  const set = (i: number, patch: Partial<SeriesSetting>) =>
    props.onChange(props.series.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  return (
    <Card
      title="Sổ đăng ký văn bản đi"
      actions={
        <button
          type="button"
          onClick={() => props.onChange([...props.series, { code: '', start: '', perType: false }])}
        >
          Thêm cơ quan đánh số
        </button>
      }
    >
      <p className="hint">
        Cơ quan nhà nước đánh số từ 01 vào ngày 01/01 hằng năm; cơ quan Đảng đánh số từ 01 theo từng loại văn bản trong
        nhiệm kỳ. Ghi ngày bắt đầu nhiệm kỳ (hoặc ngày thành lập, như 01/7/2025 với xã, phường, đặc khu mới) để sổ bắt
        đầu lại từ 01.
      </p>
      {props.series.length === 0 && <p className="hint">Chưa có cơ quan nào; sổ dùng cách đánh số mặc định.</p>}
      {props.series.map((s, i) => (
        <div key={i} className="item">
          <div className="grid">
            <TextField
              label={`Ký hiệu cơ quan ${i + 1}`}
              placeholder="VD: ĐU, UBND"
              value={s.code}
              onChange={(v) => set(i, { code: v })}
            />
            <DateField
              label={`Ngày bắt đầu nhiệm kỳ / đánh số lại ${i + 1}`}
              value={s.start}
              onChange={(v) => set(i, { start: v })}
            />
            <Checkbox
              label={`Mỗi loại văn bản một dãy số (cơ quan ${i + 1})`}
              shown="Mỗi loại văn bản một dãy số (cơ quan nhà nước)"
              checked={s.perType}
              onChange={(v) => set(i, { perType: v })}
            />
            <button
              type="button"
              className="small danger"
              onClick={() => props.onChange(props.series.filter((_, k) => k !== i))}
            >
              Xóa cơ quan đánh số {i + 1}
            </button>
          </div>
        </div>
      ))}
    </Card>
  );
}
