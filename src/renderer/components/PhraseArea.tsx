/**
 * A generated phrase, shown in place and editable: while the secretary has not typed over it, the
 * field shows the text the app generates from the facts and follows them (badge `Theo mẫu`); once
 * edited it keeps exactly what was typed (badge `Đã sửa`), and `Về câu theo mẫu` goes back. The
 * field is never rewritten while it has the focus: the generated text only changes when another
 * field changes a fact.
 */
import { TextArea } from './fields';

export function PhraseArea(props: {
  label: string;
  shown?: string;
  className?: string;
  rows?: number;
  typed: string | null;
  generated: () => string;
  onChange: (v: string | null) => void;
}) {
  const { typed, label } = props;
  const edited = typed !== null;
  const hint = !edited
    ? 'Câu theo mẫu, tự cập nhật theo thông tin buổi làm việc. Gõ vào để sửa.'
    : typed.trim() === ''
      ? 'Để trống: câu này không được in.'
      : 'Câu đã sửa, in đúng như gõ.';
  return (
    <TextArea
      className={`phrase${edited ? ' edited' : ''}${props.className ? ` ${props.className}` : ''}`}
      label={label}
      shown={props.shown}
      rows={props.rows}
      hint={hint}
      aside={
        <span className="phrase-state">
          <span
            className={`badge${edited ? ' edited' : ''}`}
            aria-label={`${label}: ${edited ? 'đã sửa' : 'theo mẫu'}`}
          >
            {edited ? 'Đã sửa' : 'Theo mẫu'}
          </span>
          {edited && (
            <button
              type="button"
              className="small"
              aria-label={`Về câu theo mẫu (${label.toLowerCase()})`}
              title="Bỏ phần đã sửa, dùng lại câu theo mẫu"
              onClick={() => props.onChange(null)}
            >
              Về câu theo mẫu
            </button>
          )}
        </span>
      }
      value={typed ?? props.generated()}
      onChange={(v) => props.onChange(v)}
    />
  );
}
